import { describe, expect, it } from "vitest";
import type { Degree } from "../../../src/read/resume.js";
import { degreeCheck } from "../../../src/rubric/checks/degree.js";
import type { DegreeCheckSpec } from "../../../src/rubric/types.js";
import { buildResume, CONTEXT, degree, evidence } from "../helpers.js";

const spec = (extra: Partial<DegreeCheckSpec> = {}): DegreeCheckSpec => ({
  id: "degree",
  kind: "degree",
  label: "Master's",
  weight: 1,
  required: false,
  bonus: false,
  pass: 1,
  min: "master",
  fields: ["computer science", "statistics"],
  in_progress: false,
  ...extra,
});

const msStanford = degree("master", "Computer Science", { name: "M.S.", institution: "Stanford University", year: 2016 });

const cases: { name: string; degrees: Degree[]; spec?: Partial<DegreeCheckSpec>; score: number; message: string }[] = [
  { name: "master in an accepted field", degrees: [msStanford], score: 1, message: "M.S. in Computer Science, Stanford University (2016)" },
  { name: "above the minimum", degrees: [degree("phd", "Statistics", { year: 2019 })], score: 1, message: "PhD in Statistics (2019)" },
  { name: "one level below", degrees: [degree("bachelor", "Computer Science")], score: 0.5, message: "highest: bachelor; needs master" },
  { name: "two levels below", degrees: [degree("associate", "Computer Science")], score: 0, message: "highest: associate; needs master" },
  {
    name: "in progress, not accepted",
    degrees: [degree("master", "Computer Science", { name: "M.S.", institution: "Ohio State University", year: 2027, completed: false })],
    score: 0.75,
    message: "M.S. in Computer Science, Ohio State University (expected 2027); not yet completed",
  },
  {
    name: "in progress, accepted by the rubric",
    degrees: [degree("master", "Statistics", { completed: false })],
    spec: { in_progress: true },
    score: 1,
    message: "Master's degree in Statistics (in progress)",
  },
  {
    name: "field not written",
    degrees: [degree("master", undefined, { name: "M.Sc.", institution: "University of Leeds" })],
    score: 0.5,
    message: "M.Sc., University of Leeds; field could not be confirmed",
  },
  {
    name: "related field counts in full",
    degrees: [degree("master", "Computer Engineering")],
    score: 1,
    message: "Master's degree in Computer Engineering; Computer Engineering counted as related to computer science",
  },
  {
    name: "field outside the list",
    degrees: [degree("master", "Mechanical Engineering")],
    score: 0,
    message: "Master's degree in Mechanical Engineering; Mechanical Engineering is not an accepted field",
  },
  { name: "generic words do not relate fields", degrees: [degree("phd", "Political Science")], score: 0, message: "PhD in Political Science; Political Science is not an accepted field" },
  { name: "abbreviated field", degrees: [degree("master", "CS", { name: "M.S." })], score: 1, message: "M.S. in CS" },
  { name: "no degree", degrees: [], score: 0, message: "no degree found; needs master" },
  {
    name: "best match is not the highest degree",
    degrees: [degree("phd", "History"), degree("bachelor", "Statistics")],
    score: 0.5,
    message: "best match: bachelor; needs master",
  },
  { name: "any field accepted", degrees: [degree("master", "Music")], spec: { fields: [] }, score: 1, message: "Master's degree in Music" },
  {
    name: "credits multiply: one below, in progress, field unknown",
    degrees: [degree("bachelor", undefined, { completed: false })],
    score: 0.5 * 0.75 * 0.5,
    message: "highest: bachelor; needs master; not yet completed; field could not be confirmed",
  },
  { name: "phd minimum", degrees: [msStanford], spec: { min: "phd" }, score: 0.5, message: "highest: master; needs phd" },
];

describe("degree check", () => {
  it.each(cases)("$name", ({ degrees, spec: extra, score, message }) => {
    const outcome = degreeCheck(buildResume({ degrees }), spec(extra), CONTEXT);
    expect(outcome.score).toBeCloseTo(score, 10);
    expect(outcome.message).toBe(message);
  });

  it("cites the degree that earned the score, with ties going to the completed one", () => {
    const expected = degree("master", "Statistics", { evidence: evidence(31, "MS Statistics, 2015") });
    const inProgress = degree("master", "Statistics", { completed: false, evidence: evidence(29, "MS Statistics (expected)") });
    const outcome = degreeCheck(buildResume({ degrees: [inProgress, expected] }), spec({ in_progress: true }), CONTEXT);
    expect(outcome.evidence).toEqual([evidence(31, "MS Statistics, 2015")]);
  });
});
