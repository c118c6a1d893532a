// Degrees: level, field, institution, year and whether it is finished, from the education section (or from
// anywhere, with stricter spellings, when the résumé has no education section).
import type { Degree, SectionKind } from "./resume.js";
import { findDateRanges } from "./dates.js";
import { findDegreeMentions, type DegreeMention } from "./degree-patterns.js";
import { preparatoryClassesIn } from "./engineering-degrees.js";
import { matchHeading } from "./headings.js";
import { evidenceOf, type TextLine } from "./lines.js";

const IN_PROGRESS = /\b(?:expected|anticipated|candidate|in\s+progress|ongoing|pursuing|currently|current|present|to\s+be\s+completed|ABD|exp\.|graduating|will\s+graduate|incoming|enrolled|now)\b/iu;
/** "Ph.D. student" on the degree's own line; elsewhere "student" is an activity ("Student Council"). */
const STUDENT = /\bstudent\b/iu;
const INSTITUTION_WORD = /(?<![\p{L}])(?:universit(?:y|ies|é|at|ät|à|ad|ade|eit)|college|institute|institut|instituto|istituto|school|école|ecole|academy|akademie|polytechnic|politecnico|polytechnique|hochschule|fachhochschule|conservatory|seminary)(?![\p{L}])/iu;
const INSTITUTION_NAME = /\b(?:ETH|EPFL|MIT|Caltech|CalTech|UCLA|UCSD|NYU|CMU|IIT|KAIST|UC\s+\p{Lu}\p{L}+|\p{Lu}\p{L}+\s+Tech)\b/u;
const INSTITUTION = { test: (text: string): boolean => INSTITUTION_WORD.test(text) || INSTITUTION_NAME.test(text) };
const YEAR = /(?<!\d)(?:19[5-9]\d|20[0-3]\d)(?!\d)/g;
const BULLET = /^[•●▪■◦○◆►▸‣∙*–—-]\s*/u;

/** Where an entry starts: at its degree, at its institution, or at its dates (which lead the institution). */
type EntryLayout = "degree-first" | "institution-first" | "dates-first";

interface Found {
  index: number;
  mentions: DegreeMention[];
}

/** Lines that belong to one degree: its own line plus the institution, dates and notes around it. */
function entryLines(found: Found[], k: number, sectionStart: number, sectionEnd: number, layout: EntryLayout, textAt: (i: number) => string): number[] {
  const at = found[k]!.index;
  const prev = k > 0 ? found[k - 1]!.index : sectionStart - 1;
  const next = k + 1 < found.length ? found[k + 1]!.index : sectionEnd;
  const out: number[] = [];
  if (layout !== "degree-first") {
    // "University / B.S. …": the lines since the previous degree lead into this one. Unless dates come first
    // ("2014 – 2017 / University / B.S."), they start at the institution: what comes before it are the previous
    // degree's dates and notes.
    const from = Math.max(prev + 1, at - 3);
    let first = from;
    if (layout === "institution-first") {
      let named = at;
      while (named > from && !INSTITUTION.test(textAt(named - 1))) named--;
      // An institution's name may wrap over two lines ("University of Southern California, / Marshall School").
      while (named - 1 > from && INSTITUTION.test(textAt(named - 2))) named--;
      if (named > from) first = named - 1;
    }
    for (let i = first; i < at; i++) out.push(i);
    out.push(at);
    // "University / M.S. … / Aug 2024 – Present": without dates above, they follow the degree, before the next
    // institution.
    if (out.some((i) => findDateRanges(textAt(i)).length > 0)) return out;
    for (let i = at + 1; i < next && i < at + 4 && !INSTITUTION.test(textAt(i)); i++) out.push(i);
    return out;
  }
  for (let i = at; i < next && i < at + 4; i++) out.push(i);
  return out;
}

