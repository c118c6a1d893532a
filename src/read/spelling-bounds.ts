// The right side of a vocabulary match: an optional version straight after a longer name ("Python3.11",
// "TensorFlow2"), then a boundary, the part `(?:(?<=\p{L}{4})\d+(?:\.\d+)*)?(?![\p{L}\p{N}_]|[+#])` of the
// expression the scanner stands in for. As that expression backtracks, the longest version after which the
// boundary holds wins, then none.
import { DIGIT, JOINER, LETTER, WORD, type CharTable } from "./char-table.js";

const FULL_STOP = 0x2e;

/** The code point at `at`; charCodeAt unless a surrogate pair starts there. */
export function codePointAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  return unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(at)! : unit;
}

/** Where the match ends once a spelling ends at `end`: after a version that fits, at `end`, or -1 for nowhere. */
export function boundedEnd(text: string, end: number, table: CharTable): number {
  if (endsFourLetters(text, end, table)) {
    const versions = versionEnds(text, end, table);
    for (let i = versions.length - 1; i >= 0; i--) if (freeAfter(text, versions[i]!, table)) return versions[i]!;
  }
  return freeAfter(text, end, table) ? end : -1;
}

/** Every end of a version ("3", "3.1", "3.11") that can follow at `at`, shortest first. */
function versionEnds(text: string, at: number, table: CharTable): number[] {
  const ends: number[] = [];
  const digitAt = (i: number): boolean => i < text.length && (table.infoOf(text.charCodeAt(i)) & DIGIT) !== 0;
  let i = at;
  while (digitAt(i)) ends.push(++i);
  if (!ends.length) return ends;
  while (text.charCodeAt(i) === FULL_STOP && digitAt(i + 1)) {
    i++;
    while (digitAt(i)) ends.push(++i);
  }
  return ends;
}

/** The right boundary: no word character, "+" or "#" next ("c" is not the start of "c++"). */
function freeAfter(text: string, at: number, table: CharTable): boolean {
  return at >= text.length || !(table.infoOf(text.codePointAt(at)!) & (WORD | JOINER));
}

/** Whether the four characters before `at` are letters: only a longer name takes a version ("Python3"). */
function endsFourLetters(text: string, at: number, table: CharTable): boolean {
  for (let count = 0; count < 4; count++) {
    if (at <= 0) return false;
    const codePoint = codePointBefore(text, at);
    if (!(table.infoOf(codePoint) & LETTER)) return false;
    at -= codePoint > 0xffff ? 2 : 1;
  }
  return true;
}

/** The code point that ends at `at`, a surrogate pair read whole, as a Unicode-mode lookbehind reads it. */
export function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2)!;
  }
  return low;
}
