// Hand-built screening reports for the audit tests. Every candidate is a fictional file; only the fields the
// audit reads carry meaning (score, meetsRequired, check outcomes), the rest is filled plainly.
import type { CheckResult, FailedCandidate, ScoredCandidate, ScreenReport } from "../../src/model.js";

export const RUBRIC_CHECKS: ScreenReport["checks"] = [
  { id: "degree", kind: "degree", label: "Master's or PhD in CS, EE, Statistics or a related field", weight: 20, required: true, bonus: false },
  { id: "ml-years", kind: "experience", label: "5+ years of industry machine-learning experience", weight: 25, required: false, bonus: false },
];

export interface Spec {
  file: string;
  score: number;
  meets: boolean;
  /** Outcomes by check id; a check left out is absent from the candidate. */
  passed?: Record<string, boolean>;
  candidateId?: string;
}

export function scored(spec: Spec, rank = 1): ScoredCandidate {
  const checks = RUBRIC_CHECKS.filter((check) => spec.passed?.[check.id] !== undefined).map(
    (check): CheckResult => {
      const passed = spec.passed?.[check.id] === true;
      return { ...check, score: passed ? 1 : 0, passed, message: passed ? "met" : "not met", evidence: [] };
    },
  );
  return {
    rank,
    file: spec.file,
    sha256: "0".repeat(64),
    status: "scored",
    score: spec.score,
    meetsRequired: spec.meets,
    ...(spec.candidateId === undefined ? {} : { candidateId: spec.candidateId }),
    contact: { links: [] },
    profile: { highestDegree: "none", degrees: [], experience: { totalYears: 0, professionalYears: 0, periods: [] }, skills: [] },
    checks,
    warnings: [],
  };
}

export function failed(file: string): FailedCandidate {
  return { rank: null, file, status: "error", error: { code: "ENCRYPTED", message: "the PDF is encrypted" } };
}

export function buildReport(specs: Spec[], failures: string[] = [], extra: Partial<ScreenReport> = {}): ScreenReport {
  const candidates = [...specs.map((spec, index) => scored(spec, index + 1)), ...failures.map(failed)];
  return {
    schemaVersion: 1,
    tool: { name: "shortlist", version: "0.1.0" },
    asOf: "2026-11-29",
    rubric: { id: "ml-engineer", name: "Machine Learning Engineer", path: "rubrics/ml-engineer.yaml", sha256: "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a1c3e5b7d9f0a2c4e6b8d0f" },
    checks: RUBRIC_CHECKS,
    summary: { files: candidates.length, scored: specs.length, errors: failures.length, meetsRequired: specs.filter((s) => s.meets).length },
    candidates,
    ...extra,
  };
}

/** n candidates of one group, the first `selected` of them selected, files named prefix-1, prefix-2, … */
export function cohort(prefix: string, n: number, selected: number, score = (i: number) => 40 + (i % 60)): Spec[] {
  return Array.from({ length: n }, (_, i) => ({ file: `${prefix}-${i + 1}.pdf`, score: score(i), meets: i < selected }));
}

/** A groups CSV: header, then one line per row. */
export function csv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((row) => row.join(",")).join("\n") + "\n";
}
