import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeAudit } from "../../src/audit/compute.js";
import { parseGroupsCsv } from "../../src/audit/groups.js";
import { AUDIT_FORMATS, renderAudit, type AuditFormat } from "../../src/audit/render.js";
import { displayWidth } from "../../src/report/text-width.js";
import { buildReport, cohort, csv } from "./helpers.js";
import { SAMPLE_GROUPS, SAMPLE_REPORT } from "./sample.js";

const GOLDEN_DIR = join(import.meta.dirname, "golden");
const GOLDEN_FILES: Record<AuditFormat, string> = { table: "sample.txt", md: "sample.md", json: "sample.json", csv: "sample.csv" };

const sample = computeAudit(SAMPLE_REPORT, parseGroupsCsv(SAMPLE_GROUPS), {});

describe("golden outputs (UPDATE_GOLDEN=1 rewrites them)", () => {
  it.each(AUDIT_FORMATS)("%s", (format) => {
    const path = join(GOLDEN_DIR, GOLDEN_FILES[format]);
    const output = renderAudit(sample, format);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, output);
    expect(output).toBe(readFileSync(path, "utf8"));
  });
});

describe("every format", () => {
  it.each(AUDIT_FORMATS)("%s says how to read the numbers, and never says rejected", (format) => {
    const output = renderAudit(sample, format);
    expect(output).toMatch(/first sign to\s+investigate, not a finding/);
    expect(output).toMatch(/Small groups make p-values\s+unreliable/);
    expect(output).toMatch(/shortlist does not infer\s+demographics/);
    expect(output.toLowerCase()).not.toContain("reject");
  });

  it("JSON holds the documented shape", () => {
    const parsed = JSON.parse(renderAudit(sample, "json")) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["report", "selection", "summary", "rows", "intersections", "checks", "unknown", "notes"]);
    const rows = parsed.rows as Record<string, unknown>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "attribute", "group", "count", "selected", "selectionRate", "aboveMedianRate", "impactRatio", "fourFifths", "pValue", "excludable",
    ]);
  });
});

describe("the terminal table", () => {
  // Long intersection names, many groups, a small group and a tiny p-value: the widest case.
  const specs = [...cohort("m", 120, 100), ...cohort("w", 120, 20), ...cohort("x", 2, 2)];
  const label = (file: string) => (file[0] === "m" ? "Native Hawaiian or Other Pacific Islander" : file[0] === "w" ? "American Indian or Alaska Native" : "Two or More Races");
  const wide = computeAudit(
    buildReport(specs),
    parseGroupsCsv(csv(["file", "sex", "race_ethnicity"], specs.map((s) => [s.file, s.file[0] === "w" ? "Female" : "Male", label(s.file)]))),
    {},
  );
  const table = renderAudit(wide, "table");

  it("fits 80 columns", () => {
    for (const line of [...table.split("\n"), ...renderAudit(sample, "table").split("\n")]) {
      expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    }
  });

  it("wraps long group names instead of cutting them", () => {
    expect(table).toContain("Native Hawaiian or");
    expect(table).toContain("Islander");
    expect(table).not.toContain("…");
  });

  it("shows a tiny p-value as <0.0001 and marks flags", () => {
    expect(table).toMatch(/Female\s+120\s+20\s+0\.1667\s+0\.1993\s+\S+\s+<0\.0001\s+<0\.8/);
    expect(table).toMatch(/Two or More Races\s+2\s+2\s+1\.0000\s+1\.0000\s+\S+\s+\S+\s+<2%/);
  });
});

describe("text from the groups file stays text", () => {
  const specs = cohort("a", 2, 1);
  const hostile = computeAudit(
    buildReport(specs),
    parseGroupsCsv(csv(["file", "team"], [["a-1.pdf", '"=HYPERLINK(""http://x"")"'], ["a-2.pdf", '"a | b \u001b[31mred"']])),
    {},
  );

  it("in Markdown", () => {
    const md = renderAudit(hostile, "md");
    expect(md).toContain("| a \\| b red |");
    expect(md).not.toContain("\u001b");
    expect(md).toContain("http\\://x");
  });

  it("in CSV", () => {
    const csvText = renderAudit(hostile, "csv");
    expect(csvText).toContain(`attribute,,team,"'=HYPERLINK(""http://x"")"`);
    expect(csvText.startsWith("\uFEFFkind,")).toBe(true);
    expect(csvText.split("\r\n").at(-1)).toBe("");
  });

  it("in the table", () => {
    expect(renderAudit(hostile, "table")).not.toContain("\u001b");
  });
});
