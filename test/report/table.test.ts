import { describe, expect, it } from "vitest";
import { renderTable } from "../../src/report/table.js";
import { displayWidth } from "../../src/report/text-width.js";
import { blindSampleReport, sampleReport } from "./sample-report.js";
import type { ScreenReport } from "../../src/model.js";

const ANSI = /\u001b\[/;
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe("table", () => {
  it.each([40, 60, 80, 100, 132])("fits %i columns, with and without --explain", (width) => {
    for (const explain of [false, true]) {
      const lines = renderTable(sampleReport, { color: false, explain, width }).split("\n");
      const tooWide = lines.filter((line) => displayWidth(line) > width);
      expect(tooWide).toEqual([]);
    }
  });

  it("without colour has no escape or control character, even from a hostile résumé", () => {
    const text = renderTable(sampleReport, { color: false, explain: true });
    expect(text).not.toMatch(ANSI);
    expect(text.replace(/\n/g, "")).not.toMatch(CONTROL);
    expect(text).toContain("Built <script>alert(1)</script> dashboards | red in Python");
  });

  it("with colour adds escapes, around the same text", () => {
    const plain = renderTable(sampleReport, { color: true, explain: false });
    expect(plain).toMatch(ANSI);
    expect(plain.replace(/\u001b\[[0-9;]*m/g, "")).toBe(renderTable(sampleReport, { color: false, explain: false }));
  });

  it("shows the strongest evidence under each candidate, and all of it with --explain", () => {
    const compact = renderTable(sampleReport, { color: false, explain: false, width: 100 });
    const explained = renderTable(sampleReport, { color: false, explain: true, width: 100 });
    expect(compact).toMatch(/✓ degree\*\s+1\.00 {2}M\.S\. Computer Science, Universidade do Porto, 2016 \(p1:l14\)/);
    expect(compact).not.toContain("Tessera Retail");
    expect(explained).toContain("p1:l9 “Data Scientist, Tessera Retail — Sep 2016 – Feb 2021”");
    expect(explained).toContain("✗ degree · score 0.00 · weight 20 · required");
  });

  it("lists files that failed after the ranking, and ends with the summary", () => {
    const text = renderTable(sampleReport, { color: false, explain: false });
    expect(text.indexOf("Files that could not be read (1)")).toBeGreaterThan(text.indexOf("=HYPERLINK"));
    expect(text).toContain("ENCRYPTED: The PDF is password-protected");
    expect(text).toMatch(/5 files · 4 scored · 1 error · 2 meet required checks · as of 2026-11-29/);
  });

  it("separates candidates that do not meet required checks, and never calls them rejected", () => {
    const text = renderTable(sampleReport, { color: false, explain: true });
    const rule = text.indexOf("── does not meet required checks");
    expect(rule).toBeGreaterThan(text.indexOf("陈静怡"));
    expect(rule).toBeLessThan(text.indexOf("Marcus"));
    expect(text.toLowerCase()).not.toContain("reject");
  });

  it("in blind mode shows ids instead of names", () => {
    const text = renderTable(blindSampleReport, { color: false, explain: true });
    expect(text).toContain("C-001");
    for (const name of ["Ana Lúcia Ferreira", "Jingyi Chen", "Marcus", "HYPERLINK", "example.org"]) {
      expect(text).not.toContain(name);
    }
  });

  it("with top shows the first n and says how many were left out", () => {
    const text = renderTable(sampleReport, { color: false, explain: false, top: 1 });
    expect(text).toContain("Ana Lúcia Ferreira");
    expect(text).not.toContain("Jingyi");
    expect(text).toContain("3 more not shown (--top)");
    expect(text).toContain("resumes/scanned-offer.pdf");
  });

  it("says so when nothing was scored", () => {
    const empty: ScreenReport = {
      ...sampleReport,
      summary: { files: 1, scored: 0, errors: 1, meetsRequired: 0 },
      candidates: sampleReport.candidates.filter((c) => c.status === "error"),
    };
    const text = renderTable(empty, { color: false, explain: false });
    expect(text).toContain("No candidates were scored.");
    expect(text).toContain("1 file · 0 scored · 1 error · 0 meet required checks");
  });
});
