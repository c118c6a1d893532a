import { describe, expect, it } from "vitest";
import { compileTerm } from "../../../src/rubric/checks/keyword-pattern.js";
import { keywordsCheck } from "../../../src/rubric/checks/keywords.js";
import type { KeywordsCheckSpec } from "../../../src/rubric/types.js";
import { buildResume, CONTEXT, evidence } from "../helpers.js";

const LINES = [
  "Maintained HTML templates for the marketing site",
  "Led feature-extraction work for 40 TB of sensor logs",
  "Worked with Big Data tooling across three teams",
  "Designed data pipelines that process 2 billion events a day",
  "Mentored two junior engineers",
];
const resume = buildResume({ lines: LINES });

const spec = (any: string[], min = 1): KeywordsCheckSpec => ({
  id: "kw",
  kind: "keywords",
  label: "Keywords",
  weight: 1,
  required: false,
  bonus: false,
  pass: 1,
  any,
  min,
});

describe("keywords check", () => {
  it.each([
    { name: "phrase, any case", terms: ["big data"], min: 1, score: 1, lines: [3] },
    { name: "hyphen and space are the same", terms: ["feature extraction"], min: 1, score: 1, lines: [2] },
    { name: "whole words only", terms: ["ml"], min: 1, score: 0, lines: [] },
    { name: "no partial plural", terms: ["data pipeline"], min: 1, score: 0, lines: [] },
    { name: "regular expression", terms: ["/\\b\\d+\\s?TB\\b/"], min: 1, score: 1, lines: [2] },
    { name: "regular expressions keep their case", terms: ["/big data/"], min: 1, score: 0, lines: [] },
    { name: "regular expression flags", terms: ["/BILLION EVENTS/i"], min: 1, score: 1, lines: [4] },
    { name: "a global flag does not skip lines", terms: ["/e/g"], min: 1, score: 1, lines: [1, 2, 3, 4, 5] },
    { name: "distinct terms over min", terms: ["big data", "mentored", "terabytes"], min: 2, score: 1, lines: [3, 5] },
    { name: "partial credit", terms: ["big data", "terabytes", "petabytes"], min: 2, score: 0.5, lines: [3] },
  ])("$name", ({ terms, min, score, lines }) => {
    const outcome = keywordsCheck(resume, spec(terms, min), CONTEXT);
    expect(outcome.score).toBe(score);
    expect(outcome.evidence).toEqual(lines.map((n) => evidence(n, LINES[n - 1]!)));
  });

  it("cites at most five lines", () => {
    const long = buildResume({ lines: Array.from({ length: 8 }, (_, i) => `Spark job ${i + 1}`) });
    expect(keywordsCheck(long, spec(["spark"]), CONTEXT).evidence.map((e) => e.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each([
    { terms: ["big data", "/\\d+ ?TB/", "petabytes"], min: 3, message: "found 2 (needs 3): big data, /\\d+ ?TB/; missing: petabytes" },
    { terms: ["big data", "/\\d+ ?TB/", "petabytes"], min: 2, message: "found 2 (needs 2): big data, /\\d+ ?TB/" },
    { terms: ["petabytes", "exabytes"], min: 1, message: "found 0 (needs 1); missing: petabytes, exabytes" },
  ])("names what was found, and what is missing while it matters ($min needed)", ({ terms, min, message }) => {
    expect(keywordsCheck(resume, spec(terms, min), CONTEXT).message).toBe(message);
  });
});

describe("keywords check: lines are passed over only when the phrase cannot match them", () => {
  // A phrase matches under Unicode case folding; the quick look for its words must never miss what that finds.
  it.each([
    { name: "long s folds to s", line: "Built ſtatistical models", term: "statistical" },
    { name: "Kelvin sign folds to k", line: "Ran \u212Aubernetes clusters", term: "kubernetes" },
    { name: "capital letters", line: "FEATURE EXTRACTION at scale", term: "feature extraction" },
    { name: "accented word", line: "Résumé parsing in MÜNCHEN", term: "münchen" },
    { name: "dotted capital I", line: "İstanbul office lead", term: "istanbul" },
    { name: "symbols", line: "Wrote C++ and C# services", term: "c#" },
  ])("$name", ({ line, term }) => {
    const one = buildResume({ lines: [line] });
    const regex = new RegExp(compileTermRegex(term).source, "iu");
    expect(keywordsCheck(one, spec([term]), CONTEXT).score).toBe(regex.test(line) ? 1 : 0);
  });

  it("finds the long-s spelling", () => {
    expect(keywordsCheck(buildResume({ lines: ["Built ſtatistical models"] }), spec(["statistical"]), CONTEXT).score).toBe(1);
  });
});

function compileTermRegex(term: string): RegExp {
  const compiled = compileTerm(term);
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.regex;
}

describe("keywords check: a line that holds a line break", () => {
  it("still cites the right line", () => {
    const lines = ["First line\nwith a break inside", "Big data pipelines"];
    const outcome = keywordsCheck(buildResume({ lines }), spec(["big data"]), CONTEXT);
    expect(outcome.evidence).toEqual([evidence(2, lines[1]!)]);
  });
});
