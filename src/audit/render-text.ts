// How every human-readable audit format writes the same numbers and words.
import type { AuditResult, AuditRow, CheckAuditRow } from "./types.js";

export const DASH = "–";

export function formatRate(value: number): string {
  return value.toFixed(4);
}

export function formatRatio(value: number | null): string {
  return value === null ? DASH : value.toFixed(4);
}

/** Readers compare p-values with 0.05, not with 1e-9: below four decimals "<0.0001" says all there is to say. */
export function formatP(value: number | null): string {
  if (value === null) return DASH;
  return value < 0.0001 ? "<0.0001" : value.toFixed(4);
}

export const FLAG_LEGEND = {
  fourFifths: { short: "<0.8", long: "impact ratio below 0.8 (four-fifths rule)" },
  excludable: { short: "<2%", long: "under 2% of candidates with a known value (excludable)" },
} as const;

export function flags(row: Pick<AuditRow, "fourFifths" | "excludable">, form: "short" | "long"): string[] {
  return [
    ...(row.fourFifths ? [FLAG_LEGEND.fourFifths[form]] : []),
    ...(row.excludable ? [FLAG_LEGEND.excludable[form]] : []),
  ];
}

export function selectionText(selection: string): string {
  if (selection === "meetsRequired") return "meets every required check";
  return selection.replace(">=", "≥");
}

export function summaryText(result: AuditResult): string {
  const s = result.summary;
  return [
    `${result.report.files} files`,
    `${s.scored} scored`,
    `${s.errors} unreadable`,
    `${s.selected} selected`,
    `median score ${s.medianScore === null ? DASH : s.medianScore.toFixed(1)}`,
  ].join(" · ");
}

export function checkHeading(row: Pick<CheckAuditRow, "check" | "label" | "required">): string {
  return `${row.check}${row.required ? " (required)" : ""}: ${row.label}`;
}

/** Rows grouped by a key, keeping first-seen order: attributes stay in header order, checks in rubric order. */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return [...groups.entries()];
}

export function unknownText(result: AuditResult, dimension: string): string {
  return `${result.unknown[dimension] ?? 0} unknown`;
}
