// A Markdown document: the ranking as a table, then each candidate's checks with the evidence behind them,
// then the files that could not be read. Every dynamic string is cleaned and escaped, so a résumé cannot add
// markup or links to the page it is shown in. It always holds all evidence (--explain changes nothing here).
import type { CheckResult, FailedCandidate, ReportWarning, ScoredCandidate, ScreenReport } from "../model.js";
import { escapeMarkdown } from "./markdown-escape.js";
import type { Reporter } from "./options.js";
import { sanitizeText } from "./sanitize.js";
import {
  candidateLabel, checkRole, evidenceLocation, formatCheckScore, formatScore, plural, shortHash, showsIdentity,
  summaryParts, viewCandidates, warningLocation,
} from "./view.js";

/** Any string from outside the program, made safe for Markdown. */
const text = (value: string): string => escapeMarkdown(sanitizeText(value));

const row = (cells: string[]): string => `| ${cells.join(" | ")} |`;

export const renderMarkdown: Reporter = (report, options) => {
  const view = viewCandidates(report, options.top);
  const blocks = [`# Shortlist: ${text(report.rubric.name)}`, metaLine(report)];
  blocks.push("## Ranking");
  if (view.shown.length > 0) blocks.push(rankingTable(report, view.shown));
  else if (view.omitted === 0) blocks.push("No candidates were scored.");
  if (view.omitted > 0) blocks.push(`${plural(view.omitted, "more candidate")} not shown (--top).`);
  if (view.shown.length > 0) blocks.push("## Candidates", ...view.shown.map((c) => candidateSection(report, c)));
  if (view.failed.length > 0) blocks.push("## Files that could not be read", failedTable(view.failed));
  return blocks.join("\n\n") + "\n";
};

function metaLine(report: ScreenReport): string {
  return [
    ...summaryParts(report),
    `as of ${text(report.asOf)}`,
    `rubric ${text(report.rubric.id)} (sha256 ${text(shortHash(report.rubric.sha256))})`,
    ...(report.shard === undefined ? [] : [`shard ${text(report.shard)}`]),
    ...(report.blind === true ? ["blind: candidates are labelled by id"] : []),
    `shortlist ${text(report.tool.version)}`,
  ].join(" · ");
}

function requiredBadge(candidate: ScoredCandidate): string {
  return candidate.meetsRequired ? "✓ met" : "✗ not met";
}

function rankingTable(report: ScreenReport, shown: ScoredCandidate[]): string {
  return [
    row(["Rank", "Score", "Required checks", "Candidate", "File"]),
    row(["---:", "---:", ":--", ":--", ":--"]),
    ...shown.map((c) =>
      row([String(c.rank), formatScore(c.score), requiredBadge(c), text(candidateLabel(report, c)), text(c.file)]),
    ),
  ].join("\n");
}

function candidateSection(report: ScreenReport, candidate: ScoredCandidate): string {
  const facts = [
    `- File: ${text(candidate.file)}`,
    `- Required checks: ${candidate.meetsRequired ? "✓ met" : "✗ does not meet required checks"}`,
  ];
  if (showsIdentity(report)) facts.push(...contactFacts(candidate));
  const parts = [
    `### ${candidate.rank}. ${text(candidateLabel(report, candidate))}: ${formatScore(candidate.score)}`,
    facts.join("\n"),
    checksTable(candidate.checks),
  ];
  const evidence = candidate.checks.filter((check) => check.evidence.length > 0).map(evidenceItem);
  if (evidence.length > 0) parts.push("Evidence:", evidence.join("\n"));
  if (candidate.warnings.length > 0) parts.push("Warnings:", candidate.warnings.map(warningItem).join("\n"));
  return parts.join("\n\n");
}

function contactFacts(candidate: ScoredCandidate): string[] {
  const { email, phone, links } = candidate.contact;
  const reach = [email, phone].filter((value): value is string => value !== undefined).map(text);
  return [
    ...(reach.length > 0 ? [`- Contact: ${reach.join(" · ")}`] : []),
    ...(links.length > 0 ? [`- Links: ${links.map(text).join(" · ")}`] : []),
  ];
}

function checksTable(checks: CheckResult[]): string {
  return [
    row(["Check", "Score", "Weight", "Type", "Passed", "Finding"]),
    row([":--", "---:", "---:", ":--", ":-:", ":--"]),
    ...checks.map((check) =>
      row([
        text(check.id), formatCheckScore(check.score), String(check.weight), checkRole(check),
        check.passed ? "✓" : "✗", text(check.message),
      ]),
    ),
  ].join("\n");
}

function evidenceItem(check: CheckResult): string {
  const quotes = check.evidence.map((evidence) => `  - ${evidenceLocation(evidence)} “${text(evidence.text)}”`);
  return [`- **${text(check.id)}**: ${text(check.label)}`, ...quotes].join("\n");
}

function warningItem(warning: ReportWarning): string {
  const location = warningLocation(warning);
  const where = location === "" ? "" : ` (${location})`;
  const quote = warning.text === undefined ? "" : `: “${text(warning.text)}”`;
  return `- ${text(warning.code)}: ${text(warning.message)}${where}${quote}`;
}

function failedTable(failed: FailedCandidate[]): string {
  return [
    row(["File", "Code", "Message"]),
    row([":--", ":--", ":--"]),
    ...failed.map((c) => row([text(c.file), text(c.error.code), text(c.error.message)])),
  ].join("\n");
}
