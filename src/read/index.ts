// Document → Resume: what the résumé says, each fact with the line that says it. Pure and defensive: odd
// input gives an emptier Resume and warnings, never an exception.
import type { Document, Warning } from "../ingest/document.js";
import type { Contact, Degree, Period, Resume, ResumeLine, SkillMention } from "./resume.js";
import type { Vocabulary } from "./vocabulary.js";
import { extractContact } from "./contact.js";
import { extractDegrees } from "./degrees.js";
import { extractPeriods } from "./experience.js";
import { readJsonResumeFields } from "./json-resume.js";
import { readLines, type TextLine } from "./lines.js";
import { splitSections, type SectionSplit } from "./sections.js";
import { lineTermsFor } from "./skills.js";
import { detectStuffing, matchSkillsCountingStuffingOnce, NO_STUFFING, type Stuffing } from "./stuffing.js";

export { professionalYears, relevantYears, totalYears } from "./experience.js";
export { compileVocabulary } from "./skills.js";

/** Runs one extractor; a failure becomes a warning and the fallback value, so one bad part spoils nothing else. */
function attempt<T>(what: string, warnings: Warning[], run: () => T, fallback: T): T {
  try {
    return run();
  } catch (e) {
    warnings.push({ code: "READ_FAILED", message: `could not read ${what}: ${e instanceof Error ? e.message : String(e)}` });
    return fallback;
  }
}

export function readResume(doc: Document, vocabulary: Vocabulary): Resume {
  const warnings: Warning[] = [];
  // A JSON Resume says in its fields what running text leaves to be guessed.
  const structured = attempt("the JSON Resume fields", warnings, () => readJsonResumeFields(doc, vocabulary), undefined);
  if (structured) return structured;
  const lines: TextLine[] = attempt("the lines", warnings, () => readLines(doc), []);
  const split: SectionSplit = attempt("the sections", warnings, () => splitSections(lines), { sections: [], kinds: lines.map(() => "other" as const) });
  const contact: Contact = attempt("the contact details", warnings, () => extractContact(lines, split.kinds), { links: [], evidence: [] });
  const degrees: Degree[] = attempt("the degrees", warnings, () => extractDegrees(lines, split.kinds), []);
  const periods: Period[] = attempt(
    "the experience",
    warnings,
    () => {
      const result = extractPeriods(lines, split);
      warnings.push(...result.warnings);
      return result.periods;
    },
    [],
  );
  // The candidate's name is not a skill, even when it is "Julia" or "Ruby".
  const nameCited = contact.name ? contact.evidence[0] : undefined;
  const nameLine = nameCited ? lines.findIndex((l) => l.page === nameCited.page && l.line === nameCited.line) : -1;
  const skip = new Set(nameLine >= 0 ? [nameLine] : []);
  // Each line is searched for vocabulary terms once, for both readers.
  const terms = attempt("the skill terms", warnings, () => lineTermsFor(lines, vocabulary), undefined);
  const stuffing: Stuffing = attempt("keyword stuffing", warnings, () => detectStuffing(lines, vocabulary, terms), NO_STUFFING);
  warnings.push(...stuffing.warnings);
  const skills: SkillMention[] = attempt("the skills", warnings, () => matchSkillsCountingStuffingOnce(lines, vocabulary, skip, stuffing.lines, terms), []);
  const resumeLines: ResumeLine[] = lines.map((l, i) => ({ page: l.page, line: l.line, text: l.text, section: split.kinds[i] ?? "other" }));
  if (lines.length === 0) warnings.push({ code: "NO_TEXT", message: "the document has no visible text" });
  return {
    format: doc?.format ?? "text",
    pages: Array.isArray(doc?.pages) ? doc.pages.length : 0,
    lines: resumeLines,
    sections: split.sections,
    contact,
    degrees,
    periods,
    skills,
    warnings: [...(Array.isArray(doc?.warnings) ? doc.warnings : []), ...warnings],
    hidden: Array.isArray(doc?.hidden) ? doc.hidden : [],
  };
}
