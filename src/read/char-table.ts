// What the spelling scanner needs to know about one character: whether it is part of a word, a letter, a
// separator between the words of a spelling, a digit, or "+"/"#" (which glue onto a name: "c++", "c#"), and
// which letter of the vocabulary's alphabet it stands for. Every answer comes from the regular-expression
// classes the matching is defined by, under the same flags, so a caseless table folds case exactly as a
// /iu expression does (Unicode simple case folding: "K" and the Kelvin sign "K" are one letter).

export const WORD = 1;
export const LETTER = 2;
export const SEPARATOR = 4;
export const DIGIT = 8;
export const JOINER = 16;
/** Bits above the flags hold the character's alphabet index plus one (zero: not in the alphabet). */
const FLAG_BITS = 5;

export interface CharTable {
  /** How many distinct letters (after case folding, when caseless) the vocabulary's spellings use. */
  readonly alphabetSize: number;
  /** `infoOf` for the ASCII characters, by code: the hot path reads it directly. */
  readonly ascii: Int32Array;
  /** The alphabet index of a character the spellings use (-1 for any other). */
  letterOf(codePoint: number): number;
  /** The flags of any character (test with `&`) and its alphabet index (see `letterIndexOf`), packed. */
  infoOf(codePoint: number): number;
}

/** The alphabet index, or -1 for a character no spelling uses. */
export const letterIndexOf = (info: number): number => (info >> FLAG_BITS) - 1;

const ASCII = 128;

/** A table for the code points of `spellingCodePoints`, matching them exactly or caselessly. */
export function buildCharTable(spellingCodePoints: Iterable<number>, caseless: boolean): CharTable {
  const flags = caseless ? "iu" : "u";
  const classes: [RegExp, number][] = [
    [new RegExp("^[\\p{L}\\p{N}_]$", flags), WORD],
    [new RegExp("^\\p{L}$", flags), LETTER],
    [new RegExp("^[\\s_-]$", flags), SEPARATOR],
    [new RegExp("^\\d$", flags), DIGIT],
    [new RegExp("^[+#]$", flags), JOINER],
  ];
  // One pattern per alphabet letter; a spelling's character joins the first letter it matches.
  const letters: RegExp[] = [];
  const letterOf = new Map<number, number>();
  for (const codePoint of spellingCodePoints) {
    if (letterOf.has(codePoint)) continue;
    const s = String.fromCodePoint(codePoint);
    let index = letters.findIndex((letter) => letter.test(s));
    if (index < 0) index = letters.push(new RegExp(`^\\u{${codePoint.toString(16)}}$`, flags)) - 1;
    letterOf.set(codePoint, index);
  }

  const compute = (codePoint: number): number => {
    const s = String.fromCodePoint(codePoint);
    let info = 0;
    for (const [pattern, flag] of classes) if (pattern.test(s)) info |= flag;
    const index = letterOf.get(codePoint) ?? letters.findIndex((letter) => letter.test(s));
    return info | ((index + 1) << FLAG_BITS);
  };
  const ascii = new Int32Array(ASCII);
  for (let c = 0; c < ASCII; c++) ascii[c] = compute(c);
  // Other characters are worked out when first seen: résumés use few of them, and a scan sees each often.
  const other = new Map<number, number>();

  return {
    alphabetSize: letters.length,
    ascii,
    letterOf: (codePoint) => letterOf.get(codePoint) ?? -1,
    infoOf(codePoint) {
      if (codePoint < ASCII) return ascii[codePoint]!;
      let info = other.get(codePoint);
      if (info === undefined) other.set(codePoint, (info = compute(codePoint)));
      return info;
    },
  };
}
