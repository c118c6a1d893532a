import { describe, expect, it } from "vitest";
import { skillsCheck } from "../../../src/rubric/checks/skills.js";
import type { SkillsCheckSpec } from "../../../src/rubric/types.js";
import { buildResume, CONTEXT, evidence } from "../helpers.js";

const LINES = [
  "Built ranking models in PyTorch and TensorFlow",
  "Python, SQL, Keras",
  "Deployed PyTorch models behind a gRPC service",
  "Trained PyTorch models on GPUs",
];
const resume = buildResume({ lines: LINES, skills: { pytorch: [1, 3, 4], tensorflow: [1], python: [2], sql: [2], keras: [2] } });

const spec = (extra: Partial<SkillsCheckSpec>): SkillsCheckSpec => ({
  id: "skills",
  kind: "skills",
  label: "Skills",
  weight: 1,
  required: false,
  bonus: false,
  pass: 1,
  ...extra,
});

describe("skills check", () => {
  it.each([
    { name: "any: one found is enough", spec: { any: ["scikit-learn", "pytorch"] }, score: 1, message: "found 1 (needs 1): pytorch; missing: scikit-learn" },
    { name: "any: min 2, one found", spec: { any: ["pytorch", "cnn", "rnn"], min: 2 }, score: 0.5, message: "found 1 (needs 2): pytorch; missing: cnn, rnn" },
    { name: "any: more than min is capped", spec: { any: ["pytorch", "tensorflow", "keras"], min: 2 }, score: 1, message: "found 3 (needs 2): pytorch, tensorflow, keras" },
    { name: "any: none found", spec: { any: ["aws", "gcp"] }, score: 0, message: "found 0 (needs 1); missing: aws, gcp" },
    { name: "all: every one found", spec: { all: ["python", "sql"] }, score: 1, message: "found 2 of 2: python, sql" },
    { name: "all: a share for each", spec: { all: ["python", "sql", "aws", "gcp"] }, score: 0.5, message: "found 2 of 4: python, sql; missing: aws, gcp" },
    { name: "all: min is ignored", spec: { all: ["python", "aws"], min: 1 }, score: 0.5, message: "found 1 of 2: python; missing: aws" },
  ])("$name", ({ spec: extra, score, message }) => {
    const outcome = skillsCheck(resume, spec(extra), CONTEXT);
    expect(outcome.score).toBe(score);
    expect(outcome.message).toBe(message);
  });

  it("cites at most two lines per skill, each line once, in reading order", () => {
    const outcome = skillsCheck(resume, spec({ any: ["tensorflow", "pytorch"] }), CONTEXT);
    expect(outcome.evidence).toEqual([evidence(1, LINES[0]!), evidence(3, LINES[2]!)]);
  });

  it("ignores a skill recorded with no mentions", () => {
    const empty = buildResume({ skills: { aws: [] } });
    expect(skillsCheck(empty, spec({ any: ["aws"] }), CONTEXT).score).toBe(0);
  });
});
