import { describe, expect, it } from "vitest";
import { formatProblem, parseRubric } from "../../src/rubric/load.js";
import { VOCABULARY } from "./helpers.js";

const problems = (text: string): string[] => parseRubric(text, "r.yaml", VOCABULARY).problems.map(formatProblem);

const VALID = `id: demo
name: Demo role
checks:
  - id: degree
    kind: degree
    min: master
  - id: years
    kind: experience
    min_years: 3
  - id: tools
    kind: skills
    any: [pytorch, tensorflow]
    min: 2
  - id: words
    kind: keywords
    any: [big data, /\\bETL\\b/]
`;

describe("parseRubric: a valid rubric", () => {
  const { rubric, problems: found } = parseRubric(VALID, "r.yaml", VOCABULARY);

  it("has no problems", () => expect(found).toEqual([]));

  it("fills every default and writes labels from the settings", () => {
    expect(rubric).toEqual({
      id: "demo",
      name: "Demo role",
      checks: [
        { id: "degree", kind: "degree", label: "Master's degree or higher", weight: 1, required: false, bonus: false, pass: 1, min: "master", fields: [], in_progress: false },
        { id: "years", kind: "experience", label: "3+ years of professional experience", weight: 1, required: false, bonus: false, pass: 1, min_years: 3, relevant: [], count: "professional" },
        { id: "tools", kind: "skills", label: "At least 2 of: PyTorch, TensorFlow", weight: 1, required: false, bonus: false, pass: 1, any: ["pytorch", "tensorflow"], min: 2 },
        { id: "words", kind: "keywords", label: "Mentions any of: big data, /\\bETL\\b/", weight: 1, required: false, bonus: false, pass: 1, any: ["big data", "/\\bETL\\b/"], min: 1 },
      ],
    });
  });
});

describe("parseRubric: default labels", () => {
  it.each([
    ["kind: degree\n    min: phd\n    fields: [physics]", "PhD in physics"],
    ["kind: degree\n    min: bachelor\n    fields: [a, b, c, d]", "Bachelor's degree or higher in a, b, c or a related field"],
    ["kind: experience\n    min_years: 2.5\n    relevant: [nursing, icu]", "2.5+ years of experience in nursing or icu"],
    ["kind: skills\n    all: [python]", "Python"],
    ["kind: skills\n    all: [python, sql]", "All of: Python, SQL"],
    ["kind: skills\n    any: [aws, gcp]", "Any of: AWS, Google Cloud"],
    ["kind: keywords\n    any: [a, b, c]\n    min: 2", "Mentions at least 2 of: a, b, c"],
  ])("%s", (check, label) => {
    const { rubric } = parseRubric(`id: r\nname: R\nchecks:\n  - id: c\n    ${check}\n`, "r.yaml", VOCABULARY);
    expect(rubric?.checks[0]?.label).toBe(label);
  });
});

