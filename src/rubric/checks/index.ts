// The registry of check kinds: adding a kind is one module, one entry here and one in schema.ts KINDS.
import type { Resume } from "../../read/resume.js";
import type { CheckKind, CheckSpec } from "../types.js";
import type { CheckContext, CheckFn, CheckOutcome } from "./check.js";
import { degreeCheck } from "./degree.js";
import { experienceCheck } from "./experience.js";
import { keywordsCheck } from "./keywords.js";
import { skillsCheck } from "./skills.js";

export const CHECKS: { [K in CheckKind]: CheckFn<Extract<CheckSpec, { kind: K }>> } = {
  degree: degreeCheck,
  experience: experienceCheck,
  skills: skillsCheck,
  keywords: keywordsCheck,
};

export function runCheck(spec: CheckSpec, resume: Resume, context: CheckContext): CheckOutcome {
  // The mapped type above pairs each kind with its own spec, which TypeScript cannot follow through the lookup.
  const check = CHECKS[spec.kind] as CheckFn<CheckSpec>;
  return check(resume, spec, context);
}
