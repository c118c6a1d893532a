// Every format rendered from the sample report, compared byte for byte with test/report/golden/.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run test/report/golden.test.ts, then review the diff.
import { describe, expect, it } from "vitest";
import { REPORTERS } from "../../src/report/index.js";
import type { FormatName, ReportOptions } from "../../src/report/index.js";
import { readOrUpdateGolden } from "./golden-file.js";
import { blindSampleReport, sampleReport } from "./sample-report.js";

const UPDATE = process.env.UPDATE_GOLDEN === "1";

const CASES: { file: string; format: FormatName; options: ReportOptions; blind?: boolean }[] = [
  { file: "table.txt", format: "table", options: { color: false, explain: false } },
  { file: "table-80.txt", format: "table", options: { color: false, explain: false, width: 80 } },
  { file: "table-explain-80.txt", format: "table", options: { color: false, explain: true, width: 80 } },
  { file: "table-blind-top2.txt", format: "table", options: { color: false, explain: false, top: 2 }, blind: true },
  { file: "report.json", format: "json", options: { color: false, explain: false } },
  { file: "report.ndjson", format: "ndjson", options: { color: false, explain: false } },
  { file: "report.csv", format: "csv", options: { color: false, explain: false } },
  { file: "report.md", format: "md", options: { color: false, explain: false } },
  { file: "report.html", format: "html", options: { color: false, explain: false } },
];

describe("golden output", () => {
  it.each(CASES)("$file", ({ file, format, options, blind }) => {
    const actual = REPORTERS[format](blind === true ? blindSampleReport : sampleReport, options);
    const golden = readOrUpdateGolden(file, actual, UPDATE);
    if (golden.status === "missing") throw new Error(`no golden file ${file}: run with UPDATE_GOLDEN=1 to create it`);
    if (golden.status === "compared") expect(actual).toBe(golden.expected);
  });
});