describe("parseRubric: problems", () => {
  it("reports every problem at once, in file order, with line and column", () => {
    const text = `id: demo
name: Demo
chekcs: []
checks:
  - id: deg
    kind: degre
  - id: fw
    kind: skills
    any: [sklearn, pytroch, tensorflow]
    wieght: 3
    required: yes
  - id: fw
    kind: keywords
    any: ["/([a-z/", big data]
    min_years: 3
`;
    expect(problems(text)).toEqual([
      'r.yaml:3:1: error: unknown key "chekcs"; did you mean "checks"?',
      'r.yaml:6:11: error: check "deg": unknown kind "degre"; did you mean "degree"? (one of degree, experience, skills, keywords)',
      'r.yaml:9:11: error: check "fw": unknown skill id "sklearn"; did you mean "scikit-learn"? (rubrics use canonical ids; "sklearn" is how résumés may write it)',
      'r.yaml:9:20: error: check "fw": unknown skill id "pytroch"; did you mean "pytorch"? (not in the skills vocabulary)',
      'r.yaml:10:5: error: check "fw": unknown key "wieght"; did you mean "weight"?',
      'r.yaml:11:15: error: check "fw": required must be true or false, got the text "yes"',
      'r.yaml:12:9: error: duplicate check id "fw" (first used on line 7)',
      'r.yaml:14:11: error: check "fw": invalid keyword /([a-z/: unterminated character class',
      'r.yaml:15:5: error: check "fw": unknown key "min_years" (it belongs to experience checks, not keywords)',
    ]);
    expect(parseRubric(text, "r.yaml", VOCABULARY).rubric).toBeUndefined();
  });

  it.each([
    ["a YAML syntax error, alone", "id: x\nname: 'open\nchecks: []\n", "r.yaml:4:1: error: Missing closing 'quote"],
    ["an empty file", "# nothing yet\n", "r.yaml:1:1: error: the rubric is empty; it needs id, name, checks"],
    ["a list at the top", "- id: x\n", "r.yaml:1:1: error: expected a mapping of keys (id, name, posting, description, checks), got a list"],
    ["a duplicate key", "id: a\nid: b\nname: n\nchecks: []\n", "r.yaml:2:1: error: Map keys must be unique"],
    ["an id with spaces", "id: my rubric\n", "r.yaml:1:5: error: id must be text (letters, digits, '.', '_' and '-', no spaces), got the text \"my rubric\""],
    ["no checks", "id: r\nname: R\nchecks: []\n", "r.yaml:3:9: error: checks must not be empty"],
    ["a check that is not a mapping", "id: r\nname: R\nchecks:\n  - degree\n", "r.yaml:4:5: error: check 1: expected a mapping of keys (id, kind, label, weight, required, bonus, pass), got the text \"degree\""],
  ])("%s", (_name, text, expected) => {
    expect(problems(text)).toContain(expected);
  });

  it("reports only syntax errors when the YAML does not parse", () => {
    expect(problems("id: x\nname: 'open\nchecks: []\nwieght: 2\n")).toEqual(["r.yaml:5:1: error: Missing closing 'quote"]);
  });

  const check = (body: string) => problems(`id: r\nname: R\nchecks:\n  - id: c\n${body}`);

  it.each([
    ["missing kind-specific key", "    kind: degree\n", ['r.yaml:4:5: error: check "c": missing required key "min"']],
    ["misspelt enum value", "    kind: degree\n    min: masters\n", ['r.yaml:6:10: error: check "c": unknown min "masters"; did you mean "master"? (one of associate, bachelor, master, phd)']],
    ["negative weight", "    kind: skills\n    any: [python]\n    weight: -2\n", ['r.yaml:7:13: error: check "c": weight must be a number ≥ 0, got number -2']],
    ["pass above 1", "    kind: skills\n    any: [python]\n    pass: 1.5\n", ['r.yaml:7:11: error: check "c": pass must be a number ≥ 0 and ≤ 1, got number 1.5']],
    ["zero years", "    kind: experience\n    min_years: 0\n", ['r.yaml:6:16: error: check "c": min_years must be a number > 0, got number 0']],
    ["fractional min", "    kind: keywords\n    any: [a, b]\n    min: 1.5\n", ['r.yaml:7:10: error: check "c": min must be a whole number ≥ 1, got number 1.5']],
    ["a single term instead of a list", "    kind: experience\n    min_years: 2\n    relevant: nursing\n", ['r.yaml:7:15: error: check "c": relevant must be a list of texts, got the text "nursing"']],
    ["an empty entry", "    kind: keywords\n    any: [big data, '']\n", ['r.yaml:6:21: error: check "c": each entry of any must be non-empty text, got the text ""']],
    ["neither any nor all", "    kind: skills\n", ['r.yaml:4:5: error: check "c": needs one of: any, all']],
    ["both any and all", "    kind: skills\n    any: [python]\n    all: [sql]\n", ['r.yaml:7:10: error: check "c": give any or all, not both']],
    ["min above the list", "    kind: skills\n    any: [python, sql]\n    min: 3\n", ['r.yaml:7:10: error: check "c": min is 3 but any lists only 2; no résumé could earn full credit']],
    ["min with all", "    kind: skills\n    all: [python]\n    min: 2\n", ['r.yaml:7:10: warning: check "c": min has no effect with all: every listed skill is needed']],
    ["bonus and required", "    kind: skills\n    any: [aws]\n    bonus: true\n    required: true\n", ['r.yaml:7:12: error: check "c": a bonus check only adds credit, so it cannot also be required']],
    ["required with weight 0", "    kind: skills\n    any: [aws]\n    required: true\n    weight: 0\n", [
      'r.yaml:8:13: warning: check "c": required check with weight 0: it can knock candidates out but adds nothing to the score',
      "r.yaml:4:3: warning: the weights of the checks that are not bonus sum to 0, so every score will be 0",
    ].sort()],
    ["a skill by its display name", "    kind: skills\n    any: [PyTorch]\n", ['r.yaml:6:11: error: check "c": unknown skill id "PyTorch"; did you mean "pytorch"? (rubrics use canonical ids; "PyTorch" is how résumés may write it)']],
    ["a regex with bad flags", "    kind: keywords\n    any: [/etl/q]\n", ["r.yaml:6:11: error: check \"c\": invalid keyword /etl/q: invalid flags supplied to RegExp constructor 'q'"]],
    ["a value with no text", "    kind: skills\n    any: [aws]\n    weight:\n", ['r.yaml:7:12: error: check "c": weight must be a number ≥ 0, got nothing']],
  ])("%s", (_name, body, expected) => {
    expect(check(body).sort()).toEqual(expected);
  });

  it("keeps a rubric that has only warnings", () => {
    const { rubric, problems: found } = parseRubric("id: r\nname: R\nchecks:\n  - id: c\n    kind: skills\n    all: [python]\n    min: 1\n", "r.yaml", VOCABULARY);
    expect(found.map((p) => p.severity)).toEqual(["warning"]);
    expect(rubric?.checks[0]?.id).toBe("c");
  });

  it("does not report keys of an unknown kind, which its own error already explains", () => {
    expect(check("    kind: skill\n    any: [python]\n")).toEqual([
      'r.yaml:5:11: error: check "c": unknown kind "skill"; did you mean "skills"? (one of degree, experience, skills, keywords)',
    ]);
  });
});

describe("formatProblem", () => {
  it("writes file:line:column: severity: message", () => {
    expect(formatProblem({ file: "a/b.yaml", line: 3, column: 7, severity: "warning", message: "careful" })).toBe("a/b.yaml:3:7: warning: careful");
  });
});
