// One row per candidate for spreadsheets (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
// a quote or a line break, quotes doubled). It starts with a UTF-8 byte order mark because Excel reads a CSV
// without one in the legacy code page and garbles every accent; other readers skip the mark.
//
// Columns are stable: rank, file, status, score, meets_required, name, email, phone, highest_degree,
// total_years, professional_years, then for each check of the rubric, in rubric order, <id>_score (0..1, two decimals) and
// <id>_passed, then warnings (codes joined by ";"), error_code, error_message. In blind mode the name column
// holds the candidate id and email and phone stay empty.
import type { Candidate, CheckResult, ScreenReport } from "../model.js";
import type { Reporter } from "./options.js";
import { sanitizeText } from "./sanitize.js";
import { formatCheckScore, formatScore, isScored, showsIdentity, viewCandidates } from "./view.js";

const BYTE_ORDER_MARK = "\uFEFF";
const LINE_END = "\r\n";
// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection"), including the
// full-width forms some locales accept. Leading spaces do not stop it. (Tabs and CRs, also on OWASP's list,
// are already folded to spaces by sanitize.)
const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Text from a résumé or a file name: cleaned, and kept from being read as a formula. */
export function csvText(value: string): string {
  const clean = sanitizeText(value);
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

/** RFC 4180 field quoting. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const renderCsv: Reporter = (report, options) => {
  const { shown, failed } = viewCandidates(report, options.top);
  const rows = [headerRow(report), ...[...shown, ...failed].map((candidate) => candidateRow(report, candidate))];
  return BYTE_ORDER_MARK + rows.map((row) => row.map(csvField).join(",") + LINE_END).join("");
};

function headerRow(report: ScreenReport): string[] {
  const perCheck = report.checks.flatMap((check) => [`${check.id}_score`, `${check.id}_passed`]);
  return [
    "rank", "file", "status", "score", "meets_required", "name", "email", "phone", "highest_degree",
    "total_years", "professional_years", ...perCheck.map(csvText), "warnings", "error_code", "error_message",
  ];
}

function candidateRow(report: ScreenReport, candidate: Candidate): string[] {
  const identity = showsIdentity(report);
  const label = identity ? undefined : candidate.candidateId;
  if (!isScored(candidate)) {
    const blanks = report.checks.flatMap(() => ["", ""]);
    const name = csvText(label ?? "");
    return ["", csvText(candidate.file), "error", "", "", name, "", "", "", "", "", ...blanks, "",
      csvText(candidate.error.code), csvText(candidate.error.message)];
  }
  const byId = new Map(candidate.checks.map((check): [string, CheckResult] => [check.id, check]));
  const perCheck = report.checks.flatMap((check) => checkCells(byId.get(check.id)));
  const codes = [...new Set(candidate.warnings.map((warning) => warning.code))].join(";");
  return [
    String(candidate.rank),
    csvText(candidate.file),
    "scored",
    formatScore(candidate.score),
    String(candidate.meetsRequired),
    csvText((identity ? candidate.contact.name : label) ?? ""),
    identity ? csvText(candidate.contact.email ?? "") : "",
    identity ? csvText(candidate.contact.phone ?? "") : "",
    candidate.profile.highestDegree,
    candidate.profile.experience.totalYears.toFixed(1),
    candidate.profile.experience.professionalYears.toFixed(1),
    ...perCheck,
    csvText(codes),
    "",
    "",
  ];
}

function checkCells(check: CheckResult | undefined): [string, string] {
  return check === undefined ? ["", ""] : [formatCheckScore(check.score), String(check.passed)];
}
