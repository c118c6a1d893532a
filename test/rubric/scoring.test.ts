import { describe, expect, it } from "vitest";
import type { Candidate } from "../../src/model.js";
import { compareCodePoints, rankCandidates, roundHalfAwayFromZero, scoreResume } from "../../src/rubric/scoring.js";
import type { KeywordsCheckSpec, Rubric } from "../../src/rubric/types.js";
import { buildResume, CONTEXT } from "./helpers.js";

// Keyword checks give exact, predictable scores: with min 4, each of "one".."four" the résumé mentions adds 0.25.
const TERMS = ["one", "two", "three", "four"];
type Planned = { spec: KeywordsCheckSpec; found: number };

const check = (id: string, found: number, extra: Partial<KeywordsCheckSpec> = {}): Planned => ({
  spec: { id, kind: "keywords", label: id, weight: 1, required: false, bonus: false, pass: 1, any: TERMS.map((t) => `${id}-${t}`), min: 4, ...extra },
  found,
});

function score(planned: Planned[]) {
  const lines = planned.flatMap(({ spec, found }) => TERMS.slice(0, found).map((term) => `${spec.id}-${term}`));
  const rubric: Rubric = { id: "r", name: "R", checks: planned.map(({ spec }) => spec) };
  return scoreResume(buildResume({ lines }), rubric, CONTEXT);
}

describe("scoreResume", () => {
  it.each([
    { name: "weighted mean of the regular checks", checks: [check("a", 4, { weight: 20 }), check("b", 2, { weight: 30 })], score: 70 },
    { name: "bonus adds on top", checks: [check("a", 4, { weight: 20 }), check("b", 2, { weight: 30 }), check("c", 4, { weight: 10, bonus: true })], score: 90 },
    { name: "bonus never takes away", checks: [check("a", 3, { weight: 10 }), check("c", 0, { weight: 10, bonus: true })], score: 75 },
    { name: "bonus is capped at 100", checks: [check("a", 4, { weight: 10 }), check("c", 4, { weight: 10, bonus: true })], score: 100 },
    { name: "bonus makes up for a weak check", checks: [check("a", 2, { weight: 10 }), check("c", 2, { weight: 10, bonus: true })], score: 100 },
    { name: "one decimal, half away from zero", checks: [check("a", 1, { weight: 1 }), check("b", 0, { weight: 1 }), check("c", 0, { weight: 1 })], score: 8.3 },
    { name: "two thirds", checks: [check("a", 4, { weight: 2 }), check("b", 0, { weight: 1 })], score: 66.7 },
    { name: "weight 0 counts for nothing", checks: [check("a", 4, { weight: 0 }), check("b", 1, { weight: 1 })], score: 25 },
    { name: "no regular weight scores 0", checks: [check("a", 4, { weight: 0 }), check("c", 4, { weight: 5, bonus: true })], score: 0 },
  ])("$name", ({ checks, score: expected }) => {
    expect(score(checks).score).toBe(expected);
  });

  it("passes a check at its threshold and knocks out a failed required check", () => {
    const result = score([check("a", 2, { required: true, pass: 0.5 }), check("b", 3, { required: true }), check("c", 1)]);
    expect(result.checks.map((c) => [c.id, c.score, c.passed])).toEqual([
      ["a", 0.5, true],
      ["b", 0.75, false],
      ["c", 0.25, false],
    ]);
    expect(result.meetsRequired).toBe(false);
    expect(score([check("a", 2, { required: true, pass: 0.5 }), check("c", 0)]).meetsRequired).toBe(true);
  });

  it("reports each check with its settings, message and evidence", () => {
    const [result] = score([check("a", 1, { weight: 7, bonus: true })]).checks;
    expect(result).toEqual({
      id: "a",
      kind: "keywords",
      label: "a",
      weight: 7,
      required: false,
      bonus: true,
      score: 0.25,
      passed: false,
      message: "found 1 (needs 4): a-one; missing: a-two, a-three, a-four",
      evidence: [{ page: 1, line: 1, text: "a-one" }],
    });
  });
});

describe("roundHalfAwayFromZero", () => {
  it.each([
    [87.45, 1, 87.5],
    [87.449, 1, 87.4],
    [87.4499999999, 1, 87.5], // binary noise of 87.45, absorbed
    [0.05, 1, 0.1],
    [-0.05, 1, -0.1],
    [-0.04, 1, 0],
    [1.005, 2, 1.01],
    [100, 1, 100],
    [2 / 3, 4, 0.6667],
  ])("%d to %d places is %d", (value, places, expected) => {
    expect(roundHalfAwayFromZero(value, places)).toBe(expected);
  });
});

describe("rankCandidates", () => {
  const scored = (file: string, score: number, meetsRequired = true): Candidate => ({
    rank: 0,
    file,
    sha256: "",
    status: "scored",
    score,
    meetsRequired,
    contact: { links: [] },
    profile: { highestDegree: "none", degrees: [], experience: { totalYears: 0, periods: [] }, skills: [] },
    checks: [],
    warnings: [],
  });
  const failed = (file: string): Candidate => ({ rank: null, file, status: "error", error: { code: "CORRUPT", message: "bad" } });

  it("ranks by requirements met, then score, then path; failures last by path", () => {
    const ranked = rankCandidates([
      failed("z.pdf"),
      scored("b.pdf", 80),
      scored("knockout.pdf", 99, false),
      failed("a.pdf"),
      scored("a.pdf", 80),
      scored("c.pdf", 91.5),
      scored("Z.pdf", 80),
    ]);
    expect(ranked.map((c) => [c.rank, c.file])).toEqual([
      [1, "c.pdf"],
      [2, "Z.pdf"],
      [3, "a.pdf"],
      [4, "b.pdf"],
      [5, "knockout.pdf"],
      [null, "a.pdf"],
      [null, "z.pdf"],
    ]);
  });

  it("puts rank first in each candidate, as the report shows it", () => {
    const { rank: _rank, ...unranked } = scored("a.pdf", 1) as Extract<Candidate, { status: "scored" }>;
    expect(Object.keys(rankCandidates([unranked])[0]!)[0]).toBe("rank");
  });

  it("orders paths by code point, not by UTF-16 unit or locale", () => {
    expect(compareCodePoints("\u{1F600}.pdf", "\uFFFF.pdf")).toBeGreaterThan(0);
    expect(compareCodePoints("é.pdf", "z.pdf")).toBeGreaterThan(0);
    expect(compareCodePoints("a", "ab")).toBeLessThan(0);
  });
});
