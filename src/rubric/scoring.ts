// The only place that knows weights, required and bonus checks, rounding and ranking.
//
//   score = 100 × (Σ w·s over regular checks + Σ w·s over bonus checks) / Σ w over regular checks
//
// where s ∈ [0,1] is a check's score and w its weight. Bonus checks add credit without raising the bar,
// so they can make up for a weak regular check but never count against anyone; the result is capped at 100
// and rounded to one decimal, halves away from zero. With no regular weight at all the score is 0.
// A check passes when s ≥ its `pass`; a candidate meets the requirements when every required check passes.
import type { Candidate, CheckResult, FailedCandidate, ScoredCandidate } from "../model.js";
import type { Resume } from "../read/resume.js";
import type { CheckContext } from "./checks/check.js";
import { runCheck } from "./checks/index.js";
import type { Rubric } from "./types.js";

export interface ResumeScore {
  /** 0..100, one decimal. */
  score: number;
  meetsRequired: boolean;
  checks: CheckResult[];
}

/**
 * Rounds half away from zero at `decimals` places. The value is first written out at nine decimals, which
 * absorbs binary noise (87.45 stored as 87.4499999…) so equal inputs on any machine round alike.
 */
export function roundHalfAwayFromZero(value: number, decimals = 1): number {
  const [whole, fraction = ""] = Math.abs(value).toFixed(9).split(".") as [string, string?];
  const scaled = Number(whole + fraction.slice(0, decimals));
  const roundedUp = Number(fraction[decimals] ?? "0") >= 5 ? scaled + 1 : scaled;
  const result = roundedUp / 10 ** decimals;
  return value < 0 && result !== 0 ? -result : result;
}

/** Check scores are kept to four decimals: enough for any weighting, and stable when compared with `pass`. */
const checkScore = (score: number): number => {
  if (!Number.isFinite(score) || score <= 0) return 0;
  // Most checks score exactly 0 or 1, which need no rounding.
  return score >= 1 ? 1 : roundHalfAwayFromZero(score, 4);
};

export function scoreResume(resume: Resume, rubric: Rubric, context: CheckContext): ResumeScore {
  const checks: CheckResult[] = rubric.checks.map((spec) => {
    const outcome = runCheck(spec, resume, context);
    const score = checkScore(outcome.score);
    return {
      id: spec.id,
      kind: spec.kind,
      label: spec.label,
      weight: spec.weight,
      required: spec.required,
      bonus: spec.bonus,
      score,
      passed: score >= spec.pass,
      message: outcome.message,
      evidence: outcome.evidence,
    };
  });
  const regularWeight = checks.filter((c) => !c.bonus).reduce((sum, c) => sum + c.weight, 0);
  const earned = checks.reduce((sum, c) => sum + c.weight * c.score, 0);
  const score = regularWeight === 0 ? 0 : roundHalfAwayFromZero(Math.min(100, (100 * earned) / regularWeight));
  return { score, meetsRequired: checks.every((c) => !c.required || c.passed), checks };
}

/** Code-point order, so the tie-break does not depend on the machine's locale or on UTF-16 surrogates. */
export function compareCodePoints(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = left[i]!.codePointAt(0)! - right[i]!.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

type Unranked<C> = C extends Candidate ? Omit<C, "rank"> : never;

/**
 * Candidates who meet every requirement first (a knockout ranks below the rest), then by score, highest first,
 * then by file path; files that failed come last, by path. Ranks are 1..n for scored files and null for failures.
 */
export function rankCandidates(candidates: ReadonlyArray<Unranked<Candidate>>): Candidate[] {
  const scored = candidates.filter((c): c is Unranked<ScoredCandidate> => c.status === "scored");
  const failed = candidates.filter((c): c is Unranked<FailedCandidate> => c.status === "error");
  scored.sort(
    (a, b) => Number(b.meetsRequired) - Number(a.meetsRequired) || b.score - a.score || compareCodePoints(a.file, b.file),
  );
  failed.sort((a, b) => compareCodePoints(a.file, b.file));
  return [...scored.map((c, index) => withRank<ScoredCandidate>(c, index + 1)), ...failed.map((c) => withRank<FailedCandidate>(c, null))];
}

/** `rank` goes first, as the report contract shows it, whether or not the candidate had one before. */
function withRank<C extends Candidate>(candidate: Unranked<C>, rank: C["rank"]): C {
  const { rank: _previous, ...rest } = candidate as Unranked<C> & { rank?: unknown };
  return { rank, ...rest } as unknown as C;
}
