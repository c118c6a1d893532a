// A JSON Resume's entries → degrees and dated roles. Dates are read as the schema writes them (2019,
// 2019-03, 2019-03-15), with the conventions running text gets: a bare year sits mid-year.
import type { Warning } from "../ingest/document.js";
import { findDegreeMentions } from "./degree-patterns.js";
import { classifyPeriod } from "./period-kind.js";
import type { Degree, DegreeLevel, Evidence, Period } from "./resume.js";
import { monthIndex, yearMonth } from "./year-month.js";

export type Json = Record<string, unknown>;

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-\d{2})?)?$/;
/** Spellings of studyType that the degree patterns (written for running text) leave out. */
const STUDY_TYPES: Array<[RegExp, Exclude<DegreeLevel, "none">]> = [
  [/^(?:ph\.?\s?d|doctor|doctorate|doctoral|d\.?phil|sc\.?d|ed\.?d)\b/i, "phd"],
  [/^(?:master|masters|m\.?\s?s\.?c?|m\.?\s?a|m\.?\s?eng|m\.?\s?phil|mba|m\.?\s?res|meng|msc)\b/i, "master"],
  [/^(?:bachelor|bachelors|b\.?\s?s\.?c?|b\.?\s?a|b\.?\s?eng|beng|bsc|undergraduate)\b/i, "bachelor"],
  [/^(?:associate|a\.?\s?a\.?s?|a\.?\s?s)\b/i, "associate"],
];
const UNFINISHED = /\b(?:candidate|in progress|ongoing|expected|current|pursuing|abd)\b/i;

export function degreeOf(entry: Json, evidence: Evidence | undefined): Degree[] {
  const studyType = typeof entry.studyType === "string" ? entry.studyType.trim() : "";
  // The institution decides the level of a school-dependent degree ("Engineering Degree" at an école).
  const school = typeof entry.institution === "string" ? entry.institution : "";
  const level = findDegreeMentions(studyType, false, school)[0]?.level ?? STUDY_TYPES.find(([pattern]) => pattern.test(studyType))?.[1];
  if (!level || !evidence) return [];
  const end = parseDate(entry.endDate);
  const degree: Degree = { level, name: studyType, completed: !UNFINISHED.test(studyType) && (end !== undefined || parseDate(entry.startDate) === undefined), evidence };
  if (typeof entry.area === "string" && entry.area.trim()) degree.field = entry.area.trim();
  if (typeof entry.institution === "string" && entry.institution.trim()) degree.institution = entry.institution.trim();
  if (end) degree.year = end.year;
  return [degree];
}

export function periodOf(
  entry: Json, key: "work" | "volunteer", i: number, cite: (path: string) => Evidence | undefined,
  detailsOf: (path: string) => Evidence[], warnings: Warning[],
): Period[] {
  const path = `${key}[${i}]`;
  const evidence = cite(path);
  const start = parseDate(entry.startDate);
  if (!evidence || !start) return [];
  const end = parseDate(entry.endDate);
  const yearsOnly = start.month === undefined && end !== undefined && end.month === undefined;
  // Bare years sit mid-year, as in running text: a range starts in July and ends in June, one year alone is April–September.
  const from = yearMonth(start.year, start.month ?? (yearsOnly && end!.year === start.year ? 4 : 7));
  const to = end === undefined ? "present" : yearMonth(end.year, end.month ?? (end.year !== start.year ? 6 : yearsOnly ? 9 : 12));
  if (to !== "present" && monthIndex(to) < monthIndex(from)) {
    warnings.push({ code: "END_BEFORE_START", message: `${path} ends before it starts: it was not counted`, page: evidence.page, line: evidence.line, text: evidence.text });
    return [];
  }
  const title = typeof entry.position === "string" && entry.position.trim() ? entry.position.trim() : undefined;
  const orgValue = key === "work" ? entry.name : entry.organization;
  const org = typeof orgValue === "string" && orgValue.trim() ? orgValue.trim() : undefined;
  const kind = classifyPeriod({ header: [title, org].filter(Boolean).join(", "), inVolunteerSection: key === "volunteer", summerOnly: false });
  const period: Period = { start: from, end: to, kind, evidence, details: detailsOf(path) };
  if (title) period.title = title;
  if (org) period.org = org;
  return [period];
}

function parseDate(value: unknown): { year: number; month?: number } | undefined {
  const m = typeof value === "string" ? ISO_DATE.exec(value.trim()) : null;
  if (!m) return undefined;
  const month = m[2] === undefined ? undefined : Number(m[2]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  return month === undefined ? { year: Number(m[1]) } : { year: Number(m[1]), month };
}

export function entries(value: unknown): Array<[Json, number]> {
  return Array.isArray(value) ? value.flatMap((entry, i): Array<[Json, number]> => (isJson(entry) ? [[entry, i]] : [])) : [];
}

export function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
