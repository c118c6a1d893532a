import { describe, expect, it } from "vitest";
import { lineTermsOf, termsIn } from "../../src/read/line-terms.js";
import { compileVocabulary, lineTermsFor } from "../../src/read/skills.js";
import type { Vocabulary } from "../../src/read/vocabulary.js";
import { bundledVocabulary } from "./helpers.js";

type Found = [text: string, ids: string[] | undefined, exactCase: boolean];

// [line, its terms: caseless ones left to right, then exact-case ones]
const CASES: [string, Found[]][] = [
  ["Python, TF-IDF and R&D", [["Python", ["python"], false], ["TF", ["tensorflow"], true], ["R", ["r"], true]]],
  // The alias "python3" is the longest spelling here; it ends in a digit, so it takes no version.
  ["Python3.11 on AWS SageMaker", [["Python3", ["python"], false], ["AWS SageMaker", ["sagemaker", "aws"], false]]],
  ["TensorFlow2.15 and Kotlin1.9", [["TensorFlow2", ["tensorflow"], false], ["Kotlin1.9", ["kotlin"], false]]],
  ["BERT and bert", [["BERT", ["bert", "transformer"], true]]],
  ["Scikit_Learn, node.js", [["Scikit_Learn", ["scikit-learn"], false], ["node.js", ["node.js"], false]]],
  // Folded by case as an expression folds it, but no spelling of the vocabulary once lower-cased.
  ["ſcala", [["ſcala", undefined, false]]],
  ["Designed the platform", []],
];

describe("termsIn", () => {
  const compiled = compileVocabulary(bundledVocabulary());
  it.each(CASES)("%j", (line, expected) => {
    const terms = termsIn(line, compiled);
    expect(terms.map((t): Found => [t.text, t.ids ? [...t.ids] : undefined, t.exactCase])).toEqual(expected);
    for (const term of terms) expect(line.slice(term.start, term.end)).toBe(term.text);
  });

  it("finds nothing with an empty vocabulary", () => {
    expect(termsIn("Python", compileVocabulary({ skills: [] }))).toEqual([]);
  });
});

describe("lineTermsOf", () => {
  const lines = [{ page: 1, line: 1, text: "Go and Rust" }, { page: 1, line: 2, text: "Kafka" }];

  it("searches a line once however often it is asked for", () => {
    const terms = lineTermsOf(lines, compileVocabulary(bundledVocabulary()));
    expect(terms(1)).toBe(terms(1));
    expect(terms(0).map((t) => t.text)).toEqual(["Go", "Rust"]);
  });

  it("compiles the vocabulary only when a line is asked for, so a broken one fails there", () => {
    const broken = { skills: [{ id: "x", name: "X", aliases: [], exact: 7 }] } as unknown as Vocabulary;
    const terms = lineTermsFor(lines, broken);
    expect(() => terms(0)).toThrow();
    expect(lineTermsFor(lines, bundledVocabulary())(1).map((t) => t.ids)).toEqual([["kafka"]]);
  });
});

describe("terms a line-end hyphen breaks across two lines", () => {
  const compiled = compileVocabulary(bundledVocabulary());
  const ids = (texts: string[], page2 = false) => {
    const lines = texts.map((text, i) => ({ page: page2 && i > 0 ? 2 : 1, line: i + 1, text }));
    const terms = lineTermsOf(lines, compiled);
    return texts.map((_, i) => [...new Set(terms(i).flatMap((term) => term.ids ?? []))]);
  };

  it.each<[string[], string[][]]>([
    [["Trained ranking models with Tensor-", "Flow and Spark"], [["tensorflow"], ["spark"]]],
    [["Built pipelines in scikit-", "learn"], [["scikit-learn"], []]],
    [["Deployed Py-", "Torch models"], [["pytorch"], ["pytorch"]]], // "Torch" alone names PyTorch too
    // A term already whole on the line is not found twice; words that only make a term once joined are not.
    [["Python-", "based tools"], [["python"], []]],
    [["state-of-the-", "art results"], [[], []]],
  ])("%j", (texts, expected) => {
    expect(ids(texts)).toEqual(expected);
  });

  it("does not join across a page break", () => {
    expect(ids(["Trained models with Tensor-", "Flow"], true)).toEqual([[], []]);
  });
});

