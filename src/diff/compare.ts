// What a rubric change does to a ranking: two reports over the same files → the candidates that moved and
// the checks that moved them, most affected first. Pure; reads the reports only.
import type { CheckResult, RubricRef, ScoredCandidate, ScreenReport } from "../model.js";

export interface CheckDriver {
  check: string;
  /** Points (0..100 scale) the check gave under each rubric; null where the rubric lacks the check. */
  base: number | null;
  head: number | null;
  delta: number;
}

export interface CandidateChange {
  file: string;
  name?: string;
  base: { rank: number | null; score: number | null; meetsRequired: boolean | null };
  head: { rank: number | null; score: number | null; meetsRequired: boolean | null };
  scoreDelta: number;
  rankDelta: number;
  requiredChanged: boolean;
  drivers: CheckDriver[];
}

export interface RankingDiff {
  asOf: string;
  base: RubricRef;
  head: RubricRef;
  summary: { files: number; changed: number; rankChanged: number; requiredChanged: number; baseMeetsRequired: number; headMeetsRequired: number };
  checks: { added: string[]; removed: string[]; changed: string[] };
  changes: CandidateChange[];
}

export function compareReports(base: ScreenReport, head: ScreenReport): RankingDiff {
  const headByFile = new Map(head.candidates.map((c) => [c.file, c]));
  const changes: CandidateChange[] = [];
  for (const before of base.candidates) {
    const after = headByFile.get(before.file);
    if (!after || before.status !== "scored" || after.status !== "scored") continue;
    const change = candidateChange(before, after, base, head);
    if (change.scoreDelta !== 0 || change.rankDelta !== 0 || change.requiredChanged) changes.push(change);
  }
  changes.sort(
    (a, b) =>
      Number(b.requiredChanged) - Number(a.requiredChanged) ||
      Math.abs(b.scoreDelta) - Math.abs(a.scoreDelta) ||
      Math.abs(b.rankDelta) - Math.abs(a.rankDelta) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
  const baseIds = new Map(base.checks.map((c) => [c.id, c]));
  const headIds = new Map(head.checks.map((c) => [c.id, c]));
  return {
    asOf: head.asOf,
    base: base.rubric,
    head: head.rubric,
    summary: {
      files: head.summary.files,
      changed: changes.length,
      rankChanged: changes.filter((c) => c.rankDelta !== 0).length,
      requiredChanged: changes.filter((c) => c.requiredChanged).length,
      baseMeetsRequired: base.summary.meetsRequired,
      headMeetsRequired: head.summary.meetsRequired,
    },
    checks: {
      added: [...headIds.keys()].filter((id) => !baseIds.has(id)),
      removed: [...baseIds.keys()].filter((id) => !headIds.has(id)),
      changed: [...headIds.values()]
        .filter((c) => baseIds.has(c.id) && JSON.stringify(baseIds.get(c.id)) !== JSON.stringify(c))
        .map((c) => c.id),
    },
    changes,
  };
}

function candidateChange(before: ScoredCandidate, after: ScoredCandidate, base: ScreenReport, head: ScreenReport): CandidateChange {
  const points = (checks: CheckResult[], report: ScreenReport) => {
    const denominator = report.checks.filter((c) => !c.bonus).reduce((sum, c) => sum + c.weight, 0) || 1;
    return new Map(checks.map((c) => [c.id, round1((100 * c.weight * c.score) / denominator)]));
  };
  const basePoints = points(before.checks, base);
  const headPoints = points(after.checks, head);
  const ids = [...new Set([...basePoints.keys(), ...headPoints.keys()])];
  const drivers = ids
    .map((check) => {
      const b = basePoints.get(check) ?? null;
      const h = headPoints.get(check) ?? null;
      return { check, base: b, head: h, delta: round1((h ?? 0) - (b ?? 0)) };
    })
    .filter((d) => d.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.check < b.check ? -1 : 1));
  const change: CandidateChange = {
    file: before.file,
    base: { rank: before.rank, score: before.score, meetsRequired: before.meetsRequired },
    head: { rank: after.rank, score: after.score, meetsRequired: after.meetsRequired },
    scoreDelta: round1(after.score - before.score),
    rankDelta: before.rank - after.rank,
    requiredChanged: before.meetsRequired !== after.meetsRequired,
    drivers,
  };
  const name = after.candidateId ?? after.contact.name;
  return name ? { ...change, name } : change;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10 + 0; // + 0 turns -0 into 0
}
