import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { escapeHtml, jsonForScriptElement } from "../../src/report/escape-html.js";
import { scoreBins } from "../../src/report/html-charts.js";
import { renderHtml } from "../../src/report/html.js";
import type { ScoredCandidate } from "../../src/model.js";
import { blindSampleReport, sampleReport } from "./sample-report.js";

const html = renderHtml(sampleReport, { color: false, explain: false });

function inlineBlocks(tag: "script" | "style"): { attributes: string; body: string }[] {
  return [...html.matchAll(new RegExp(`<${tag}([^>]*)>([\\s\\S]*?)</${tag}>`, "g"))].map((match) => ({
    attributes: match[1] ?? "",
    body: match[2] ?? "",
  }));
}

describe("html escaping helpers", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    [`"quoted" & 'single'`, "&quot;quoted&quot; &amp; &#39;single&#39;"],
    ["plain", "plain"],
  ])("escapeHtml(%j)", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it("embeds JSON that cannot close its element and parses back the same", () => {
    const value = { text: "</script><script>alert(1)</script><!-- \u2028" };
    const embedded = jsonForScriptElement(value);
    expect(embedded).not.toMatch(/<\/|<!--|\u2028/);
    expect(JSON.parse(embedded)).toEqual(value);
  });
});

describe("html report", () => {
  it("is one document that requests nothing outside itself", () => {
    expect(html.startsWith("<!doctype html>\n")).toBe(true);
    expect(html).not.toMatch(/\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:[a-z]+:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(|<link\b|<iframe\b|<img\b|<object\b|<embed\b|\bfetch\(|XMLHttpRequest/i);
    expect(html.match(/\bhref="([^"]*)"/g)).toEqual(['href="#results-heading"']);
  });

  it("allows only its own inline style and script, by hash", () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? "";
    expect(policy).toContain("default-src 'none'");
    const hash = (text: string): string => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    const [style] = inlineBlocks("style");
    const code = inlineBlocks("script").filter((block) => block.attributes === "");
    expect(code).toHaveLength(1);
    expect(policy).toContain(`style-src ${hash(style?.body ?? "")}`);
    expect(policy).toContain(`script-src ${hash(code[0]?.body ?? "")}`);
  });

  it("embeds the same report as JSON", () => {
    const data = inlineBlocks("script").find((block) => block.attributes.includes('id="report-data"'));
    expect(data?.attributes).toContain('type="application/json"');
    expect(JSON.parse(data?.body ?? "")).toEqual(sampleReport);
  });

  it("escapes every hostile string from the résumé", () => {
    const outsideScripts = html.replace(/<script[\s\S]*?<\/script>/g, "");
    expect(outsideScripts).not.toContain("<script");
    expect(outsideScripts).toContain("Built &lt;script&gt;alert(1)&lt;/script&gt; dashboards | red in Python");
    expect(outsideScripts).toContain("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(outsideScripts).toContain("=HYPERLINK(&quot;http://x&quot;)");
    expect(html).not.toContain("\u001b");
    expect(html).not.toContain('href="javascript');
  });

  it("has the structure that makes it readable and navigable", () => {
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<h1>Shortlist: Machine Learning Engineer<\/h1>/);
    expect(html).toContain('<label for="filter">Filter candidates</label>');
    expect(html).toContain('<th scope="col" class="num" data-sort="number" data-first="ascending" aria-sort="ascending">Rank</th>');
    expect(html.match(/<th scope="row" class="name">/g)).toHaveLength(4);
    expect(html.match(/<tr class="details" id="details-\d+">/g)).toHaveLength(4);
    expect(html).toContain("@media print");
    expect(html).toContain('<span class="badge not-met">✗ not met</span>');
    expect(html.toLowerCase()).not.toContain("reject");
  });

  it("lists warnings and unreadable files in sections of their own", () => {
    const warnings = html.slice(html.indexOf('<section id="warnings"'), html.indexOf("</section>", html.indexOf('<section id="warnings"')));
    expect(warnings).toContain("DATE_AMBIGUOUS");
    expect(warnings).toContain("HIDDEN_TEXT");
    const errors = html.slice(html.indexOf('<section id="errors"'));
    expect(errors).toContain("<h2 id=\"errors-heading\">Files that could not be read (1)</h2>");
    expect(errors).toContain("resumes/scanned-offer.pdf");
  });

  it("draws the score histogram and pass rates from the report", () => {
    expect(html).toContain("<desc id=\"score-histogram-desc\">0–9.9: 0; 10–19.9: 0; 20–29.9: 0; 30–39.9: 1; 40–49.9: 0; 50–59.9: 0; 60–69.9: 0; 70–79.9: 1; 80–89.9: 1; 90–100: 1</desc>");
    expect(html).toContain("degree: 2 of 4 passed; ml-years: 2 of 4 passed; frameworks: 3 of 4 passed; deep-learning: 2 of 4 passed; python: 4 of 4 passed; cloud: 1 of 4 passed");
  });

  it.each([
    [[0, 9.9, 10, 99.9, 100], [2, 1, 0, 0, 0, 0, 0, 0, 0, 2]],
    [[], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ])("bins scores %j into tens, 100 in the last", (scores, bins) => {
    expect(scoreBins(scores.map((score) => ({ score }) as ScoredCandidate))).toEqual(bins);
  });

  it("in blind mode shows ids and no names or contact details", () => {
    const blind = renderHtml(blindSampleReport, { color: false, explain: false });
    const visible = blind.replace(/<script type="application\/json"[\s\S]*?<\/script>/, "");
    expect(visible).toContain('<th scope="row" class="name">C-001</th>');
    for (const identity of ["Ana Lúcia", "Jingyi", "ana.ferreira@example.org", "+351"]) expect(visible).not.toContain(identity);
  });
});