/** The field written next to a degree, up to the next degree on the line ("BS/MS in …" gives the MS its field). */
function fieldOf(text: string, mention: DegreeMention, nextMention: number): string | undefined {
  const after = text.slice(mention.index + mention.length, nextMention);
  const before = text.slice(0, mention.index);
  const cut = (s: string): string =>
    s
      .split(/\s*(?:[|,;(•·–—]|\s-\s|\bGPA\b|\bat\b|\bfrom\b|\bwith\b|\bminor\b|\bspecialization\b|\bcum laude\b|\bexpected\b|\b(?:19|20)\d{2}\b)/iu)[0]!
      .replace(/^[\s:,.–—-]+|[\s:,.–—-]+$/gu, "")
      .replace(/^(?:in|of|major\s+in|majoring\s+in)\s+/iu, "")
      .trim();
  // The field ends where the dates begin ("in Computer Science Sep 2012 – Jun 2016").
  const dates = findDateRanges(after)[0];
  const beforeDates = dates ? after.slice(0, dates.index) : after;
  let field = cut(beforeDates.replace(/^[\s.,:;–—-]*(?:(?:in|of)\b)?\s*/iu, ""));
  // "Computer Science, M.S." puts the field first.
  if (!field && /,\s*$/.test(before)) field = cut(before.replace(/,\s*$/, "").split(/[|•·;]/).pop() ?? "");
  if (!field || INSTITUTION.test(field) || field.split(/\s+/).length > 8 || !/\p{L}{2}/u.test(field)) return undefined;
  return field;
}

/**
 * A heading set in a left gutter shares its row with the first entry ("Education Westbrook University"):
 * the entry's text is what follows the heading.
 */
function withoutLeadingHeading(text: string): string {
  const m = /^(\p{Lu}\p{L}+)[\s:]+(?=\p{Lu})/u.exec(text);
  return m && matchHeading(m[1]!)?.kind === "education" ? text.slice(m[0].length) : text;
}

function institutionOf(textAt: (i: number) => string, entry: number[], degreeLine: number): string | undefined {
  const ordered = [degreeLine, ...entry.filter((i) => i !== degreeLine)];
  for (const i of ordered) {
    const text = textAt(i).replace(BULLET, "");
    for (const part of text.split(/\s*(?:[|•·;–—]|\s-\s|,(?=\s*\p{Lu}))\s*/u)) {
      if (INSTITUTION.test(part) && findDegreeMentions(part, false).length === 0) {
        const name = part.replace(new RegExp(YEAR.source, "g"), "").replace(/\(\s*\)/g, "").replace(/[\s,(]+$/, "").trim();
        if (name.length >= 3) return name;
      }
    }
  }
  return undefined;
}

function yearOf(lines: readonly TextLine[], entry: number[], degreeLine: number): number | undefined {
  const ordered = [degreeLine, ...entry.filter((i) => i !== degreeLine)];
  for (const i of ordered) {
    const years = [...lines[i]!.text.matchAll(YEAR)].map((m) => Number(m[0]));
    if (years.length) return Math.max(...years);
  }
  return undefined;
}

function inProgress(lines: readonly TextLine[], entry: number[], degreeLine: number): boolean {
  if (STUDENT.test(lines[degreeLine]!.text)) return true;
  return entry.some((i) => {
    const text = lines[i]!.text;
    return IN_PROGRESS.test(text) || findDateRanges(text).some((r) => r.end === "present" && !r.open);
  });
}

/** The layout of a section's entries, from the lines before its first degree. */
function entryLayout(start: number, firstDegree: number, textAt: (i: number) => string, hasEducation: boolean): EntryLayout {
  if (!hasEducation) return "degree-first";
  for (let i = start; i < firstDegree; i++) {
    const text = textAt(i);
    // A bulleted line is a note, unless it is a short one holding the dates ("• 2014 – 2017").
    if (/^education/i.test(text) || (BULLET.test(text) && text.split(/\s+/).length > 4)) continue;
    if (INSTITUTION.test(text)) return "institution-first";
    if (findDateRanges(text).length > 0) return "dates-first";
  }
  return "degree-first";
}

/** Degrees in the lines of the given kinds (by index); `strict` keeps only unambiguous spellings. */
export function extractDegrees(lines: readonly TextLine[], kinds: readonly SectionKind[]): Degree[] {
  const hasEducation = kinds.includes("education");
  const strict = !hasEducation;
  const degrees: Degree[] = [];
  // Each education section separately: an entry never spans two sections.
  const ranges: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (hasEducation && kinds[i] !== "education") continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else ranges.push([i, i + 1]);
  }
  for (const [start, end] of ranges) {
    const textAt = (i: number): string => (i === start ? withoutLeadingHeading(lines[i]!.text) : lines[i]!.text);
    const sectionText = lines.slice(start, end).map((l) => l.text).join("\n");
    const found: Found[] = [];
    for (let i = start; i < end; i++) {
      const mentions = findDegreeMentions(lines[i]!.text, strict, sectionText);
      if (mentions.length) found.push({ index: i, mentions });
    }
    if (!found.length) continue;
    const first = found[0]!.index;
    const layout = entryLayout(start, first, textAt, hasEducation);
    // Preparatory classes place the whole education in the French model; otherwise only the entry's own lines tell.
    const wholeSection = preparatoryClassesIn(sectionText);
    found.forEach((f, k) => {
      const entry = entryLines(found, k, start, end, layout, textAt);
      const context = wholeSection ? sectionText : entry.map(textAt).join("\n");
      const mentions = findDegreeMentions(lines[f.index]!.text, strict, context);
      const completed = !inProgress(lines, entry, f.index);
      const levels = new Set<string>();
      mentions.forEach((mention, m) => {
        if (levels.has(mention.level)) return;
        levels.add(mention.level);
        const text = lines[f.index]!.text;
        const degree: Degree = { level: mention.level, name: mention.name, completed, evidence: evidenceOf(lines[f.index]!) };
        const field = fieldOf(text, mention, mentions[m + 1]?.index ?? text.length);
        if (field) degree.field = field;
        const institution = institutionOf(textAt, entry, f.index);
        if (institution) degree.institution = institution;
        const year = yearOf(lines, entry, f.index);
        if (year) degree.year = year;
        degrees.push(degree);
      });
    });
  }
  return degrees;
}
