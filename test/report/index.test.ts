import { describe, expect, it } from "vitest";
import { FORMATS, REPORTERS, isFormatName } from "../../src/report/index.js";
import { sampleReport } from "./sample-report.js";

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe("reporter registry", () => {
  it("names every format the CLI offers", () => {
    expect(FORMATS).toEqual(["table", "json", "ndjson", "csv", "md", "html"]);
    expect(isFormatName("md")).toBe(true);
    expect(isFormatName("toString")).toBe(false);
  });

  it.each(FORMATS)("%s is pure: leaves the report untouched and repeats itself exactly", (format) => {
    const report = deepFreeze(structuredClone(sampleReport));
    const options = { color: false, explain: true, width: 90 };
    const first = REPORTERS[format](report, options);
    expect(REPORTERS[format](report, options)).toBe(first);
    expect(report).toEqual(sampleReport);
    expect(first.length).toBeGreaterThan(100);
  });
});
