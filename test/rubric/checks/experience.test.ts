import { describe, expect, it, vi } from "vitest";
import type { Period } from "../../../src/read/resume.js";
import { experienceCheck } from "../../../src/rubric/checks/experience.js";
import type { ExperienceCheckSpec } from "../../../src/rubric/types.js";
import { buildResume, CONTEXT, evidence, period } from "../helpers.js";

// Counting years belongs to the read layer and is tested there. This stand-in keeps the check's own logic in
// view: whole months from start to end ("present" = asOf), overlaps not merged, job and research roles only,
// and a role is relevant when its title contains a term.
vi.mock("../../../src/read/experience.js", () => {
  const months = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7));
  const years = (periods: Period[], asOf: string) =>
    periods.reduce((sum, p) => sum + (months(p.end === "present" ? asOf : p.end) - months(p.start)) / 12, 0);
  const professional = (periods: Period[]) => periods.filter((p) => p.kind === "job" || p.kind === "research");
  return {
    totalYears: (periods: Period[], asOf: string) => years(professional(periods), asOf),
    relevantYears: (periods: Period[], terms: string[], asOf: string) => {
      const relevant = professional(periods).filter((p) => terms.some((t) => (p.title ?? "").toLowerCase().includes(t)));
      return { years: years(relevant, asOf), periods: relevant };
    },
  };
});

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
  ...extra,
});

const mlEngineer = period("2023-06", "present", { title: "Machine Learning Engineer", evidence: evidence(4, "Machine Learning Engineer, Jun 2023 – Present") });
const dataScientist = period("2021-06", "2022-06", { title: "Data Scientist", evidence: evidence(9, "Data Scientist, 2021 – 2022") });
const waiter = period("2015-01", "2021-01", { title: "Waiter", evidence: evidence(14, "Waiter, 2015 – 2021") });
const intern = period("2020-06", "2020-09", { title: "Machine Learning Intern", kind: "internship", evidence: evidence(18, "Intern") });

describe("experience check", () => {
  it.each([
    { name: "partial credit: 3 of 5 years", periods: [mlEngineer], extra: {}, score: 0.6, message: "3 of 5 years in relevant roles (1 role)" },
    { name: "relevant roles add up", periods: [mlEngineer, dataScientist, waiter], extra: {}, score: 0.8, message: "4 of 5 years in relevant roles (2 roles)" },
    { name: "capped at full credit", periods: [mlEngineer, dataScientist], extra: { min_years: 2 }, score: 1, message: "4 years in relevant roles (2 roles); needs 2" },
    { name: "no relevant role", periods: [waiter, intern], extra: {}, score: 0, message: "no relevant roles found; needs 5 years" },
    { name: "every professional role when relevant is empty", periods: [mlEngineer, waiter, intern], extra: { relevant: [], min_years: 10 }, score: 0.9, message: "9 of 10 years of professional experience (2 roles)" },
    { name: "fractional years", periods: [period("2024-03", "2026-06", { title: "ML Engineer, machine learning" })], extra: {}, score: 0.45, message: "2.3 of 5 years in relevant roles (1 role)" },
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
