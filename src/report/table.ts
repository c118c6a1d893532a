// The default terminal output: the ranking, a few lines of evidence under each candidate (all of it with
// --explain), the files that could not be read, and a summary. Laid out for `width` columns.
import type { FailedCandidate, ScoredCandidate, ScreenReport } from "../model.js";
import { DEFAULT_WIDTH, type Reporter } from "./options.js";
import { sanitizeText } from "./sanitize.js";
import { compactCheckLines, explainedCheckLines, warningLines, type CheckLayout } from "./table-checks.js";
import { FAIL_MARK, PASS_MARK, terminalStyle, type TerminalStyle } from "./terminal-style.js";
import { displayWidth, joinWrapped, padEnd, padStart, truncateEnd, truncateStart, wrap } from "./text-width.js";
import { candidateLabel, formatScore, shortHash, summaryParts, viewCandidates } from "./view.js";

const GAP = "  ";
const SCORE_WIDTH = 5;
const MARK_WIDTH = 3;
const MIN_WIDTH = 40;
const NAME_WIDTH_CAP = 32;

interface Columns {
  rank: number;
  name: number;
  file: number;
}

export const renderTable: Reporter = (report, options) => {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH));
  const style = terminalStyle(options.color);
  const view = viewCandidates(report, options.top);
  const columns = columnWidths(report, view.shown, width);
  const layout: CheckLayout = { indent: columns.rank + GAP.length + 1, width, style };

  const lines = [style.strong(truncateEnd(`Shortlist: ${sanitizeText(report.rubric.name)}`, width)), ""];
  if (view.shown.length > 0) lines.push(headerRow(columns, style));
  view.shown.forEach((candidate, index) => {
    const previous = view.shown[index - 1];
    if (!candidate.meetsRequired && (previous === undefined || previous.meetsRequired)) {
      lines.push(style.bad(ruleWithTitle("does not meet required checks", width)));
    }
    lines.push(candidateRow(report, candidate, columns, style));
    lines.push(...(options.explain ? explainedCheckLines(candidate, layout) : compactCheckLines(candidate, layout)));
    lines.push(...warningLines(candidate.warnings, layout, options.explain));
    lines.push("");
  });
  if (report.summary.scored === 0) lines.push("No candidates were scored.", "");
  if (view.failed.length > 0) lines.push(...failedSection(view.failed, width, style), "");
  lines.push(...footer(report, view.omitted, width, style));
  return lines.join("\n") + "\n";
};

function columnWidths(report: ScreenReport, shown: ScoredCandidate[], width: number): Columns {
  const rank = Math.max(1, ...shown.map((candidate) => String(candidate.rank).length));
  const fixed = rank + GAP.length + SCORE_WIDTH + GAP.length + MARK_WIDTH + GAP.length;
  const longest = Math.max("Candidate".length, ...shown.map((c) => displayWidth(candidateLabel(report, c))));
  const name = Math.min(longest, NAME_WIDTH_CAP, Math.floor((width - fixed) / 2));
  return { rank, name, file: width - fixed - name - GAP.length };
}

function headerRow(columns: Columns, style: TerminalStyle): string {
  const cells = [padStart("#", columns.rank), padStart("Score", SCORE_WIDTH), "Req", padEnd("Candidate", columns.name), "File"];
  return style.dim(cells.join(GAP));
}

function candidateRow(report: ScreenReport, candidate: ScoredCandidate, columns: Columns, style: TerminalStyle): string {
  const mark = candidate.meetsRequired ? style.good(PASS_MARK) : style.bad(FAIL_MARK);
  return [
    padStart(String(candidate.rank), columns.rank),
    style.strong(padStart(formatScore(candidate.score), SCORE_WIDTH)),
    ` ${mark} `,
    style.strong(padEnd(truncateEnd(candidateLabel(report, candidate), columns.name), columns.name)),
    style.dim(truncateStart(sanitizeText(candidate.file), columns.file)),
  ].join(GAP);
}

function failedSection(failed: FailedCandidate[], width: number, style: TerminalStyle): string[] {
  const lines = [style.strong(`Files that could not be read (${failed.length})`)];
  for (const candidate of failed) {
    lines.push(`  ${style.bad(FAIL_MARK)} ${truncateStart(sanitizeText(candidate.file), width - 4)}`);
    const reason = `${sanitizeText(candidate.error.code)}: ${sanitizeText(candidate.error.message)}`;
    lines.push(...wrap(reason, width - 4).map((line) => `    ${line}`));
  }
  return lines;
}

function footer(report: ScreenReport, omitted: number, width: number, style: TerminalStyle): string[] {
  const parts = [
    ...summaryParts(report),
    ...(omitted > 0 ? [`${omitted} more not shown (--top)`] : []),
    `as of ${report.asOf}`,
    `rubric ${sanitizeText(report.rubric.id)} ${shortHash(report.rubric.sha256)}`,
    ...(report.shard === undefined ? [] : [`shard ${sanitizeText(report.shard)}`]),
    ...(report.blind === true ? ["blind"] : []),
  ];
  const legend = [
    `${PASS_MARK} meets every required check`,
    `${FAIL_MARK} does not meet required checks`,
    "* required check",
    "+ bonus check",
  ];
  return [...joinWrapped(parts, width).map(style.strong), ...joinWrapped(legend, width).map(style.dim)];
}

/** "── title ─────" across the full width. */
function ruleWithTitle(title: string, width: number): string {
  const start = `── ${title} `;
  return start + "─".repeat(Math.max(0, width - displayWidth(start)));
}
