// The skills check: which of the listed vocabulary skills the résumé mentions.
//   any: each found earns 1/min, up to full credit;   all: each found earns 1/(number listed).
import type { SkillMention } from "../../read/resume.js";
import type { SkillsCheckSpec } from "../types.js";
import type { CheckFn } from "./check.js";
import { listed, uniqueEvidence } from "./format.js";
import { rememberedFor } from "../../remembered.js";

/** Enough lines to show where a skill appears without repeating every mention. */
const EVIDENCE_PER_SKILL = 2;

export const skillsCheck: CheckFn<SkillsCheckSpec> = (resume, spec) => {
  const mentioned = mentionedSkills(resume.skills);
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

/** The skills a résumé mentions, by id, made once per résumé: a rubric asks after them in several checks. */
const mentionedSkills = rememberedFor((skills: readonly SkillMention[]): Map<string, SkillMention> => {
  const mentioned = new Map<string, SkillMention>();
  for (const skill of skills) if (skill.mentions > 0) mentioned.set(skill.id, skill);
  return mentioned;
});
