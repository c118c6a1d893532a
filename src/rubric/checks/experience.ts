// The experience check: years in (relevant) professional roles, overlaps counted once, against a minimum.
// Counting years is the read layer's job (read/experience.ts); this check only compares and explains.
import { relevantYears, totalYears } from "../../read/experience.js";
import type { ExperienceCheckSpec } from "../types.js";
import type { CheckFn } from "./check.js";
import { oneDecimal, plural, uniqueEvidence } from "./format.js";

/** The kinds totalYears counts (DESIGN §5): internships, student jobs and volunteering are listed, not counted. */
const PROFESSIONAL = new Set(["job", "research"]);

export const experienceCheck: CheckFn<ExperienceCheckSpec> = (resume, spec, context) => {
  // A role that starts after the as-of date adds no years, so it is not cited either ("YYYY-MM" compares as text).
  const asOfMonth = context.asOf.slice(0, 7);
  const counted =
    spec.relevant.length === 0
      ? { years: totalYears(resume.periods, context.asOf), periods: resume.periods.filter((p) => PROFESSIONAL.has(p.kind) && p.start <= asOfMonth) }
      : relevantYears(resume.periods, spec.relevant, context.asOf);
  const where = spec.relevant.length === 0 ? "of professional experience" : "in relevant roles";
  const roles = plural(counted.periods.length, "role");
  const years = oneDecimal(counted.years);
  const message =
    counted.periods.length === 0
      ? `no ${spec.relevant.length === 0 ? "professional" : "relevant"} roles found; needs ${spec.min_years} years`
      : counted.years >= spec.min_years
        ? `${years} years ${where} (${roles}); needs ${spec.min_years}`
        : `${years} of ${spec.min_years} years ${where} (${roles})`;
  return {
    score: Math.min(1, counted.years / spec.min_years),
    evidence: uniqueEvidence(counted.periods.map((period) => period.evidence)),
    message,
  };
};
