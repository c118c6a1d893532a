// The experience check with the read layer's real year counting: overlaps once, relevance from descriptions.
import { describe, expect, it } from "vitest";
import { experienceCheck } from "../../../src/rubric/checks/experience.js";
import type { ExperienceCheckSpec } from "../../../src/rubric/types.js";
import { buildResume, CONTEXT, evidence, period } from "../helpers.js";

const spec: ExperienceCheckSpec = {
  id: "ml-years",
  kind: "experience",
  label: "ML years",
  weight: 1,
  required: false,
  bonus: false,
  pass: 1,
  min_years: 5,
  relevant: ["machine learning", "ml"],
};

describe("experience check over real periods", () => {
  it("counts overlapping relevant roles once and finds relevance in the role's bullets", () => {
    const resume = buildResume({
      periods: [
        period("2022-01", "present", { title: "Senior ML Engineer", org: "Quillon Health", evidence: evidence(3, "Senior ML Engineer, Jan 2022 – Present") }),
        period("2021-01", "2023-01", {
          title: "Software Engineer",
          evidence: evidence(8, "Software Engineer, 2021 – 2023"),
          details: [evidence(9, "Shipped machine learning features for fraud scoring")],
        }),
        period("2017-01", "2021-01", { title: "Web Developer", evidence: evidence(12, "Web Developer, 2017 – 2021") }),
        period("2020-06", "2020-09", { title: "ML Intern", kind: "internship", evidence: evidence(15, "ML Intern, Summer 2020") }),
      ],
    });
    const outcome = experienceCheck(resume, spec, CONTEXT);
    // 2021-01 … 2026-06 as one span, both end months counted: 66 months, 5.5 years; the web role and the
    // internship do not count.
    expect(outcome.message).toBe("5.5 years in relevant roles (2 roles); needs 5");
    expect(outcome.score).toBe(1);
    expect(outcome.evidence.map((e) => e.line)).toEqual([3, 8]);
  });

  it("counts every job and research role when relevant is empty", () => {
    const resume = buildResume({
      periods: [
        period("2023-07", "2026-06", { kind: "research" }), // 36 months with both ends counted
        period("2024-01", "2025-01", { kind: "volunteer" }),
        period("2026-09", "present", { title: "Starts after the as-of date" }),
      ],
    });
    const outcome = experienceCheck(resume, { ...spec, relevant: [] }, CONTEXT);
    expect(outcome.score).toBe(0.6);
    expect(outcome.message).toBe("3 of 5 years of professional experience (1 role)");
  });
});
