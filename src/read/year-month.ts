// "YYYY-MM" months as plain integers, so that durations and unions are integer arithmetic.
import type { YearMonth } from "./resume.js";

/** Months since year 0: 2019-03 → 2019*12 + 2. */
export function monthIndex(ym: YearMonth): number {
  const m = /^(\d{4})-(\d{2})/.exec(ym);
  if (!m) return NaN;
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function yearMonth(year: number, month: number): YearMonth {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

export function fromMonthIndex(index: number): YearMonth {
  return yearMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** The month of an "as of" date ("2026-11-29" → index of 2026-11); NaN when it is not a date. */
export function asOfMonthIndex(asOf: string): number {
  return /^\d{4}-\d{2}/.test(asOf) ? monthIndex(asOf.slice(0, 7)) : NaN;
}
