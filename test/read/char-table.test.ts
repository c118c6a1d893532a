import { describe, expect, it } from "vitest";
import { buildCharTable, DIGIT, JOINER, LETTER, letterIndexOf, SEPARATOR, WORD } from "../../src/read/char-table.js";

const cps = (s: string): number[] => Array.from(s, (ch) => ch.codePointAt(0)!);
const FLAGS = WORD | LETTER | SEPARATOR | DIGIT | JOINER;

// [character, caseless, its flags]
const FLAG_CASES: [string, boolean, number][] = [
  ["a", false, WORD | LETTER],
  ["É", true, WORD | LETTER],
  ["𝐀", false, WORD | LETTER],
  ["7", true, WORD | DIGIT],
  ["٣", true, WORD], // a digit to \p{N}, not to \d
  ["_", true, WORD | SEPARATOR],
  ["-", true, SEPARATOR],
  [" ", false, SEPARATOR],
  ["\u00a0", true, SEPARATOR],
  ["\u3000", true, SEPARATOR],
  ["+", true, JOINER],
  ["#", false, JOINER],
  [".", true, 0],
  ["&", true, 0],
  ["😀", true, 0],
  // U+0345 is a mark, but folds to a Greek letter: a letter only to a caseless expression.
  ["\u0345", false, 0],
  ["\u0345", true, WORD | LETTER],
];

describe("buildCharTable flags", () => {
  it.each(FLAG_CASES)("%j (caseless %s)", (ch, caseless, flags) => {
    expect(buildCharTable([], caseless).infoOf(ch.codePointAt(0)!) & FLAGS).toBe(flags);
  });

  it("answers ASCII from its table as it answers through infoOf", () => {
    const table = buildCharTable(cps("abc+"), true);
    for (let c = 0; c < 128; c++) expect(table.ascii[c]).toBe(table.infoOf(c));
  });
});

// [the spellings' characters, caseless, a character, the spelling character it stands for (or null)]
const LETTER_CASES: [string, boolean, string, string | null][] = [
  ["abc", true, "B", "b"],
  ["abc", false, "B", null],
  ["aBc", false, "B", "B"],
  ["k", true, "\u212A", "k"], // the Kelvin sign
  ["s", true, "ſ", "s"],
  ["ß", true, "ẞ", "ß"],
  ["ß", true, "s", null],
  ["i", true, "İ", null], // no simple folding for the dotted capital I
  ["σ", true, "ς", "σ"],
  ["+#", true, "+", "+"],
  ["a", true, "😀", null],
];

describe("buildCharTable letters", () => {
  it.each(LETTER_CASES)("%j (caseless %s): %j", (alphabet, caseless, ch, expected) => {
    const table = buildCharTable(cps(alphabet), caseless);
    const index = letterIndexOf(table.infoOf(ch.codePointAt(0)!));
    expect(index).toBe(expected === null ? -1 : table.letterOf(expected.codePointAt(0)!));
    if (expected !== null) expect(index).toBeGreaterThanOrEqual(0);
  });

  it("counts letters that fold together once", () => {
    expect(buildCharTable(cps("aAbB"), true).alphabetSize).toBe(2);
    expect(buildCharTable(cps("aAbB"), false).alphabetSize).toBe(4);
  });
});
