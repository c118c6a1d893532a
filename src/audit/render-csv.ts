// The audit for spreadsheets (RFC 4180, CRLF, a byte order mark for Excel): one row per group, of a single
// attribute ("attribute"), an intersection ("intersection") or a rubric check ("check"); one row per attribute for
// the unknown count ("unknown"); then the notes ("note"), so the caveats travel with the numbers.
import { csvField, csvText } from "../report/csv.js";
import { selectionText } from "./render-text.js";
import type { AuditResult, AuditRow, CheckAuditRow } from "./types.js";

const BYTE_ORDER_MARK = "\uFEFF";
const LINE_END = "\r\n";

const HEADER = [
  "kind", "check", "attribute", "group", "count", "selected", "selection_rate", "above_median_rate", "passed",
  "pass_rate", "impact_ratio", "four_fifths", "p_value", "excludable", "note",
];

const cell = (value: number | boolean | null | undefined): string => (value === null || value === undefined ? "" : String(value));

export function renderAuditCsv(result: AuditResult): string {
  const rows: string[][] = [
    HEADER,
    ...result.rows.map((r) => selectionRow("attribute", r)),
    ...result.intersections.map((r) => selectionRow("intersection", r)),
    ...result.checks.map(checkRow),
    ...Object.entries(result.unknown).map(([dimension, count]) => record({ kind: "unknown", attribute: csvText(dimension), count: String(count) })),
    ...[describe(result), ...result.notes].map((note) => record({ kind: "note", note: csvText(note) })),
  ];
  return BYTE_ORDER_MARK + rows.map((r) => r.map(csvField).join(",") + LINE_END).join("");
}

function describe(result: AuditResult): string {
  const { rubric, asOf, files } = result.report;
  return `Bias audit of ${files} files screened with rubric ${rubric.id} (sha256 ${rubric.sha256}) as of ${asOf}; selected: ${selectionText(result.selection)}.`;
}

/** A row with only the named columns filled. */
function record(cells: Partial<Record<(typeof HEADER)[number], string>>): string[] {
  return HEADER.map((column) => cells[column] ?? "");
}

function selectionRow(kind: "attribute" | "intersection", r: AuditRow): string[] {
  return record({
    kind, attribute: csvText(r.attribute), group: csvText(r.group), count: cell(r.count), selected: cell(r.selected),
    selection_rate: cell(r.selectionRate), above_median_rate: cell(r.aboveMedianRate), impact_ratio: cell(r.impactRatio),
    four_fifths: cell(r.fourFifths), p_value: cell(r.pValue), excludable: cell(r.excludable),
  });
}

function checkRow(r: CheckAuditRow): string[] {
  return record({
    kind: "check", check: csvText(r.check), attribute: csvText(r.attribute), group: csvText(r.group), count: cell(r.count),
    passed: cell(r.passed), pass_rate: cell(r.passRate), impact_ratio: cell(r.impactRatio), four_fifths: cell(r.fourFifths),
    p_value: cell(r.pValue), excludable: cell(r.excludable),
  });
}
