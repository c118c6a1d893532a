// The audit for a terminal, readable at 80 columns: one small table per attribute, per intersection and per
// rubric check, then the flags' meaning and the notes. Long group names wrap rather than lose their end.
import { sanitizeText } from "../report/sanitize.js";
import { displayWidth, padEnd, padStart, wrap } from "../report/text-width.js";
import {
  FLAG_LEGEND, checkHeading, flags, formatP, formatRate, formatRatio, groupBy, selectionText, summaryText, unknownText,
} from "./render-text.js";
import type { AuditResult, AuditRow, CheckAuditRow } from "./types.js";

const WIDTH = 80;
const INDENT = "  ";
const GAP = "  ";
const MIN_GROUP_WIDTH = 12;

interface Column {
  header: string;
  align: "left" | "right";
}

const SELECTION_COLUMNS: Column[] = [
  { header: "group", align: "left" },
  { header: "count", align: "right" },
  { header: "selected", align: "right" },
  { header: "rate", align: "right" },
  { header: "impact", align: "right" },
  { header: ">median", align: "right" },
  { header: "p-value", align: "right" },
  { header: "flags", align: "left" },
];

const CHECK_COLUMNS: Column[] = [
  { header: "group", align: "left" },
  { header: "count", align: "right" },
  { header: "passed", align: "right" },
  { header: "rate", align: "right" },
  { header: "impact", align: "right" },
  { header: "p-value", align: "right" },
  { header: "flags", align: "left" },
];

export function renderAuditTable(result: AuditResult): string {
  const { rubric, asOf, tool, shard } = result.report;
  const lines = [
    `Bias audit: ${sanitizeText(rubric.name)} (${sanitizeText(rubric.id)})`,
    `as of ${sanitizeText(asOf)} · rubric sha256 ${sanitizeText(rubric.sha256.slice(0, 12))} · shortlist ${sanitizeText(tool)}${shard ? ` · shard ${sanitizeText(shard)}` : ""}`,
    `selected: ${selectionText(result.selection)}`,
    summaryText(result),
  ];
  for (const [dimension, rows] of groupBy(result.rows, (row) => row.attribute)) {
    lines.push("", `${sanitizeText(dimension)} · ${unknownText(result, dimension)}`, ...selectionTable(rows));
  }
  if (result.intersections.length > 0) lines.push("", "Intersections");
  for (const [dimension, rows] of groupBy(result.intersections, (row) => row.attribute)) {
    lines.push("", `${sanitizeText(dimension)} · ${unknownText(result, dimension)}`, ...selectionTable(rows));
  }
  if (result.checks.length > 0) lines.push("", "Pass rate by check (impact ratio against the group that passes most)");
  for (const [, rows] of groupBy(result.checks, (row) => row.check)) {
    lines.push("", ...wrap(sanitizeText(checkHeading(rows[0] as CheckAuditRow)), WIDTH), ...checkTable(rows));
  }
  lines.push(
    "",
    `Flags: ${padEnd(FLAG_LEGEND.fourFifths.short, 5)} ${FLAG_LEGEND.fourFifths.long}`,
    `       ${padEnd(FLAG_LEGEND.excludable.short, 5)} ${FLAG_LEGEND.excludable.long}`,
  );
  lines.push("", "Notes:");
  for (const note of result.notes) {
    wrap(sanitizeText(note), WIDTH - 4).forEach((line, index) => lines.push(`${index === 0 ? "  - " : "    "}${line}`));
  }
  // Headings hold names from the rubric and the groups file: wrap them too, so no line passes 80 columns.
  return lines.flatMap((line) => (displayWidth(line) > WIDTH ? wrap(line, WIDTH) : [line.trimEnd()])).join("\n") + "\n";
}

function selectionTable(rows: AuditRow[]): string[] {
  return layout(SELECTION_COLUMNS, rows.map((row) => [
    sanitizeText(row.group),
    String(row.count),
    String(row.selected),
    formatRate(row.selectionRate),
    formatRatio(row.impactRatio),
    formatRate(row.aboveMedianRate),
    formatP(row.pValue),
    flags(row, "short").join(" "),
  ]));
}

function checkTable(rows: CheckAuditRow[]): string[] {
  return layout(CHECK_COLUMNS, rows.map((row) => [
    sanitizeText(`${row.attribute}: ${row.group}`),
    String(row.count),
    String(row.passed),
    formatRate(row.passRate),
    formatRatio(row.impactRatio),
    formatP(row.pValue),
    flags(row, "short").join(" "),
  ]));
}

/** Columns sized to their content; the first takes what is left of 80 columns and wraps within it. */
function layout(columns: Column[], rows: string[][], width = WIDTH): string[] {
  const widths = columns.map((column, index) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[index] ?? ""))),
  );
  const others = widths.slice(1).reduce((sum, w) => sum + w + GAP.length, 0);
  widths[0] = Math.max(MIN_GROUP_WIDTH, Math.min(widths[0] ?? 0, width - INDENT.length - others));
  const line = (cells: string[]) =>
    INDENT + cells.map((cell, index) => {
      const cellWidth = widths[index] ?? 0;
      return columns[index]?.align === "right" ? padStart(cell, cellWidth) : padEnd(cell, cellWidth);
    }).join(GAP);
  const out = [line(columns.map((column) => column.header))];
  for (const row of rows) {
    const [name = "", ...numbers] = row;
    const [first = "", ...rest] = wrap(name, widths[0] ?? MIN_GROUP_WIDTH);
    out.push(line([first, ...numbers]), ...rest.map((part) => INDENT + part));
  }
  return out;
}
