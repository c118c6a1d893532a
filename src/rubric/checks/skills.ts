// The skills check: which of the listed vocabulary skills the résumé mentions.
//   any: each found earns 1/min, up to full credit;   all: each found earns 1/(number listed).
import type { SkillsCheckSpec } from "../types.js";
import type { CheckFn } from "./check.js";
import { listed, uniqueEvidence } from "./format.js";

/** Enough lines to show where a skill appears without repeating every mention. */
const EVIDENCE_PER_SKILL = 2;

export const skillsCheck: CheckFn<SkillsCheckSpec> = (resume, spec) => {
  const mentioned = new Map(resume.skills.filter((skill) => skill.mentions > 0).map((skill) => [skill.id, skill]));
  const wanted = spec.all ?? spec.any ?? [];
  const found = wanted.filter((id) => mentioned.has(id));
  const missing = wanted.filter((id) => !mentioned.has(id));
  const needed = spec.all ? wanted.length : (spec.min ?? 1);
  const score = wanted.length === 0 ? 0 : Math.min(1, found.length / needed);
  const count = spec.all ? `found ${found.length} of ${wanted.length}` : `found ${found.length} (needs ${needed})`;
  const message = [found.length > 0 ? `${count}: ${listed(found)}` : count, missing.length > 0 ? `missing: ${listed(missing)}` : ""]
    .filter(Boolean)
    .join("; ");
  const evidence = uniqueEvidence(found.flatMap((id) => mentioned.get(id)!.evidence.slice(0, EVIDENCE_PER_SKILL)));
  return { score, evidence, message };
};
