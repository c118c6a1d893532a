// A candidate cites the same few lines many times over: a skill's mentions, the check that counted it, the
// role it sits in. Each citation arrives as its own object (and often its own copy of the text), which for a
// batch of thousands is most of the memory its report holds. Equal citations are made one object here; the
// report's text is unchanged, since equal objects (same keys in the same order) print alike.
import type { Evidence } from "./read/resume.js";
import type { ScoredCandidate } from "./model.js";

export function shareEvidence(candidate: ScoredCandidate): ScoredCandidate {
  // By page and line first: most citations differ there, and comparing numbers builds no key string.
  const seen = new Map<number, Map<number, Evidence[]>>();
  const one = (evidence: Evidence): Evidence => {
    let page = seen.get(evidence.page);
    if (!page) seen.set(evidence.page, (page = new Map()));
    const known = page.get(evidence.line);
    if (!known) {
      page.set(evidence.line, [evidence]);
      return evidence;
    }
    const same = known.find((k) => k.text === evidence.text);
    if (!same) known.push(evidence);
    else if (sameKeys(same, evidence)) return same;
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
