import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { parseReportJson } from "../../src/audit/load-report.js";
import { auditCommand } from "../../src/commands/audit.js";
import { buildReport, cohort, csv } from "./helpers.js";
import { SAMPLE_GROUPS, SAMPLE_REPORT } from "./sample.js";

const dir = mkdtempSync(join(tmpdir(), "shortlist-audit-"));
const path = (name: string) => join(dir, name);
const write = (name: string, text: string) => {
  writeFileSync(path(name), text);
  return path(name);
};

const reportFile = write("report.json", JSON.stringify(SAMPLE_REPORT, null, 2));
const groupsFile = write("groups.csv", SAMPLE_GROUPS);

let stderr: MockInstance;
const errors = () => stderr.mock.calls.map((call) => String(call[0])).join("");

beforeEach(() => {
  stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
});
afterEach(() => stderr.mockRestore());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("auditCommand", () => {
  it("writes the chosen format to --out and warns about people missing from the groups file", async () => {
    const out = path("audit.json");
    expect(await auditCommand(reportFile, { groups: groupsFile, format: "json", out })).toBe(0);
    const result = JSON.parse(readFileSync(out, "utf8")) as { rows: { group: string; selected: number }[]; selection: string };
    expect(result.selection).toBe("meetsRequired");
    expect(result.rows.map((row) => [row.group, row.selected]).slice(0, 2)).toEqual([["Female", 2], ["Male", 4]]);
    expect(errors()).toContain("warning: 1 scored candidate is not in");
  });

  it("selects by score with --cutoff", async () => {
    const out = path("cutoff.csv");
    expect(await auditCommand(reportFile, { groups: groupsFile, format: "csv", cutoff: "70", out })).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("selected: score ≥ 70.");
    expect(text).toContain("attribute,,sex,Female,5,3,0.6,");
  });

  it("warns about rows of the groups file that match no candidate", async () => {
    const groups = write("extra.csv", SAMPLE_GROUPS + "resumes/nobody.pdf,Female,Asian\n");
    expect(await auditCommand(reportFile, { groups, format: "json", out: path("extra.json") })).toBe(0);
    expect(errors()).toContain(`warning: ${groups}: "resumes/nobody.pdf" is not in the report`);
  });

  it.each([
    ["a report that is not JSON", () => write("r.ndjson", '{"rank":1}\n{"rank":2}\n'), () => groupsFile, {}, "not a JSON report"],
    ["a report without candidates", () => write("r2.json", '{"schemaVersion":1}'), () => groupsFile, {}, "it needs schemaVersion and candidates"],
    ["a missing report", () => path("absent.json"), () => groupsFile, {}, "cannot read"],
    ["a broken groups file", () => reportFile, () => write("bad.csv", "name,sex\nx,F\n"), {}, 'the first column must be "file"'],
    ["a cutoff out of range", () => reportFile, () => groupsFile, { cutoff: "120" }, "--cutoff must be a score from 0 to 100"],
    ["an empty cutoff", () => reportFile, () => groupsFile, { cutoff: " " }, "--cutoff must be a score from 0 to 100"],
    ["an unknown format", () => reportFile, () => groupsFile, { format: "html" }, "--format must be one of table, md, json, csv"],
    ["ids for a report that has none", () => reportFile, () => write("ids.csv", "candidateId,sex\nC-0001,F\n"), {}, "has no candidate ids"],
  ])("exits 2 on %s", async (_name, report, groups, extra, message) => {
    expect(await auditCommand(report(), { groups: groups(), ...extra })).toBe(2);
    expect(errors()).toContain(message);
  });
});

describe("parseReportJson", () => {
  it("accepts a report and fills what an older one lacks", () => {
    const specs = cohort("a", 2, 1);
    const { checks: _checks, summary: _summary, ...trimmed } = buildReport(specs);
    const loaded = parseReportJson(JSON.stringify(trimmed));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.report.checks).toEqual([]);
    expect(loaded.report.summary.files).toBe(2);
  });

  it.each([
    ["[]", "not a shortlist report"],
    ['{"schemaVersion":2,"candidates":[]}', "written by a newer shortlist (schema 2)"],
    ['{"schemaVersion":1,"candidates":[{"status":"scored"}]}', "candidates[0]: a candidate needs a file"],
    ['{"schemaVersion":1,"candidates":[{"file":"a.pdf","status":"done"}]}', 'candidates[0]: status must be "scored" or "error", not "done"'],
    ['{"schemaVersion":1,"candidates":[{"file":"a.pdf","status":"scored","score":1,"checks":[]}]}', "candidates[0]: a scored candidate needs meetsRequired"],
  ])("refuses %s", (text, message) => {
    const loaded = parseReportJson(text);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.message).toContain(message);
  });
});
