// The vocabulary's spellings as a trie of letters, so one walk from a position tries every spelling that
// starts there at once instead of each in turn. A spelling is words; between two words the text may have a
// run of spaces, hyphens and underscores, or nothing ("scikit learn" fits "scikit-learn" and "scikitlearn"),
// which the trie keeps as a separate `gap` branch beside the letters that go on with the same word. Nodes
// are numbers and edges flat typed arrays: the walk runs for nearly every word of every line.
import { buildCharTable, type CharTable } from "./char-table.js";

export interface SpellingTrie {
  table: CharTable;
  /** The child of `node` by alphabet letter (see CharTable) at `node * table.alphabetSize + letter`, or -1. */
  next: Int32Array;
  /** By node: where the next word of a longer spelling starts, after any run of separators; or -1. */
  gap: Int32Array;
  /** By node: the priority of the best spelling that ends there (lower wins), or -1 when none does. */
  rank: Int32Array;
}

export const ROOT = 0;

/** Longest first, as an alternation tried in this order must be, so "node.js" wins over "node" at one place. */
export const bySpellingPriority = (a: string, b: string): number => b.length - a.length || a.localeCompare(b);

/** The words of a spelling: "scikit learn" → ["scikit", "learn"]. */
export const wordsOf = (spelling: string): string[] => spelling.trim().split(/[\s_-]+/);

const codePoints = (word: string): number[] => Array.from(word, (ch) => ch.codePointAt(0)!);

export function buildSpellingTrie(spellings: Iterable<string>, caseless: boolean): SpellingTrie {
  const ranked = [...spellings].sort(bySpellingPriority).map((spelling) => wordsOf(spelling).map(codePoints));
  const table = buildCharTable(ranked.flatMap((words) => words.flat()), caseless);
  const size = table.alphabetSize;
  // At most a node per letter and per gap, and the root: room for all of them up front.
  const most = 1 + ranked.reduce((sum, words) => sum + words.length - 1 + words.reduce((letters, word) => letters + word.length, 0), 0);
  const next = new Int32Array(most * size).fill(-1);
  const gap = new Int32Array(most).fill(-1);
  const rank = new Int32Array(most).fill(-1);
  let nodes = 1;
  ranked.forEach((words, priority) => {
    let at = ROOT;
    words.forEach((word, w) => {
      if (w > 0) at = gap[at]! >= 0 ? gap[at]! : (gap[at] = nodes++);
      for (const codePoint of word) {
        const edge = at * size + table.letterOf(codePoint);
        at = next[edge]! >= 0 ? next[edge]! : (next[edge] = nodes++);
      }
    });
    // Two spellings may have the same words; the earlier is the one an alternation would take.
    if (rank[at]! < 0) rank[at] = priority;
  });
  return { table, next: next.slice(0, nodes * size), gap: gap.slice(0, nodes), rank: rank.slice(0, nodes) };
}
