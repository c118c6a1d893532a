import { describe, expect, it } from "vitest";
import { renderJson } from "../../src/report/json.js";
import { renderNdjson } from "../../src/report/ndjson.js";
import { sampleReport } from "./sample-report.js";

const OPTIONS = { color: false, explain: false };

describe("json", () => {
  it("is the report, whole, in the model's key order", () => {
    const text = renderJson(sampleReport, { ...OPTIONS, top: 1 });
    expect(JSON.parse(text)).toEqual(sampleReport);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(Object.keys(sampleReport));
    expect(text.endsWith("}\n")).toBe(true);
  });
});

describe("ndjson", () => {
  const lines = renderNdjson(sampleReport, OPTIONS).split("\n");

  it("has one line per candidate and nothing else", () => {
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(sampleReport.candidates.length);
  });

  it("each line is the candidate, then the context a merge needs", () => {
    lines.forEach((line, index) => {
      const { schemaVersion, asOf, rubric, ...candidate } = JSON.parse(line) as Record<string, unknown>;
      expect(candidate).toEqual(sampleReport.candidates[index]);
      expect({ schemaVersion, asOf, rubric }).toEqual({
        schemaVersion: 1, asOf: "2026-11-29", rubric: { id: "ml-engineer", sha256: sampleReport.rubric.sha256 },
      });
      expect(Object.keys(JSON.parse(line) as object).slice(0, 3)).toEqual(["rank", "file", "sha256"]);
    });
  });

  it("names the shard when there is one", () => {
    const shard = JSON.parse(renderNdjson({ ...sampleReport, shard: "2/4" }, OPTIONS).split("\n")[0] ?? "") as { shard: string };
    expect(shard.shard).toBe("2/4");
  });
});
