// A candidate cites the same few lines many times over: a skill's mentions, the check that counted it, the
// role it sits in. Each citation arrives as its own object (and often its own copy of the text), which for a
// batch of thousands is most of the memory its report holds. Equal citations are made one object here; the
// report's text is unchanged, since equal objects (same keys in the same order) print alike.
import type { Evidence } from "./read/resume.js";
import type { ScoredCandidate } from "./model.js";

export function shareEvidence(candidate: ScoredCandidate): ScoredCandidate {
  const seen = new Map<string, Evidence>();
  const one = (evidence: Evidence): Evidence => {
    const key = JSON.stringify(evidence);
    const known = seen.get(key);
    if (known) return known;
    seen.set(key, evidence);
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
