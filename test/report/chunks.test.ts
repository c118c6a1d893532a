import { describe, expect, it } from "vitest";
import type { ScreenReport } from "../../src/model.js";
import { REPORTERS, type FormatName } from "../../src/report/index.js";
import { loadChunks } from "../../src/report/load.js";
import { renderJsonChunks } from "../../src/report/json.js";
import { blindSampleReport, sampleReport } from "./sample-report.js";

const OPTIONS = { color: false, explain: false };
const shard: ScreenReport = { ...sampleReport, shard: "2/3" };
const empty: ScreenReport = { ...sampleReport, candidates: [], summary: { files: 0, scored: 0, errors: 0, meetsRequired: 0 } };

describe("reports written in pieces", () => {
  it.each([
    ["a report", sampleReport],
    ["a blind report (keys after the candidates)", blindSampleReport],
    ["a shard", shard],
    ["a report with no candidates", empty],
  ])("json pieces of %s join to exactly JSON.stringify(report, null, 2)", (_, report) => {
    expect([...renderJsonChunks(report)].join("")).toBe(JSON.stringify(report, null, 2) + "\n");
  });

  it("json comes in pieces of a few dozen candidates, never as the whole report at once", () => {
    const many: ScreenReport = { ...sampleReport, candidates: Array.from({ length: 50 }, () => sampleReport.candidates).flat() };
    const pieces = [...renderJsonChunks(many)];
    expect(pieces.join("")).toBe(JSON.stringify(many, null, 2) + "\n");
    expect(pieces.length).toBeGreaterThan(4 + 1);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(JSON.stringify(many, null, 2).length / 2);
  });

  it.each(Object.keys(REPORTERS) as FormatName[])("%s: the pieces, loaded alone, join to the reporter's text", async (format) => {
    for (const report of [sampleReport, blindSampleReport, shard, empty]) {
      expect([...(await loadChunks(format, report, OPTIONS))].join("")).toBe(REPORTERS[format](report, OPTIONS));
    }
  });
});
