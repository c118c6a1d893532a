import { describe, expect, it } from "vitest";
import { parseAsOf } from "../../src/commands/environment.js";

describe("parseAsOf", () => {
  it.each([
    ["2026-11-29", "2026-11-29"],
    ["2024-02-29", "2024-02-29"],
    ["2023-02-29", undefined],
    ["2026-13-01", undefined],
    ["29/11/2026", undefined],
    ["2026-1-5", undefined],
  ])("%s → %s", (given, expected) => {
    expect(parseAsOf(given)).toBe(expected);
  });

  it("defaults to a well-formed date", () => {
    expect(parseAsOf(undefined)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
