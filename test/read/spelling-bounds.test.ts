import { describe, expect, it } from "vitest";
import { buildCharTable } from "../../src/read/char-table.js";
import { boundedEnd, codePointAt, codePointBefore } from "../../src/read/spelling-bounds.js";

// [text with "|" where a spelling ends, caseless, the text the match takes up to that point, or null: no match]
const CASES: [string, boolean, string | null][] = [
  ["Python| and", true, "Python"],
  ["Python|3 and", true, "Python3"],
  ["Python|3.11, SQL", true, "Python3.11"],
  ["Python|3.11.2.", true, "Python3.11.2"],
  ["Python|3.11x", true, "Python3"], // "3.11" leaves a letter next; "3" leaves a full stop
  ["Python|3x", true, null],
  ["Python|x", true, null],
  ["Python|_", true, null],
  ["Go|3", true, null], // a short name takes no version, and a digit is no boundary
  ["GPT-4|o", true, null],
  ["Spark|2.4", false, "Spark2.4"],
  ["c|++", true, null],
  ["c++|", true, "c++"],
  ["c|#", true, null],
  ["node|.js", true, "node"],
  ["R|&D", false, "R"], // a boundary here; telling "R&D" from R is left to the reader of matches
  ["Rust|😀", false, "Rust"],
  ["Rust|𝐀", false, null],
  ["Pyth\u0345|3", true, "Pyth\u03453"], // U+0345 is a letter to a caseless expression
  ["Pyth\u0345|3", false, null], // and not to an exact-case one, so no version, and "3" is no boundary
  ["Python|\u0345", true, null],
  ["Python|\u0345", false, "Python"],
  ["𝐀𝐁𝐂𝐃|1", true, "𝐀𝐁𝐂𝐃1"], // four letters, each a surrogate pair
];

describe("boundedEnd", () => {
  it.each(CASES)("%j (caseless %s)", (marked, caseless, expected) => {
    const end = marked.indexOf("|");
    const text = marked.replace("|", "");
    const table = buildCharTable([], caseless);
    const bounded = boundedEnd(text, end, table);
    expect(bounded < 0 ? null : text.slice(0, bounded)).toBe(expected);
  });
});

describe("code points", () => {
  it.each([
    ["a😀b", 1, 0x1f600],
    ["a😀b", 3, 0x62],
    ["\ud800x", 0, 0xd800], // a lone surrogate is its own code point
  ])("codePointAt(%j, %i) = %i", (text, at, expected) => expect(codePointAt(text, at)).toBe(expected));

  it.each([
    ["a😀b", 3, 0x1f600],
    ["a😀b", 1, 0x61],
    ["\udc00x", 1, 0xdc00],
  ])("codePointBefore(%j, %i) = %i", (text, at, expected) => expect(codePointBefore(text, at)).toBe(expected));
});
