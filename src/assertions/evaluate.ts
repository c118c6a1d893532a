// Evaluates assertions against a finished report. Reads results only; never re-scores.
import type { Candidate, ScoredCandidate, ScreenReport } from "../model.js";
import type { AssertionOutcome, BatchAssertion, FileAssertion } from "./types.js";
import type { Assertion } from "./types.js";

export function evaluate(report: ScreenReport, assertions: Assertion[]): AssertionOutcome[] {
  return assertions.flatMap((a) => ("batch" in a ? evaluateBatch(report, a) : evaluateFile(report, a)));
}

/** A path as the report gives it, or a file name (or trailing path) that is unique in the batch. */
export function findCandidate(report: ScreenReport, file: string): { candidate?: Candidate; problem?: string } {
  const exact = report.candidates.find((c) => c.file === file);
  if (exact) return { candidate: exact };
  const matches = report.candidates.filter((c) => c.file.endsWith(`/${file}`));
  if (matches.length === 1) return { candidate: matches[0] };
  if (matches.length > 1) return { problem: `"${file}" matches ${matches.length} files: ${matches.map((m) => m.file).join(", ")}` };
  return { problem: `no file "${file}" in this batch` };
}

function evaluateFile(report: ScreenReport, a: FileAssertion): AssertionOutcome[] {
  const out: AssertionOutcome[] = [];
  const push = (property: string, passed: boolean, expected: string, actual: string, details: string[] = []) =>
    out.push({ level: a.level, name: `${a.file} ${property}`, passed, expected, actual, details, line: a.line });
  const { candidate, problem } = findCandidate(report, a.file);
  if (!candidate) {
    push("file", false, "present", problem!);
    return out;
  }
  if (a.status !== undefined) {
    const actual = candidate.status === "scored" ? "scored" : candidate.error.code;
    push("status", actual === a.status, a.status, actual, candidate.status === "error" ? [candidate.error.message] : []);
  }
  const wantsScore = [a.minScore, a.maxScore, a.meetsRequired, a.inTop, a.rankAbove].some((v) => v !== undefined);
  if (!wantsScore) return out;
  if (candidate.status !== "scored") {
    push("scored", false, "scored", `${candidate.error.code}: ${candidate.error.message}`);
    return out;
  }
  if (a.minScore !== undefined) push("minScore", candidate.score >= a.minScore, `≥ ${a.minScore}`, String(candidate.score), shortfalls(candidate));
  if (a.maxScore !== undefined) push("maxScore", candidate.score <= a.maxScore, `≤ ${a.maxScore}`, String(candidate.score), strengths(candidate));
  if (a.meetsRequired !== undefined) {
    const details = a.meetsRequired ? shortfalls(candidate, true) : strengths(candidate, true);
    push("meetsRequired", candidate.meetsRequired === a.meetsRequired, String(a.meetsRequired), String(candidate.meetsRequired), details);
  }
  if (a.inTop !== undefined) push("inTop", candidate.rank <= a.inTop, `rank ≤ ${a.inTop}`, `rank ${candidate.rank}`, shortfalls(candidate));
  if (a.rankAbove !== undefined) {
    const other = findCandidate(report, a.rankAbove);
    if (!other.candidate) push("rankAbove", false, `above ${a.rankAbove}`, other.problem!);
    else {
      const otherRank = other.candidate.rank;
      const passed = otherRank === null || candidate.rank < otherRank;
      push("rankAbove", passed, `above ${a.rankAbove}`, `rank ${candidate.rank} vs ${otherRank ?? "unranked"}`, shortfalls(candidate));
    }
  }
  return out;
}

function evaluateBatch(report: ScreenReport, a: BatchAssertion): AssertionOutcome[] {
  const out: AssertionOutcome[] = [];
  const s = report.summary;
  const push = (property: string, passed: boolean, expected: string, actual: number) =>
    out.push({ level: a.level, name: `batch ${property}`, passed, expected, actual: String(actual), details: [], line: a.line });
  if (a.minMeetsRequired !== undefined) push("minMeetsRequired", s.meetsRequired >= a.minMeetsRequired, `≥ ${a.minMeetsRequired}`, s.meetsRequired);
  if (a.maxMeetsRequired !== undefined) push("maxMeetsRequired", s.meetsRequired <= a.maxMeetsRequired, `≤ ${a.maxMeetsRequired}`, s.meetsRequired);
  if (a.minScored !== undefined) push("minScored", s.scored >= a.minScored, `≥ ${a.minScored}`, s.scored);
  if (a.maxErrors !== undefined) push("maxErrors", s.errors <= a.maxErrors, `≤ ${a.maxErrors}`, s.errors);
  return out;
}

/** The checks that cost the candidate points, with the message and the first evidence line of each. */
function shortfalls(c: ScoredCandidate, requiredOnly = false): string[] {
  return c.checks
    .filter((check) => !check.passed && (!requiredOnly || check.required))
    .map((check) => describe(check));
}

function strengths(c: ScoredCandidate, requiredOnly = false): string[] {
  return c.checks.filter((check) => check.score > 0 && (!requiredOnly || check.required)).map((check) => describe(check));
}

function describe(check: ScoredCandidate["checks"][number]): string {
  const where = check.evidence[0] ? ` — p${check.evidence[0].page}:l${check.evidence[0].line} “${check.evidence[0].text}”` : "";
  return `${check.id} ${check.score.toFixed(2)}: ${check.message}${where}`;
}
