// One self-contained HTML page: the ranking (sortable, filterable, each candidate expandable to its evidence),
// two charts, warnings and unreadable files apart, and the JSON report embedded for tools. Inline CSS and JS
// only, and a Content-Security-Policy that lets the page load nothing at all, so opening it makes no request
// even if a résumé's text tried to. Every résumé string is cleaned and escaped before it is written.
import { createHash } from "node:crypto";
import { passRateChart, scoreHistogram } from "./html-charts.js";
import { rankingTable } from "./html-candidates.js";
import { PAGE_SCRIPT } from "./html-script.js";
import { failedSection, section, statsList, warningsSection } from "./html-sections.js";
import { PAGE_STYLE } from "./html-style.js";
import { escapeHtml, jsonForScriptElement } from "./escape-html.js";
import type { Reporter } from "./options.js";
import { sanitizeText } from "./sanitize.js";
import { isScored, plural, shortHash, viewCandidates } from "./view.js";
import type { ScreenReport } from "../model.js";

const h = (value: string): string => escapeHtml(sanitizeText(value));

const sha256Source = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

// Only the page's own <style> and <script> may run; no fetch, image, font, frame or form can go anywhere.
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sha256Source(PAGE_STYLE)}`,
  `script-src ${sha256Source(PAGE_SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export const renderHtml: Reporter = (report, options) => {
  const view = viewCandidates(report, options.top);
  const scored = report.candidates.filter(isScored);
  const title = `Shortlist: ${h(report.rubric.name)}`;
  return [
    "<!doctype html>",
    `<html lang="en">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>${title}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    "</head>",
    "<body>",
    `<a class="skip-link" href="#results-heading">Skip to the ranking</a>`,
    `<header class="page">`,
    `<h1>${title}</h1>`,
    `<p class="meta">${metaLine(report)}</p>`,
    statsList(report),
    `</header>`,
    "<main>",
    section("overview", "Overview", [
      `<div class="charts">`,
      `<figure>${scoreHistogram(scored)}<figcaption>Scores of the ${plural(scored.length, "scored candidate")}</figcaption></figure>`,
      `<figure>${passRateChart(report, scored)}<figcaption>Share of scored candidates passing each check</figcaption></figure>`,
      `</div>`,
    ]),
    section("results", "Ranking", [
      controls(),
      ...(view.omitted > 0 ? [`<p class="note">${plural(view.omitted, "more candidate")} not shown (--top).</p>`] : []),
      view.shown.length > 0
        ? `<div class="table-wrap">${rankingTable(report, view.shown)}</div>`
        : view.omitted > 0 ? "" : `<p>No candidates were scored.</p>`,
    ]),
    warningsSection(report, view.shown),
    failedSection(view.failed),
    "</main>",
    `<footer class="page"><p>Each score cites the résumé lines (page:line) that earned it. ✓ meets every required check; ✗ does not meet required checks, and is ranked after those that do. * marks a required check, + a bonus check. The full report is embedded in this file as JSON (script#report-data).</p></footer>`,
    `<script type="application/json" id="report-data">${jsonForScriptElement(report)}</script>`,
    `<script>${PAGE_SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].filter((line) => line !== "").join("\n") + "\n";
};

function metaLine(report: ScreenReport): string {
  return [
    `as of ${h(report.asOf)}`,
    `rubric ${h(report.rubric.id)} (sha256 ${h(shortHash(report.rubric.sha256))})`,
    ...(report.shard === undefined ? [] : [`shard ${h(report.shard)}`]),
    ...(report.blind === true ? ["blind: candidates are labelled by id"] : []),
    `shortlist ${h(report.tool.version)}`,
  ].join(" · ");
}

function controls(): string {
  return [
    `<div class="controls" id="controls" hidden>`,
    `<label for="filter">Filter candidates</label>`,
    `<input id="filter" type="search" placeholder="Name, file or résumé text" autocomplete="off" aria-describedby="filter-status">`,
    `<button type="button" id="expand-all" aria-pressed="false">Expand all</button>`,
    `<span id="filter-status" role="status" aria-live="polite"></span>`,
    `</div>`,
  ].join("\n");
}
