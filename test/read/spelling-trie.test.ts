import { describe, expect, it } from "vitest";
import { letterIndexOf } from "../../src/read/char-table.js";
import { buildSpellingTrie, bySpellingPriority, ROOT, type SpellingTrie, wordsOf } from "../../src/read/spelling-trie.js";

/** The node reached by `path`, where " " takes a gap and any other character a letter; -1 if none. */
function nodeAt(trie: SpellingTrie, path: string): number {
  let node = ROOT;
  for (const ch of path) {
    const letter = letterIndexOf(trie.table.infoOf(ch.codePointAt(0)!));
    if (ch === " ") node = trie.gap[node]!;
    else if (letter < 0) return -1;
    else node = trie.next[node * trie.table.alphabetSize + letter]!;
    if (node < 0) return -1;
  }
  return node;
}
const rankAt = (trie: SpellingTrie, path: string): number | undefined => {
  const node = nodeAt(trie, path);
  return node < 0 ? undefined : trie.rank[node];
};

describe("bySpellingPriority", () => {
  it.each([
    [["node", "node.js", "c"], ["node.js", "node", "c"]],
    [["r", "go", "c"], ["go", "c", "r"]],
    [["scikit learn", "sklearn", "scikit"], ["scikit learn", "sklearn", "scikit"]],
  ])("%j → %j", (spellings, sorted) => {
    expect([...spellings].sort(bySpellingPriority)).toEqual(sorted);
  });
});

describe("wordsOf", () => {
  it.each([
    ["scikit learn", ["scikit", "learn"]],
    ["  long short-term_memory ", ["long", "short", "term", "memory"]],
    ["c++", ["c++"]],
  ])("%j → %j", (spelling, words) => expect(wordsOf(spelling)).toEqual(words));
});

describe("buildSpellingTrie", () => {
  const trie = buildSpellingTrie(["scikit learn", "scikit", "sklearn", "node.js", "node"], true);

  // [path, the rank of the spelling ending there (undefined: no node; -1: a node no spelling ends at)]
  it.each([
    ["scikit learn", 0], // the longest spelling ranks first
    ["node.js", 1],
    ["sklearn", 2],
    ["scikit", 3],
    ["node", 4],
    ["scikit lea", -1],
    ["sci", -1],
    ["scikitlearn", undefined], // "learn" hangs off the gap, not off the letters
    ["nodejs", undefined],
    ["SCIKIT", 3], // letters are folded when caseless
  ] as [string, number | undefined][])("%j", (path, rank) => {
    expect(rankAt(trie, path)).toBe(rank);
  });

  it("keeps case apart when exact", () => {
    const exact = buildSpellingTrie(["Go", "GO"], false);
    expect([rankAt(exact, "Go"), rankAt(exact, "GO"), rankAt(exact, "go")]).toEqual([0, 1, undefined]);
  });

  it("marks the root for a spelling of separators only", () => {
    expect(buildSpellingTrie([" "], false).rank[ROOT]).toBe(0);
    expect(buildSpellingTrie(["a"], false).rank[ROOT]).toBe(-1);
  });
});
