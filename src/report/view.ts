// What every human-readable reporter shows the same way: which candidates, under what label, with which numbers.
// Selection and formatting only; the scores and the ranking come finished from the report.
import type { Evidence } from "../read/resume.js";
import type { Candidate, CheckResult, FailedCandidate, ScoredCandidate, ScreenReport } from "../model.js";
import { sanitizeText } from "./sanitize.js";

export interface CandidateView {
  /** Ranked candidates to show, in rank order, cut to `top`. */
  shown: ScoredCandidate[];
  /** Ranked candidates left out by `top`. */
  omitted: number;
  failed: FailedCandidate[];
}

export function isScored(candidate: Candidate): candidate is ScoredCandidate {
  return candidate.status === "scored";
}

export function isFailed(candidate: Candidate): candidate is FailedCandidate {
  return candidate.status === "error";
}

export function viewCandidates(report: ScreenReport, top: number | undefined): CandidateView {
  const scored = report.candidates.filter(isScored);
  const limit = top === undefined || !Number.isFinite(top) ? scored.length : Math.max(0, Math.floor(top));
  const shown = scored.slice(0, limit);
  return { shown, omitted: scored.length - shown.length, failed: report.candidates.filter(isFailed) };
}

/** In blind mode the stable id stands in for the name, and contact details are never shown. */
export function showsIdentity(report: ScreenReport): boolean {
  return report.blind !== true;
}

export function candidateLabel(report: ScreenReport, candidate: Candidate): string {
  if (!showsIdentity(report)) return sanitizeText(candidate.candidateId ?? "candidate");
  if (isScored(candidate)) return sanitizeText(candidate.contact.name ?? "(name not found)");
  return sanitizeText(candidate.file);
}

export function formatScore(score: number): string {
  return score.toFixed(1);
}

export function formatCheckScore(score: number): string {
  return score.toFixed(2);
}

export function evidenceLocation(evidence: Evidence): string {
  return `p${evidence.page}:l${evidence.line}`;
}

/** "p2:l3", "p2" or "" for a warning that names no place. */
export function warningLocation(warning: { page?: number; line?: number }): string {
  if (warning.page === undefined) return "";
  return warning.line === undefined ? `p${warning.page}` : `p${warning.page}:l${warning.line}`;
}

/** Checks list their evidence strongest first. */
export function strongestEvidence(check: CheckResult): Evidence | undefined {
  return check.evidence[0];
}

export function checkRole(check: { required: boolean; bonus: boolean }): "required" | "bonus" | "standard" {
  if (check.required) return "required";
  return check.bonus ? "bonus" : "standard";
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "5 files · 4 scored · 1 error · 2 meet required checks". */
export function summaryParts(report: ScreenReport): string[] {
  const { files, scored, errors, meetsRequired } = report.summary;
  return [
    plural(files, "file"),
    `${scored} scored`,
    plural(errors, "error"),
    `${meetsRequired} ${meetsRequired === 1 ? "meets" : "meet"} required checks`,
  ];
}

export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}
