import { describe, expect, it } from "vitest";
import { parseVocabulary, VocabularyError } from "../../src/read/vocabulary-load.js";
import { bundledVocabulary } from "./helpers.js";

describe("parseVocabulary", () => {
  it("reads skills with their aliases, exact spellings, categories and implications", () => {
    const vocabulary = parseVocabulary(`
skills:
  - id: scikit-learn
    name: scikit-learn
    category: ml-library
    aliases: [sklearn, scikit learn]
  - { id: go, name: Go, aliases: [golang], exact: [Go] }
  - { id: sagemaker, name: SageMaker, aliases: [], implies: [aws] }
  - { id: aws, name: AWS, aliases: [amazon web services] }
  - { id: c#, name: C#, aliases: [csharp] }
`);
    expect(vocabulary.skills).toEqual([
      { id: "scikit-learn", name: "scikit-learn", category: "ml-library", aliases: ["sklearn", "scikit learn"] },
      { id: "go", name: "Go", aliases: ["golang"], exact: ["Go"] },
      { id: "sagemaker", name: "SageMaker", aliases: [], implies: ["aws"] },
      { id: "aws", name: "AWS", aliases: ["amazon web services"] },
      { id: "c#", name: "C#", aliases: ["csharp"] },
    ]);
  });

  it("reports every problem at once", () => {
    let error: unknown;
    try {
      parseVocabulary(`
skills:
  - { id: Python, name: Python, aliases: [] }
  - { id: go, name: Go, aliases: golang }
  - { id: go, name: Go, aliases: [], colour: blue }
  - { id: keras, name: Keras, aliases: [], implies: [tensorflow] }
`);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VocabularyError);
    const problems = (error as VocabularyError).problems.join("\n");
    expect(problems).toMatch(/id "Python" must be lower case/);
    expect(problems).toMatch(/aliases: expected a list/);
    expect(problems).toMatch(/unknown key "colour"/);
    expect(problems).toMatch(/duplicate id "go"/);
    expect(problems).toMatch(/implies unknown id "tensorflow"/);
  });

  it.each([["not: [valid"], ["just a string"], ["skills: 3"]])("rejects %j", (text) => {
    expect(() => parseVocabulary(text)).toThrow(VocabularyError);
  });

  it("holds the canonical ids of the design in the bundled vocabulary", () => {
    const ids = new Set(bundledVocabulary().skills.map((s) => s.id));
    for (const id of ["python", "tensorflow", "pytorch", "scikit-learn", "keras", "aws", "gcp", "azure", "hadoop", "spark", "docker", "kubernetes", "sql", "cnn", "rnn", "lstm", "transformer"]) {
      expect(ids, id).toContain(id);
    }
    expect(ids.size).toBeGreaterThan(100);
  });
});
