// Finds the vocabulary's spellings in a line, left to right and without overlaps, exactly where the regular
// expression
//   (?<![\p{L}\p{N}_])(?:s1|s2|…)(?:(?<=\p{L}{4})\d+(?:\.\d+)*)?(?![\p{L}\p{N}_]|[+#])
// (spellings longest first, `[\s_-]*` between their words; flags "gu", or "giu" when caseless) finds them
// with matchAll. A giant alternation is slow: it tries every spelling at every position. This tries only
// positions where a word starts, and every spelling from there in one walk of a trie; then, as the
// alternation would, it takes the first spelling in priority order after which the version and the right
// boundary fit, giving back the version (longest first) or the spelling when they do not.
import { letterIndexOf, SEPARATOR, WORD } from "./char-table.js";
import { boundedEnd, codePointAt, codePointBefore } from "./spelling-bounds.js";
import { buildSpellingTrie, ROOT } from "./spelling-trie.js";

export interface SpellingScanner {
  /** Start and end offsets of the matches, flat: [start, end, start, end, …]. */
  scan(text: string): number[];
}

const ASCII = 128;

export function buildSpellingScanner(spellings: Iterable<string>, caseless: boolean): SpellingScanner {
  const { table, next, gap, rank } = buildSpellingTrie(spellings, caseless);
  const { ascii, alphabetSize } = table;
  const infoOf = (codePoint: number): number => (codePoint < ASCII ? ascii[codePoint]! : table.infoOf(codePoint));
  // Scratch for one match attempt, reused: each scan runs to its end before another starts.
  const ends: number[] = [];
  const ranks: number[] = [];
  const gapNodes: number[] = [];
  const gapPositions: number[] = [];

  /** The end of the match at `start`, or -1. */
  function matchAt(text: string, start: number): number {
    let found = 0;
    let pending = 0;
    let node = ROOT;
    let at = start;
    // Every spelling that fits from `start`, where it ends and its priority: follow the letters, and keep
    // each gap (a run of separators, maybe empty, before another word) to walk afterwards.
    for (;;) {
      if (rank[node]! >= 0) {
        ends[found] = at;
        ranks[found++] = rank[node]!;
      }
      if (gap[node]! >= 0) {
        let after = at;
        while (after < text.length) {
          const codePoint = codePointAt(text, after);
          if (!(infoOf(codePoint) & SEPARATOR)) break;
          after += codePoint > 0xffff ? 2 : 1;
        }
        gapNodes[pending] = gap[node]!;
        gapPositions[pending++] = after;
      }
      const codePoint = at < text.length ? codePointAt(text, at) : -1;
      const letter = codePoint >= 0 ? letterIndexOf(infoOf(codePoint)) : -1;
      const child = letter >= 0 ? next[node * alphabetSize + letter]! : -1;
      if (child >= 0) {
        at += codePoint > 0xffff ? 2 : 1;
        node = child;
      } else if (pending > 0) {
        node = gapNodes[--pending]!;
        at = gapPositions[pending]!;
      } else break;
    }
    // The alternation takes the first spelling, in priority order, after which the version and boundary fit.
    for (let tried = 0; tried < found; tried++) {
      let best = 0;
      for (let i = 1; i < found; i++) if (ranks[i]! < ranks[best]!) best = i;
      const end = boundedEnd(text, ends[best]!, table);
      if (end >= 0) return end;
      ranks[best] = Number.MAX_SAFE_INTEGER;
    }
    return -1;
  }

  function scan(text: string): number[] {
    const found: number[] = [];
    const anywhere = rank[ROOT]! >= 0;
    let at = 0;
    // Whether the character before `at` is part of a word: a spelling never starts inside one.
    let afterWord = false;
    while (at < text.length) {
      const codePoint = codePointAt(text, at);
      const info = infoOf(codePoint);
      if (!afterWord) {
        const letter = letterIndexOf(info);
        if (anywhere || (letter >= 0 && next[ROOT * alphabetSize + letter]! >= 0)) {
          const end = matchAt(text, at);
          // An empty match (a spelling of separators only) finds nothing, as the expression's empty match does.
          if (end > at) {
            found.push(at, end);
            at = end;
            afterWord = (table.infoOf(codePointBefore(text, end)) & WORD) !== 0;
            continue;
          }
        }
      }
      afterWord = (info & WORD) !== 0;
      at += codePoint > 0xffff ? 2 : 1;
    }
    return found;
  }

  return { scan };
}
