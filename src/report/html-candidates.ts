// The ranking table of the HTML report. Each candidate is one <tbody>: its row, then a row with every check,
// its score and the quoted evidence. Server-rendered and readable as is; the page script adds sorting, the
// filter and the expand buttons on top (and hides the detail rows until asked).
import type { CheckResult, ScoredCandidate, ScreenReport } from "../model.js";
import { escapeHtml } from "./escape-html.js";
import { sanitizeText } from "./sanitize.js";
import { candidateDetails } from "./html-details.js";
import { candidateLabel, checkRole, formatCheckScore, formatScore } from "./view.js";

const h = (value: string): string => escapeHtml(sanitizeText(value));

type Column = { title: string; sort: "number" | "text"; first: "ascending" | "descending"; className?: string };

const FIXED_COLUMNS: Column[] = [
  { title: "Rank", sort: "number", first: "ascending", className: "num" },
  { title: "Score", sort: "number", first: "descending", className: "num" },
  { title: "Required", sort: "number", first: "descending" },
  { title: "Candidate", sort: "text", first: "ascending" },
  { title: "File", sort: "text", first: "ascending" },
];

export function rankingTable(report: ScreenReport, shown: ScoredCandidate[]): string {
  const columnCount = FIXED_COLUMNS.length + report.checks.length;
  const fixed = FIXED_COLUMNS.map((column, index) => headerCell(column, escapeHtml(column.title), index === 0));
  const perCheck = report.checks.map((check) =>
    headerCell(
      { title: check.id, sort: "number", first: "descending", className: "num check-col" },
      `<abbr title="${h(check.label)}">${h(check.id)}</abbr>${roleSuffix(check)}`,
      false,
    ),
  );
  return [
    `<table id="ranking" class="ranking">`,
    `<caption>Candidates in rank order. Required: whether every required check is met. Check columns show each check's score from 0 to 1; * marks a required check, + a bonus check.</caption>`,
    `<thead><tr>${[...fixed, ...perCheck].join("")}</tr></thead>`,
    ...shown.map((candidate, index) => candidateGroup(report, candidate, index + 1, columnCount)),
    `</table>`,
  ].join("\n");
}

function headerCell(column: Column, content: string, sorted: boolean): string {
  const className = column.className === undefined ? "" : ` class="${column.className}"`;
  const ariaSort = sorted ? ` aria-sort="ascending"` : "";
  return `<th scope="col"${className} data-sort="${column.sort}" data-first="${column.first}"${ariaSort}>${content}</th>`;
}

function roleSuffix(check: { required: boolean; bonus: boolean }): string {
  const role = checkRole(check);
  return role === "required" ? "*" : role === "bonus" ? "+" : "";
}

/** `position` (1-based, in rank order) names the group: ranks may tie, positions never do. */
function candidateGroup(report: ScreenReport, candidate: ScoredCandidate, position: number, columnCount: number): string {
  const byId = new Map(candidate.checks.map((check): [string, CheckResult] => [check.id, check]));
  const badge = candidate.meetsRequired
    ? `<span class="badge met">✓ met</span>`
    : `<span class="badge not-met">✗ not met</span>`;
  const cells = [
    `<td class="num" data-value="${candidate.rank}">${candidate.rank}</td>`,
    `<td class="num score" data-value="${candidate.score}">${formatScore(candidate.score)}${scoreBar(candidate.score)}</td>`,
    `<td data-value="${candidate.meetsRequired ? 1 : 0}">${badge}</td>`,
    `<th scope="row" class="name">${h(candidateLabel(report, candidate))}</th>`,
    `<td class="file"><span class="file-name" title="${h(candidate.file)}">${h(baseName(candidate.file))}</span></td>`,
    ...report.checks.map((check) => checkCell(byId.get(check.id))),
  ];
  const id = `details-${position}`;
  return [
    `<tbody class="candidate" data-rank="${candidate.rank}" data-position="${position}">`,
    `<tr class="summary-row">${cells.join("")}</tr>`,
    `<tr class="details" id="${id}"><td colspan="${columnCount}">${candidateDetails(report, candidate)}</td></tr>`,
    `</tbody>`,
  ].join("\n");
}

/** The table shows the file name; the full path is in its tooltip and in the candidate's details. */
function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1) || path;
}

function scoreBar(score: number): string {
  const width = Math.max(0, Math.min(100, score)) * 0.6;
  return `<svg class="score-bar" width="60" height="6" aria-hidden="true"><rect class="score-track" width="60" height="6" rx="3"/><rect class="score-fill" width="${width.toFixed(1)}" height="6" rx="3"/></svg>`;
}

function checkCell(check: CheckResult | undefined): string {
  if (check === undefined) return `<td class="num check" data-value="-1">–</td>`;
  const state = check.passed ? "pass" : check.score > 0 ? "partial" : "fail";
  const mark = check.passed ? `<span aria-hidden="true">✓ </span>` : "";
  const label = `${h(check.id)}: ${check.passed ? "passed" : "not passed"}`;
  return `<td class="num check ${state}" data-value="${check.score}" title="${label}">${mark}${formatCheckScore(check.score)}</td>`;
}
