import { describe, expect, it } from "vitest";
import { experienceCheck } from "../../../src/rubric/checks/experience.js";
import type { ExperienceCheckSpec } from "../../../src/rubric/types.js";
import { buildResume, CONTEXT, evidence, period } from "../helpers.js";

// Counting belongs to the read layer and is tested there; these cases use it as it is (both end months
// count, overlaps once, "present" is the as-of month, 2026-06) and test what the check adds: which roles count,
// the score and the message.
const spec = (extra: Partial<ExperienceCheckSpec> = {}): ExperienceCheckSpec => ({
  id: "years",
  kind: "experience",
  label: "Years",
  weight: 1,
  required: false,
  bonus: false,
  pass: 1,
  min_years: 5,
  relevant: ["machine learning", "data scientist"],
  count: "professional",
  ...extra,
});

const mlEngineer = period("2023-06", "present", { title: "Machine Learning Engineer", evidence: evidence(4, "Machine Learning Engineer, Jun 2023 – Present") });
const dataScientist = period("2021-06", "2022-06", { title: "Data Scientist", evidence: evidence(9, "Data Scientist, 2021 – 2022") });
const waiter = period("2015-01", "2021-01", { title: "Waiter", evidence: evidence(14, "Waiter, 2015 – 2021") });
const intern = period("2020-06", "2020-09", { title: "Machine Learning Intern", kind: "internship", evidence: evidence(18, "Intern") });

const teachingAssistant = period("2013-01", "2014-12", { title: "Teaching Assistant, Machine Learning", kind: "student", evidence: evidence(20, "Teaching Assistant") });

describe("experience check", () => {
  it.each([
    { name: "partial credit: 37 of 60 months", periods: [mlEngineer], extra: {}, score: 0.62, message: "3.1 of 5 years in relevant roles (1 role)" },
    { name: "relevant roles add up", periods: [mlEngineer, dataScientist, waiter], extra: {}, score: 0.84, message: "4.2 of 5 years in relevant roles (2 roles)" },
    { name: "capped at full credit", periods: [mlEngineer, dataScientist], extra: { min_years: 2 }, score: 1, message: "4.2 years in relevant roles (2 roles); needs 2" },
    { name: "no relevant role", periods: [waiter, intern], extra: {}, score: 0, message: "no relevant roles found; needs 5 years" },
    { name: "every professional role when relevant is empty", periods: [mlEngineer, waiter, intern], extra: { relevant: [], min_years: 10 }, score: 0.92, message: "9.2 of 10 years of professional experience (2 roles)" },
    { name: "internships and student jobs count with count: all", periods: [mlEngineer, waiter, teachingAssistant], extra: { relevant: [], min_years: 10, count: "all" as const }, score: 1, message: "11.2 years of paid experience (3 roles); needs 10" },
    { name: "a relevant internship counts with count: all", periods: [mlEngineer, intern, waiter], extra: { count: "all" as const }, score: 0.68, message: "3.4 of 5 years in relevant roles (2 roles)" },
    { name: "no role at all with count: all", periods: [], extra: { relevant: [], count: "all" as const }, score: 0, message: "no paid roles found; needs 5 years" },
    { name: "fractional years", periods: [period("2024-03", "2026-06", { title: "ML Engineer, machine learning" })], extra: {}, score: 0.46, message: "2.3 of 5 years in relevant roles (1 role)" },
  ])("$name", ({ periods, extra, score, message }) => {
    const outcome = experienceCheck(buildResume({ periods }), spec(extra), CONTEXT);
    expect(outcome.score).toBeCloseTo(score, 10);
    expect(outcome.message).toBe(message);
  });

  it("cites the counted roles' date lines, in reading order", () => {
    const outcome = experienceCheck(buildResume({ periods: [dataScientist, waiter, mlEngineer] }), spec(), CONTEXT);
    expect(outcome.evidence).toEqual([evidence(4, "Machine Learning Engineer, Jun 2023 – Present"), evidence(9, "Data Scientist, 2021 – 2022")]);
  });
});
