// (read files, rubric, settings) → ScreenReport. Pure: the CLI has already read the files and the clock.
import { blindResume, candidateIdFor } from "./blind.js";
import { sha256Hex } from "./hash.js";
import type { Candidate, CheckResult, FailedCandidate, Profile, ReportWarning, ScoredCandidate, ScreenReport } from "./model.js";
import { SCHEMA_VERSION } from "./model.js";
import { shareEvidence } from "./shared-evidence.js";
import { professionalYears, totalYears } from "./read/experience-years.js";
import type { DegreeLevel, Resume } from "./read/resume.js";
import { DEGREE_LEVELS } from "./read/resume.js";
import type { Vocabulary } from "./read/vocabulary.js";
import { rankCandidates, scoreResume } from "./rubric/scoring.js";
import type { LoadedRubric } from "./rubric/types.js";
import type { FileOutcome } from "./run/read-files.js";

export interface ScreenSettings {
  asOf: string;
  version: string;
  vocabulary: Vocabulary;
  shard?: string;
  /** Remove identity before scoring and label candidates by a content-derived id. */
  blind?: boolean;
}

export function buildReport(outcomes: FileOutcome[], loaded: LoadedRubric, settings: ScreenSettings): ScreenReport {
  return assembleReport(outcomes.map((outcome) => candidateFor(outcome, loaded, settings)), loaded, settings);
}

/**
 * One file's candidate, unranked. Depends on nothing but the file's outcome, so a batch can score each file as
 * it is read and let its Resume go: memory then holds candidates, not every line of every résumé.
 */
export function candidateFor(outcome: FileOutcome, loaded: LoadedRubric, settings: ScreenSettings): Candidate {
  const context = { asOf: settings.asOf, vocabulary: settings.vocabulary };
  if (!outcome.result.ok) {
    const id = settings.blind ? candidateIdFor(outcome.sha256 ?? sha256Hex(outcome.file)) : undefined;
    const failed: FailedCandidate = { rank: null, file: id ? blindFile(outcome.file, id) : outcome.file, status: "error", error: outcome.result.error };
    if (outcome.sha256) failed.sha256 = outcome.sha256;
    if (id) failed.candidateId = id;
    return failed;
  }
  const sha256 = outcome.sha256 ?? "";
  if (!settings.blind) {
    const resume = outcome.result.value;
    return scoredCandidate(outcome.file, sha256, resume, scoreResume(resume, loaded.rubric, context), settings.asOf);
  }
  // Identity goes before any check runs, so no check can use it; the file name goes too (names are often in it).
  const resume = blindResume(outcome.result.value);
  const candidateId = candidateIdFor(sha256);
  const candidate = scoredCandidate(blindFile(outcome.file, candidateId), sha256, resume, scoreResume(resume, loaded.rubric, context), settings.asOf);
  const { rank, ...rest } = candidate;
  return { rank, candidateId, ...rest };
}

/** The report from every file's candidate (in the order the files were found): ranked, with its summary. */
export function assembleReport(candidates: Candidate[], loaded: LoadedRubric, settings: ScreenSettings): ScreenReport {
  const ranked = rankCandidates(candidates);
  const scoredCount = ranked.filter((c) => c.status === "scored").length;
  const report: ScreenReport = {
    ...reportHeader(loaded, settings.asOf, settings.version),
    summary: {
      files: ranked.length,
      scored: scoredCount,
      errors: ranked.length - scoredCount,
      meetsRequired: ranked.filter((c) => c.status === "scored" && c.meetsRequired).length,
    },
    candidates: ranked,
  };
  if (settings.blind) report.blind = true;
  if (settings.shard) report.shard = settings.shard;
  return report;
}

/** In blind mode a file is shown as its candidate id with the original extension. */
function blindFile(file: string, candidateId: string): string {
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(file)?.[0] ?? "";
  return `${candidateId}${extension.toLowerCase()}`;
}

export type ReportHeader = Pick<ScreenReport, "schemaVersion" | "tool" | "asOf" | "rubric" | "checks">;

/** Everything in a report that does not depend on the files: the tool, the date and the rubric. */
export function reportHeader(loaded: LoadedRubric, asOf: string, version: string): ReportHeader {
  const { rubric } = loaded;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "shortlist", version },
    asOf,
    rubric: { id: rubric.id, name: rubric.name, path: loaded.path, sha256: loaded.sha256 },
    checks: rubric.checks.map((c) => ({ id: c.id, kind: c.kind, label: c.label, weight: c.weight, required: c.required, bonus: c.bonus })),
  };
}

function scoredCandidate(
  file: string,
  sha256: string,
  resume: Resume,
  scored: { score: number; meetsRequired: boolean; checks: CheckResult[] },
  asOf: string,
): ScoredCandidate {
  const { evidence: _evidence, ...contact } = resume.contact;
  return shareEvidence({
    rank: 0, // set by rankCandidates
    file,
    sha256,
    status: "scored",
    score: scored.score,
    meetsRequired: scored.meetsRequired,
    contact,
    profile: profileOf(resume, asOf),
    checks: scored.checks,
    warnings: resume.warnings.map(toReportWarning),
  });
}

export function profileOf(resume: Resume, asOf: string): Profile {
  return {
    highestDegree: highestCompleted(resume),
    degrees: resume.degrees.map(({ level, field, institution, year, completed, evidence }) =>
      strip({ level, field, institution, year, completed, evidence }),
    ),
    experience: {
      totalYears: totalYears(resume.periods, asOf),
      professionalYears: professionalYears(resume.periods, asOf),
      periods: resume.periods.map(({ title, org, start, end, kind, evidence }) => strip({ title, org, start, end, kind, evidence })),
    },
    skills: resume.skills.map(({ id, mentions, evidence }) => ({ id, mentions, evidence })),
  };
}

function highestCompleted(resume: Resume): DegreeLevel {
  let best = 0;
  for (const degree of resume.degrees) {
    if (degree.completed) best = Math.max(best, DEGREE_LEVELS.indexOf(degree.level));
  }
  return DEGREE_LEVELS[best]!;
}

function toReportWarning(w: ReportWarning): ReportWarning {
  return strip({ code: w.code, message: w.message, page: w.page, line: w.line, text: w.text });
}

/** Drops undefined fields so JSON output has no holes and key order stays fixed. */
function strip<T extends object>(value: T): T {
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) kept[key] = field;
  return kept as T;
}
