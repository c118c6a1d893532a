// The experience check: years in (relevant) roles, overlaps counted once, against a minimum.
// Counting years is the read layer's job (read/experience-years.ts); this check only chooses which roles count,
// compares and explains.
import { PROFESSIONAL_KINDS, WORKED_KINDS, relevantYears, yearsOfKinds } from "../../read/experience-years.js";
import type { ExperienceCheckSpec } from "../types.js";
import type { CheckFn } from "./check.js";
import { oneDecimal, plural, uniqueEvidence } from "./format.js";

const COUNTED = { professional: PROFESSIONAL_KINDS, all: WORKED_KINDS } as const;
const WHAT = { professional: "professional", all: "paid" } as const;

export const experienceCheck: CheckFn<ExperienceCheckSpec> = (resume, spec, context) => {
  const kinds = COUNTED[spec.count] ?? PROFESSIONAL_KINDS;
  const what = WHAT[spec.count] ?? WHAT.professional;
  // A role that starts after the as-of date adds no years, so it is not cited either ("YYYY-MM" compares as text).
  const asOfMonth = context.asOf.slice(0, 7);
  const counted =
    spec.relevant.length === 0
      ? { years: yearsOfKinds(resume.periods, context.asOf, kinds), periods: resume.periods.filter((p) => kinds.has(p.kind) && p.start <= asOfMonth) }
      : relevantYears(resume.periods, spec.relevant, context.asOf, kinds);
  const where = spec.relevant.length === 0 ? `of ${what} experience` : "in relevant roles";
  const roles = plural(counted.periods.length, "role");
  const years = oneDecimal(counted.years);
  const message =
    counted.periods.length === 0
      ? `no ${spec.relevant.length === 0 ? what : "relevant"} roles found; needs ${spec.min_years} years`
      : counted.years >= spec.min_years
        ? `${years} years ${where} (${roles}); needs ${spec.min_years}`
        : `${years} of ${spec.min_years} years ${where} (${roles})`;
  return {
    score: Math.min(1, counted.years / spec.min_years),
    evidence: uniqueEvidence(counted.periods.map((period) => period.evidence)),
    message,
  };
};
