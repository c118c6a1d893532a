import { describe, expect, it } from "vitest";
import { bareLine } from "../../src/read/bare-lines.js";
import { termsIn } from "../../src/read/line-terms.js";
import { compileVocabulary } from "../../src/read/skills.js";
import type { Vocabulary } from "../../src/read/vocabulary.js";
import { bundledVocabulary } from "./helpers.js";

// [line, its terms as a keyword list (undefined: prose or no term), labelled]
const CASES: [string, string[] | undefined, boolean][] = [
  ["Python, SQL, Spark", ["python", "sql", "spark"], false],
  ["Tools: Git, Docker", ["git", "docker"], true],
  ["• Languages: Python, Go and R", ["python", "go", "r"], true],
  ["Python: 3 years of pandas and NumPy", ["pandas", "numpy"], true],
  ["Built models in Python with PyTorch", undefined, false],
  ["Cloud Platforms and Services: AWS", ["aws"], true],
  ["Cloud Platforms and Web Services: AWS", undefined, false], // five words make no label, so this is prose
  ["Skills: communication", undefined, true],
  ["ML: TF, PyTorch", ["tensorflow", "pytorch"], true],
];

describe("bareLine", () => {
  const compiled = compileVocabulary(bundledVocabulary());
  it.each(CASES)("%j", (line, terms, labelled) => {
    const alone = bareLine(line, 3, compiled);
    expect(alone?.terms).toEqual(terms);
    if (alone) expect(alone).toEqual({ index: 3, terms, labelled });
    // The line's own terms, found once for every reader, give the same answer.
    expect(bareLine(line, 3, compiled, termsIn(line, compiled))).toEqual(alone);
  });

  it("searches the text after the label on its own when a term runs across the label", () => {
    const vocabulary: Vocabulary = { skills: [{ id: "tools-git", name: "Tools: Git", aliases: [] }, { id: "git", name: "Git", aliases: [] }] };
    const own = compileVocabulary(vocabulary);
    const line = "Tools: Git, Git";
    expect(termsIn(line, own).map((t) => t.text)).toEqual(["Tools: Git", "Git"]);
    expect(bareLine(line, 0, own, termsIn(line, own))).toEqual({ index: 0, terms: ["git", "git"], labelled: true });
    expect(bareLine(line, 0, own)).toEqual({ index: 0, terms: ["git", "git"], labelled: true });
  });
});
