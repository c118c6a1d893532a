// JSON Resume → Resume from its fields, not by guessing at text: basics give the contact, work[] and
// volunteer[] the dated roles, education[] the degrees; skills are matched through the vocabulary over
// every line, as for any résumé. Evidence cites the Document's lines, which name their JSON path
// ("work[0]: Senior Engineer, Acme (2019-03 – present)").
import type { Document, Line, Warning } from "../ingest/document.js";
import { findDegreeMentions } from "./degree-patterns.js";
import { classifyPeriod } from "./period-kind.js";
import type { Contact, Degree, DegreeLevel, Evidence, Period, Resume, ResumeLine, Section, SectionKind } from "./resume.js";
import { matchSkills } from "./skills.js";
import type { TextLine } from "./lines.js";
import type { Vocabulary } from "./vocabulary.js";
import { monthIndex, yearMonth } from "./year-month.js";

type Json = Record<string, unknown>;

const SECTION_OF: Record<string, SectionKind> = {
  basics: "contact", work: "experience", volunteer: "volunteer", education: "education", skills: "skills",
  projects: "projects", awards: "awards", certificates: "certifications", publications: "publications",
  languages: "languages", interests: "interests", references: "references",
};
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-\d{2})?)?$/;
/** Spellings of studyType that the degree patterns (written for running text) leave out. */
const STUDY_TYPES: Array<[RegExp, Exclude<DegreeLevel, "none">]> = [
  [/^(?:ph\.?\s?d|doctor|doctorate|doctoral|d\.?phil|sc\.?d|ed\.?d)\b/i, "phd"],
  [/^(?:master|masters|m\.?\s?s\.?c?|m\.?\s?a|m\.?\s?eng|m\.?\s?phil|mba|m\.?\s?res|meng|msc)\b/i, "master"],
  [/^(?:bachelor|bachelors|b\.?\s?s\.?c?|b\.?\s?a|b\.?\s?eng|beng|bsc|undergraduate)\b/i, "bachelor"],
  [/^(?:associate|a\.?\s?a\.?s?|a\.?\s?s)\b/i, "associate"],
];
const UNFINISHED = /\b(?:candidate|in progress|ongoing|expected|current|pursuing|abd)\b/i;

export function readJsonResumeFields(doc: Document, vocabulary: Vocabulary): Resume | undefined {
  if (doc.format !== "json-resume" || !isJson(doc.structured)) return undefined;
  const data = doc.structured;
  const docLines: Line[] = doc.pages.flatMap((page) => page.lines);
  const byPath = new Map(docLines.filter((line) => line.path).map((line) => [line.path!, line]));
  const cite = (path: string): Evidence | undefined => {
    const line = byPath.get(path);
    return line ? { page: line.page, line: line.line, text: line.text } : undefined;
  };
  const detailsOf = (path: string): Evidence[] =>
    docLines.filter((line) => line.path?.startsWith(`${path}.`)).map((line) => ({ page: line.page, line: line.line, text: line.text }));
  const warnings: Warning[] = [];
  const lines: ResumeLine[] = docLines.map((line) => ({ page: line.page, line: line.line, text: line.text, section: sectionOf(line.path) }));
  return {
    format: "json-resume",
    pages: doc.pages.length,
    lines,
    sections: sectionsOf(lines, docLines),
    contact: contactOf(isJson(data.basics) ? data.basics : {}, cite),
    degrees: entries(data.education).flatMap(([entry, i]) => degreeOf(entry, cite(`education[${i}]`))),
    periods: [
      ...entries(data.work).flatMap(([entry, i]) => periodOf(entry, "work", i, cite, detailsOf, warnings)),
      ...entries(data.volunteer).flatMap(([entry, i]) => periodOf(entry, "volunteer", i, cite, detailsOf, warnings)),
    ],
    skills: skillsOf(docLines, vocabulary),
    warnings: [...doc.warnings, ...warnings],
    hidden: doc.hidden,
  };
}

