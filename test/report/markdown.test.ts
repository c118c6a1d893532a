import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../src/report/markdown-escape.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { blindSampleReport, sampleReport } from "./sample-report.js";

describe("escapeMarkdown", () => {
  it.each([
    ["emphasis", "*cut* and _x_", "\\*cut\\* and \\_x\\_"],
    ["a table pipe", "a | b", "a \\| b"],
    ["raw HTML", "<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"],
    ["a link", "[my portfolio](http://evil.example/p)", "\\[my portfolio\\](http\\://evil.example/p)"],
    ["an image", "![x](https://evil.example/t.png)", "\\!\\[x\\](https\\://evil.example/t.png)"],
    ["a bare URL and www", "see https://x.example or www.x.example", "see https\\://x.example or www\\.x.example"],
    ["a javascript: URL", "javascript:alert(1)", "javascript\\:alert(1)"],
    ["code, strike, math, entity", "`rm` ~~x~~ $x$ &amp;", "\\`rm\\` \\~\\~x\\~\\~ \\$x\\$ \\&amp;"],
    ["mentions, issues, e-mail", "@everyone #1 a@b.example", "\\@everyone \\#1 a\\@b.example"],
    ["a backslash", "C:\\path", "C:\\\\path"],
    ["plain text", "M.S. Computer Science (2016)", "M.S. Computer Science (2016)"],
  ])("%s", (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

/** Cells of a Markdown table row, split on pipes that are not escaped. */
const cells = (row: string): string[] => row.split(/(?<!\\)\|/).slice(1, -1);

describe("markdown report", () => {
  const text = renderMarkdown(sampleReport, { color: false, explain: false });

  it("escapes the hostile résumé everywhere", () => {
    expect(text).not.toMatch(/(?<!\\)<script/);
    expect(text).not.toMatch(/(?<!\\)\]\(/);
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toContain("\u001b");
    expect(text).toContain("=HYPERLINK(\"http\\://x\")");
  });

  it("keeps every table row to its column count", () => {
    const tables = text.trimEnd().split("\n\n").filter((block) => block.startsWith("| "));
    expect(tables.length).toBeGreaterThan(3);
    for (const table of tables) {
      const [header, ...rows] = table.split("\n");
      for (const row of rows) expect(cells(row)).toHaveLength(cells(header ?? "").length);
    }
  });

  it("ranks, details each candidate with quoted evidence, and lists the unreadable file", () => {
    expect(text).toContain("| 1 | 94.1 | ✓ met | Ana Lúcia Ferreira | resumes/ana-ferreira.pdf |");
    expect(text).toContain("### 3. Marcus Oyelaran-Whitfield: 72.5");
    expect(text).toContain("  - p1:l14 “M.S. Computer Science, Universidade do Porto, 2016”");
    expect(text).toContain("| resumes/scanned-offer.pdf | ENCRYPTED | The PDF is password-protected; it cannot be read without the password. |");
    expect(text).toContain("✗ does not meet required checks");
  });

  it("in blind mode shows ids and no contact details", () => {
    const blind = renderMarkdown(blindSampleReport, { color: false, explain: false });
    expect(blind).toContain("### 1. C-001: 94.1");
    expect(blind).not.toContain("Ana Lúcia");
    expect(blind).not.toContain("Contact:");
  });
});
