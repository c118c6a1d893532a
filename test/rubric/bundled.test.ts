// The rubric that ships as the default validates clean against the real skills vocabulary.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseVocabulary } from "../../src/read/vocabulary-load.js";
import { formatProblem, parseRubric } from "../../src/rubric/load.js";

const read = (name: string) => readFileSync(new URL(`../../rubrics/${name}`, import.meta.url), "utf8");
const vocabulary = parseVocabulary(read("skills.yaml"));
const text = read("ml-engineer.yaml");
const { rubric, problems } = parseRubric(text, "rubrics/ml-engineer.yaml", vocabulary);

describe("rubrics/ml-engineer.yaml", () => {
  it("has no problems", () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("starts with the schema line and names its posting, which exists", () => {
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=./rubric.schema.json");
    expect(rubric?.posting).toBe("ml-engineer.posting.md");
    expect(read(rubric!.posting!)).toMatch(/Machine Learning Engineer/);
  });

  it("expresses the posting: a required degree, a bonus for cloud, regular weights summing to 100", () => {
    const checks = rubric!.checks;
    expect(checks.map((c) => [c.id, c.kind, c.weight, c.required, c.bonus])).toEqual([
      ["degree", "degree", 15, true, false],
      ["ml-years", "experience", 25, false, false],
      ["frameworks", "skills", 20, false, false],
      ["deep-learning", "skills", 15, false, false],
      ["python", "skills", 10, false, false],
      ["data-scale", "keywords", 15, false, false],
      ["cloud", "skills", 5, false, true],
    ]);
    expect(checks.filter((c) => !c.bonus).reduce((sum, c) => sum + c.weight, 0)).toBe(100);
  });

  it("names only skill ids the vocabulary defines", () => {
    const ids = new Set(vocabulary.skills.map((s) => s.id));
    const named = rubric!.checks.flatMap((c) => (c.kind === "skills" ? [...(c.any ?? []), ...(c.all ?? [])] : []));
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
    expect(named).toEqual(["tensorflow", "pytorch", "scikit-learn", "keras", "cnn", "rnn", "lstm", "transformer", "gan", "deep-learning", "computer-vision", "nlp", "python", "aws", "gcp", "azure", "hadoop", "spark"]);
  });
});