function contactOf(basics: Json, cite: (path: string) => Evidence | undefined): Contact {
  const text = (key: string) => (typeof basics[key] === "string" && basics[key].trim() ? basics[key].trim() : undefined);
  const contact: Contact = { links: [], evidence: [] };
  for (const key of ["name", "email", "phone"] as const) {
    const value = text(key);
    const evidence = cite(`basics.${key}`);
    if (value && evidence) {
      contact[key] = value;
      contact.evidence.push(evidence);
    }
  }
  const url = text("url");
  if (url) contact.links.push(url);
  entries(basics.profiles).forEach(([profile]) => {
    const link = typeof profile.url === "string" && profile.url.trim() ? profile.url.trim() : undefined;
    if (link && !contact.links.includes(link)) contact.links.push(link);
  });
  return contact;
}

function degreeOf(entry: Json, evidence: Evidence | undefined): Degree[] {
  const studyType = typeof entry.studyType === "string" ? entry.studyType.trim() : "";
  const level = findDegreeMentions(studyType, false)[0]?.level ?? STUDY_TYPES.find(([pattern]) => pattern.test(studyType))?.[1];
  if (!level || !evidence) return [];
  const end = parseDate(entry.endDate);
  const degree: Degree = { level, name: studyType, completed: !UNFINISHED.test(studyType) && (end !== undefined || parseDate(entry.startDate) === undefined), evidence };
  if (typeof entry.area === "string" && entry.area.trim()) degree.field = entry.area.trim();
  if (typeof entry.institution === "string" && entry.institution.trim()) degree.institution = entry.institution.trim();
  if (end) degree.year = end.year;
  return [degree];
}

function periodOf(
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

/** Skills through the vocabulary, read from each line's value (not its JSON path); the name is not a skill. */
function skillsOf(lines: Line[], vocabulary: Vocabulary) {
  const values: TextLine[] = lines
    .filter((line) => line.path !== "basics.name")
    .map((line) => ({ page: line.page, line: line.line, text: line.path ? line.text.slice(line.path.length + 2) : line.text }));
  const full = new Map(lines.map((line) => [`${line.page}:${line.line}`, line.text]));
  return matchSkills(values, vocabulary).map((skill) => ({
    ...skill,
    evidence: skill.evidence.map((e) => ({ ...e, text: full.get(`${e.page}:${e.line}`) ?? e.text })),
  }));
}

function sectionsOf(lines: ResumeLine[], docLines: Line[]): Section[] {
  const sections: Section[] = [];
  lines.forEach((line, i) => {
    const last = sections[sections.length - 1];
    const key = topKey(docLines[i]?.path);
    if (last && last.kind === line.section && last.heading === key) {
      last.end = i + 1;
      return;
    }
    sections.push({ kind: line.section, heading: key ?? null, evidence: { page: line.page, line: line.line, text: line.text }, start: i, end: i + 1 });
  });
  return sections;
}

function sectionOf(path: string | undefined): SectionKind {
  if (path === "basics.summary") return "summary";
  return SECTION_OF[topKey(path) ?? ""] ?? "other";
}

function topKey(path: string | undefined): string | undefined {
  return path ? /^[^.[]+/.exec(path)?.[0] : undefined;
}

function parseDate(value: unknown): { year: number; month?: number } | undefined {
  const m = typeof value === "string" ? ISO_DATE.exec(value.trim()) : null;
  if (!m) return undefined;
  const month = m[2] === undefined ? undefined : Number(m[2]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  return month === undefined ? { year: Number(m[1]) } : { year: Number(m[1]), month };
}

function entries(value: unknown): Array<[Json, number]> {
  return Array.isArray(value) ? value.flatMap((entry, i): Array<[Json, number]> => (isJson(entry) ? [[entry, i]] : [])) : [];
}

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
