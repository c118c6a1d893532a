// Years of experience as of a date: the union of periods, so overlapping roles count once. Two sums, because
// résumés and postings mean two things by "experience": every paid role a person has held (jobs, research,
// internships, student jobs — what a résumé's own "N years of experience" counts), and professional
// experience (jobs and research only — what "5+ years in industry" asks for). Volunteering counts in neither.
import type { Evidence, Period, PeriodKind } from "./resume.js";
import { asOfMonthIndex, monthIndex } from "./year-month.js";
import { remembered, rememberedFor } from "../remembered.js";

/** Every paid role: the résumé's whole working history. */
export const WORKED_KINDS: ReadonlySet<PeriodKind> = new Set(["job", "research", "internship", "student"]);
/** Jobs and research positions: what a posting's "years of professional experience" means. */
export const PROFESSIONAL_KINDS: ReadonlySet<PeriodKind> = new Set(["job", "research"]);

/**
 * Month intervals [start, end) of the counted periods. Both end months count, as a reader counts them:
 * "Jan 2020 – Dec 2020" is twelve months and "May 2020" alone is one. Ends after the as-of month stop there.
 */
function intervals(periods: readonly Period[], asOf: number, kinds: ReadonlySet<PeriodKind>): [number, number][] {
  const out: [number, number][] = [];
  for (const p of periods) {
    if (!p || !kinds.has(p.kind)) continue;
    const start = monthIndex(p.start);
    const lastMonth = p.end === "present" ? asOf : Math.min(monthIndex(p.end), asOf);
    if (!Number.isFinite(start) || !Number.isFinite(lastMonth) || start > asOf || lastMonth < start) continue;
    out.push([start, lastMonth + 1]);
  }
  return out;
}

function unionMonths(spans: [number, number][]): number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let total = 0;
  let current: [number, number] | null = null;
  for (const [s, e] of sorted) {
    if (current && s <= current[1]) current[1] = Math.max(current[1], e);
    else {
      if (current) total += current[1] - current[0];
      current = [s, e];
    }
  }
  if (current) total += current[1] - current[0];
  return total;
}

const toYears = (months: number): number => Math.round((months / 12) * 10 + 1e-9) / 10;

/**
 * Years of the periods of the given kinds as of `asOf` ("YYYY-MM-DD" or "YYYY-MM"): "present" is the as-of
 * month and later ends are cut there. One decimal.
 */
export function yearsOfKinds(periods: readonly Period[], asOf: string, kinds: ReadonlySet<PeriodKind>): number {
  const now = asOfMonthIndex(asOf);
  if (!Number.isFinite(now) || !Array.isArray(periods)) return 0;
  return toYears(unionMonths(intervals(periods, now, kinds)));
}

/** Years of every paid role (jobs, research, internships, student jobs), overlaps once. */
export function totalYears(periods: readonly Period[], asOf: string): number {
  return yearsOfKinds(periods, asOf, WORKED_KINDS);
}

/** Years of jobs and research positions, overlaps once. */
export function professionalYears(periods: readonly Period[], asOf: string): number {
  return yearsOfKinds(periods, asOf, PROFESSIONAL_KINDS);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Patterns by their terms: a batch asks for the same terms for every résumé. */
const patternOf = remembered((key) => buildTermPattern(JSON.parse(key) as readonly string[]), 256);

/**
 * Whole-word, case-insensitive: "ml" matches "ML Engineer" but not "HTML"; "c++" keeps its pluses. Remembered
 * also by the very list, which a check passes again for every résumé: no key to build each time.
 */
const termPattern = rememberedFor((terms: readonly string[]) => patternOf(JSON.stringify(terms)));

function buildTermPattern(terms: readonly string[]): RegExp | null {
  const parts = terms
    .map((t) => (typeof t === "string" ? t.trim() : ""))
    .filter(Boolean)
    .map((t) => escapeRegExp(t).replace(/\s+/g, "[\\s-]+"));
  if (!parts.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join("|")})(?![\\p{L}\\p{N}])`, "iu");
}

/** Years (union) of the periods of the given kinds whose title, organisation or description names a term. */
export function relevantYears(
  periods: readonly Period[],
  terms: readonly string[],
  asOf: string,
  kinds: ReadonlySet<PeriodKind> = PROFESSIONAL_KINDS,
): { years: number; periods: Period[] } {
  const pattern = termPattern(terms);
  if (!pattern || !Array.isArray(periods)) return { years: 0, periods: [] };
  const matching = periods.filter((p) => {
    if (!p || !kinds.has(p.kind)) return false;
    const texts = [p.title ?? "", p.org ?? "", p.evidence?.text ?? "", ...(Array.isArray(p.details) ? p.details : []).map((d: Evidence) => d?.text ?? "")];
    return texts.some((t) => pattern.test(t));
  });
  const now = asOfMonthIndex(asOf);
  const years = Number.isFinite(now) ? toYears(unionMonths(intervals(matching, now, kinds))) : 0;
  return { years, periods: matching };
}
