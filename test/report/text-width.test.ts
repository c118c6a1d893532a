import { describe, expect, it } from "vitest";
import { displayWidth, padEnd, truncateEnd, truncateStart, wrap } from "../../src/report/text-width.js";

describe("displayWidth", () => {
  it.each([
    ["plain ASCII", "Ana", 3],
    ["a precomposed accent", "Zoë", 3],
    ["a combining accent", "Zoe\u0308", 3],
    ["CJK ideographs, two columns each", "陈静怡", 6],
    ["an emoji", "🙂", 2],
    ["the marks the table prints", "✓✗…", 3],
  ])("%s", (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe("truncation", () => {
  it.each([
    ["short text stays", "Ana", 5, "Ana"],
    ["cut with an ellipsis", "Machine Learning", 8, "Machine…"],
    ["no half of a wide character", "陈静怡 Chen", 4, "陈…"],
    ["nothing fits", "abc", 0, ""],
  ])("truncateEnd: %s", (_name, text, width, expected) => {
    expect(truncateEnd(text, width)).toBe(expected);
    expect(displayWidth(truncateEnd(text, width))).toBeLessThanOrEqual(width);
  });

  it("truncateStart keeps the file name", () => {
    expect(truncateStart("resumes/2026/referrals/marcus.pdf", 12)).toBe("…/marcus.pdf");
  });

  it("padEnd counts columns, not code units", () => {
    expect(padEnd("陈静怡", 8)).toBe("陈静怡  ");
  });
});

describe("wrap", () => {
  it.each([
    ["words to lines", "one two three four", 9, ["one two", "three", "four"]],
    ["a word longer than the line is cut", "abcdefghij xy", 4, ["abcd", "efgh", "ij", "xy"]],
    ["empty text is one empty line", "", 10, [""]],
  ])("%s", (_name, text, width, expected) => {
    expect(wrap(text, width)).toEqual(expected);
  });
});
