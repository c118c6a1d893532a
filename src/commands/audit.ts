// shortlist audit <report.json> --groups <file.csv>: selection rates and impact ratios per group, from a finished
// report and the employer's own demographic records. Nothing is inferred; the numbers are a first look, not a verdict.
import { computeAudit, unmatchedKeys } from "../audit/compute.js";
import { parseGroupsCsv } from "../audit/groups.js";
import { parseReportJson } from "../audit/load-report.js";
import { isAuditFormat, renderAudit, AUDIT_FORMATS, type AuditFormat } from "../audit/render.js";
import { emit, printError, readText } from "./environment.js";

export interface AuditCommandOptions {
  groups: string;
  /** A score 0–100; selected = score ≥ cutoff instead of meeting every required check. */
  cutoff?: string | number;
  format?: AuditFormat | string;
  out?: string;
}

// Past this many, one more line per missing person helps nobody.
const LISTED_UNMATCHED = 10;

export async function auditCommand(reportFile: string, options: AuditCommandOptions): Promise<number> {
  const format = options.format ?? "table";
  if (!isAuditFormat(format)) return usage(`--format must be one of ${AUDIT_FORMATS.join(", ")}, not "${format}"`);
  const cutoff = options.cutoff === undefined ? undefined : parseCutoff(options.cutoff);
  if (cutoff !== undefined && Number.isNaN(cutoff)) {
    return usage(`--cutoff must be a score from 0 to 100, not "${String(options.cutoff)}"`);
  }
  const reportText = await readOrReport(reportFile);
  const groupsText = await readOrReport(options.groups);
  if (reportText === undefined || groupsText === undefined) return 2;

  const loaded = parseReportJson(reportText);
  if (!loaded.ok) return usage(`${reportFile}: ${loaded.message}`);
  const groups = parseGroupsCsv(groupsText);
  for (const warning of groups.warnings) printError(`warning: ${options.groups}: ${warning}`);
  if (groups.problems.length > 0) {
    for (const problem of groups.problems) printError(`${options.groups}: ${problem}`);
    return 2;
  }
  const { report } = loaded;
  if (groups.key === "candidateId" && !report.candidates.some((c) => c.candidateId !== undefined)) {
    return usage(`${options.groups} is keyed by candidateId, but ${reportFile} has no candidate ids (screen with --blind), or key it by file`);
  }
  const unmatched = unmatchedKeys(report, groups);
  for (const key of unmatched.slice(0, LISTED_UNMATCHED)) printError(`warning: ${options.groups}: "${key}" is not in the report`);
  if (unmatched.length > LISTED_UNMATCHED) printError(`warning: ${options.groups}: and ${unmatched.length - LISTED_UNMATCHED} more not in the report`);

  const result = computeAudit(report, groups, cutoff === undefined ? {} : { cutoff });
  const missing = result.summary.notInGroupsFile;
  if (missing > 0) {
    const who = missing === 1 ? "1 scored candidate is" : `${missing} scored candidates are`;
    printError(`warning: ${who} not in ${options.groups} and count${missing === 1 ? "s" : ""} as unknown`);
  }
  await emit(renderAudit(result, format), options.out);
  return 0;
}

/** A score from 0 to 100, or NaN. */
function parseCutoff(value: string | number): number {
  const text = String(value).trim();
  const score = text === "" ? Number.NaN : Number(text);
  return Number.isFinite(score) && score >= 0 && score <= 100 ? score : Number.NaN;
}

async function readOrReport(file: string): Promise<string | undefined> {
  try {
    return await readText(file);
  } catch (error) {
    printError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return undefined;
  }
}

function usage(message: string): number {
  printError(message);
  return 2;
}
