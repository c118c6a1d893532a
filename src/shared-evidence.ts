// A candidate cites the same few lines many times over: a skill's mentions, the check that counted it, the
// role it sits in. Each citation arrives as its own object (and often its own copy of the text), which for a
// batch of thousands is most of the memory its report holds. Equal citations are made one object here; the
// report's text is unchanged, since equal objects (same keys in the same order) print alike.
import type { Evidence } from "./read/resume.js";
import type { ScoredCandidate } from "./model.js";

export function shareEvidence(candidate: ScoredCandidate): ScoredCandidate {
  const seen = new Map<string, Evidence>();
  const one = (evidence: Evidence): Evidence => {
    const key = `${evidence.page}\u0000${evidence.line}\u0000${evidence.text}`;
    const known = seen.get(key);
    if (known && sameKeys(known, evidence)) return known;
    if (!known) seen.set(key, evidence);
    return evidence;
  };
  const all = (list: Evidence[]): Evidence[] => list.map(one);
  const { profile } = candidate;
  return {
    ...candidate,
    profile: {
      ...profile,
      degrees: profile.degrees.map((degree) => ({ ...degree, evidence: one(degree.evidence) })),
      experience: { ...profile.experience, periods: profile.experience.periods.map((period) => ({ ...period, evidence: one(period.evidence) })) },
      skills: profile.skills.map((skill) => ({ ...skill, evidence: all(skill.evidence) })),
    },
    checks: candidate.checks.map((check) => ({ ...check, evidence: all(check.evidence) })),
  };
}

/** Same keys in the same order (and so the same text once printed); citations carry a handful of keys. */
function sameKeys(a: object, b: object): boolean {
  const left = Object.keys(a);
  const right = Object.keys(b);
  return left.length === right.length && left.every((key, i) => key === right[i]);
}
