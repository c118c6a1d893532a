import { describe, expect, it } from "vitest";
import { csvField, csvText, renderCsv } from "../../src/report/csv.js";
import type { ReportOptions } from "../../src/report/options.js";
import { blindSampleReport, sampleReport } from "./sample-report.js";

const OPTIONS: ReportOptions = { color: false, explain: false };

/** A strict RFC 4180 reader: the test's own, so the writer is checked against the standard, not itself. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') (field += '"'), index++;
      else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ",") row.push(field), (field = "");
    else if (character === "\r" && text[index + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), index++;
    else field += character;
  }
  if (field !== "" || row.length > 0) throw new Error("the last record does not end with CRLF");
  return rows;
}

function table(report = sampleReport, options = OPTIONS): Record<string, string>[] {
  const text = renderCsv(report, options);
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  return rows.map((cells) => {
    expect(cells).toHaveLength(header?.length ?? 0);
    return Object.fromEntries((header ?? []).map((name, index) => [name, cells[index] ?? ""]));
  });
}

describe("csv", () => {
  it("starts with a BOM and ends every record with CRLF, with no bare LF", () => {
    const text = renderCsv(sampleReport, OPTIONS);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("has the stable columns, one pair per rubric check in order", () => {
    const header = parseCsv(renderCsv(sampleReport, OPTIONS).slice(1))[0];
    expect(header).toEqual([
      "rank", "file", "status", "score", "meets_required", "name", "email", "phone", "highest_degree", "total_years", "professional_years",
      "degree_score", "degree_passed", "ml-years_score", "ml-years_passed", "frameworks_score", "frameworks_passed",
      "deep-learning_score", "deep-learning_passed", "python_score", "python_passed", "cloud_score", "cloud_passed",
      "warnings", "error_code", "error_message",
    ]);
  });

  it("writes one row per candidate with the report's values", () => {
    const rows = table();
    expect(rows.map((row) => row.file)).toEqual(sampleReport.candidates.map((c) => c.file));
    expect(rows[1]).toMatchObject({
      rank: "2", status: "scored", score: "85.7", meets_required: "true", name: "陈静怡 (Jingyi Chen)",
      highest_degree: "phd", total_years: "4.3", "ml-years_score": "0.86", "ml-years_passed": "false",
      warnings: "DATE_AMBIGUOUS", error_code: "",
    });
    expect(rows[4]).toMatchObject({ rank: "", status: "error", score: "", error_code: "ENCRYPTED", degree_score: "" });
  });

  it("neutralises formulas in résumé text (OWASP CSV injection)", () => {
    const hostile = table()[3];
    expect(hostile).toMatchObject({ name: `'=HYPERLINK("http://x")`, email: "'+cmd@example.com", phone: "'-1 555 0100" });
    for (const row of table()) {
      for (const value of Object.values(row)) expect(value).not.toMatch(/^\s*[=+\-@\t\r]/);
    }
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+49 30 1234", "'+49 30 1234"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=cmd", "' =cmd"],
    ["  =cmd", "'  =cmd"],
    ["＝1+1", "'＝1+1"],
    ["\u001b[31m=cmd", "'=cmd"],
    ["Ana Ferreira", "Ana Ferreira"],
    ["a-b=c", "a-b=c"],
  ])("csvText(%j) is %j", (input, expected) => {
    expect(csvText(input)).toBe(expected);
  });

  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\r\nlines", '"two\r\nlines"'],
  ])("csvField(%j) is %j", (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it("in blind mode shows the candidate id and no contact details", () => {
    const rows = table(blindSampleReport);
    expect(rows.map((row) => row.name)).toEqual(["C-001", "C-002", "C-003", "C-004", "C-005"]);
    expect(rows.every((row) => row.email === "" && row.phone === "")).toBe(true);
  });

  it("with top keeps the first ranked rows and every failed file", () => {
    expect(table(sampleReport, { ...OPTIONS, top: 1 }).map((row) => row.status)).toEqual(["scored", "error"]);
  });
});
