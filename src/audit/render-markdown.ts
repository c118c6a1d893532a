// The audit as Markdown, for a report or a pull-request comment: how to read it first, then one table per
// attribute, per intersection and per rubric check. Every string from the groups file or the rubric is escaped.
import { escapeMarkdown } from "../report/markdown-escape.js";
import { sanitizeText } from "../report/sanitize.js";
import {
  FLAG_LEGEND, checkHeading, flags, formatP, formatRate, formatRatio, groupBy, selectionText, summaryText, unknownText,
} from "./render-text.js";
import type { AuditResult, AuditRow, CheckAuditRow } from "./types.js";

const text = (value: string): string => escapeMarkdown(sanitizeText(value));
const row = (cells: string[]): string => `| ${cells.join(" | ")} |`;

export function renderAuditMarkdown(result: AuditResult): string {
  const { rubric, asOf, tool, shard } = result.report;
  const blocks = [
    `# Bias audit: ${text(rubric.name)}`,
    [
      `as of ${text(asOf)}`,
      `rubric ${text(rubric.id)} (sha256 ${text(rubric.sha256.slice(0, 12))})`,
      ...(shard ? [`shard ${text(shard)}`] : []),
      `shortlist ${text(tool)}`,
    ].join(" · "),
    `**Selected:** ${text(selectionText(result.selection))} · ${summaryText(result)}`,
    "## How to read this",
    result.notes.map((note) => `- ${text(note)}`).join("\n"),
    `Flags: **${text(FLAG_LEGEND.fourFifths.short)}** ${FLAG_LEGEND.fourFifths.long}; **${text(FLAG_LEGEND.excludable.short)}** ${FLAG_LEGEND.excludable.long}.`,
  ];
  blocks.push("## Selection rate by attribute");
  for (const [dimension, rows] of groupBy(result.rows, (r) => r.attribute)) blocks.push(...selectionSection(result, dimension, rows));
  if (result.intersections.length > 0) blocks.push("## Intersections");
  for (const [dimension, rows] of groupBy(result.intersections, (r) => r.attribute)) {
    blocks.push(...selectionSection(result, dimension, rows));
  }
  if (result.checks.length > 0) blocks.push("## Pass rate by check", "Impact ratios here compare each group with the group that passes the check most often.");
  for (const [, rows] of groupBy(result.checks, (r) => r.check)) {
    blocks.push(`### ${text(checkHeading(rows[0] as CheckAuditRow))}`, checkTable(rows));
  }
  return blocks.join("\n\n") + "\n";
}

function selectionSection(result: AuditResult, dimension: string, rows: AuditRow[]): string[] {
  const table = [
    row(["Group", "Count", "Selected", "Selection rate", "Impact ratio", "Above median", "p-value", "Flags"]),
    row([":--", "--:", "--:", "--:", "--:", "--:", "--:", ":--"]),
    ...rows.map((r) => row([
      text(r.group), String(r.count), String(r.selected), formatRate(r.selectionRate), formatRatio(r.impactRatio),
      formatRate(r.aboveMedianRate), text(formatP(r.pValue)), text(flags(r, "short").join(" ")),
    ])),
  ].join("\n");
  return [`### ${text(dimension)}`, table, `Unknown: ${unknownText(result, dimension).replace(" unknown", "")}.`];
}

function checkTable(rows: CheckAuditRow[]): string {
  return [
    row(["Attribute", "Group", "Count", "Passed", "Pass rate", "Impact ratio", "p-value", "Flags"]),
    row([":--", ":--", "--:", "--:", "--:", "--:", "--:", ":--"]),
    ...rows.map((r) => row([
      text(r.attribute), text(r.group), String(r.count), String(r.passed), formatRate(r.passRate),
      formatRatio(r.impactRatio), text(formatP(r.pValue)), text(flags(r, "short").join(" ")),
    ])),
  ].join("\n");
}
