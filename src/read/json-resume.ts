// JSON Resume → Resume from its fields, not by guessing at text: basics give the contact, work[] and
// volunteer[] the dated roles, education[] the degrees; skills are matched through the vocabulary over
// every line, as for any résumé. Evidence cites the Document's lines, which name their JSON path
// ("work[0]: Senior Engineer, Acme (2019-03 – present)").
import type { Document, Line, Warning } from "../ingest/document.js";
import { degreeOf, entries, isJson, periodOf, type Json } from "./json-resume-entries.js";
import type { Contact, Evidence, Resume, ResumeLine, Section, SectionKind, SkillMention } from "./resume.js";
import { lineTermsFor } from "./skills.js";
import { detectStuffing, matchSkillsCountingStuffingOnce } from "./stuffing.js";
import type { TextLine } from "./lines.js";
import type { Vocabulary } from "./vocabulary.js";

const SECTION_OF: Record<string, SectionKind> = {
  basics: "contact", work: "experience", volunteer: "volunteer", education: "education", skills: "skills",
  projects: "projects", awards: "awards", certificates: "certifications", publications: "publications",
  languages: "languages", interests: "interests", references: "references",
};

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
    skills: skillsOf(docLines, vocabulary, warnings),
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

/**
 * Skills through the vocabulary, read from each line's value (not its JSON path), with keyword stuffing
 * counted once as in any résumé; the name is not a skill. Evidence quotes the whole line.
 */
function skillsOf(lines: Line[], vocabulary: Vocabulary, warnings: Warning[]): SkillMention[] {
  const values: TextLine[] = lines.map((line) => ({ page: line.page, line: line.line, text: line.path ? line.text.slice(line.path.length + 2) : line.text }));
  const name = lines.findIndex((line) => line.path === "basics.name");
  // Each value is searched for vocabulary terms once, for both readers.
  const terms = lineTermsFor(values, vocabulary);
  const stuffing = detectStuffing(values, vocabulary, terms);
  warnings.push(...stuffing.warnings);
  const full = new Map(lines.map((line) => [`${line.page}:${line.line}`, line.text]));
  return matchSkillsCountingStuffingOnce(values, vocabulary, new Set(name >= 0 ? [name] : []), stuffing.lines, terms).map((skill) => ({
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

