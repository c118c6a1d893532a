// Dated roles: every date range in the experience-like sections (or anywhere, when the résumé has no such
// section) anchors a period; its title and organisation come from the same line and the lines around it, its
// details are the lines that follow until the next role.
import type { Warning } from "../ingest/document.js";
import type { Evidence, Period, Section, SectionKind } from "./resume.js";
import { findDateRanges, leadingRangeEnd, type DateRange } from "./dates.js";
import { evidenceOf, type TextLine } from "./lines.js";
import { classifyPeriod } from "./period-kind.js";
import { parseRoleHeader } from "./role-header.js";

export { relevantYears, totalYears } from "./experience-years.js";

const ROLE_SECTIONS: ReadonlySet<SectionKind> = new Set(["experience", "volunteer"]);
/** Sections whose dates are never roles, even in a résumé without an experience heading. */
const NOT_ROLES: ReadonlySet<SectionKind> = new Set(["education", "projects", "publications", "certifications", "awards", "skills", "languages", "interests", "references", "summary"]);
const BULLET = /^[•●▪■◦○◆►▸‣∙*–—-]\s*/u;
const MAX_DETAILS = 40;
const MAX_HEADER_LINE = 250;

interface Anchor {
  index: number;
  range: DateRange;
  start: string;
  end: string;
  /** The line's text without its dates. */
  rest: string;
  /** The next line began with the end of this range ("Present …"); that much of it is not content. */
  continued?: number;
}

const words = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** A short line that can name a title or an organisation: not a bullet, not a sentence. */
function headerLike(line: TextLine | undefined): boolean {
  if (!line) return false;
  const text = line.text;
  // A bullet may mark an employer ("• Acme Corp   Boston, MA") but then it is short.
  const maxWords = BULLET.test(text) ? 10 : 12;
  return words(text) <= maxWords && text.length <= 100 && !/[.!?]$/.test(text.replace(/\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|LLC)\.$/i, ""));
}

/** The dates open or close the line, or sit between separators ("Acme · Boston · 2019", "2019 (6 months) – Acme"). */
function setApart(text: string, range: DateRange): boolean {
  const before = text.slice(0, range.index);
  const after = text.slice(range.index + range.length);
  const openLeft = /^\s*$/.test(before) || /(?:[|·•,(\[–—-]|\s{2,})\s*$/u.test(before);
  const openRight = /^\s*$/.test(after) || /^\s*[|·•,)\]–—(-]/u.test(after);
  return openLeft || (openRight && /^\s*$/.test(before));
}

/** The role's dates on this line, if the line reads like a role header rather than a sentence with a year. */
function anchorOn(line: TextLine, next: TextLine | undefined, warnings: Warning[]): Anchor | null {
  // A role's header is a short line; a paragraph with dates in it is a description.
  if (line.text.length > MAX_HEADER_LINE) return null;
  const ranges = findDateRanges(line.text);
  for (const range of ranges) {
    if (range.reversed) {
      warnings.push({ code: "END_BEFORE_START", message: `date range ends before it starts: "${range.text}"`, page: line.page, line: line.line, text: line.text });
      continue;
    }
    const rest = (line.text.slice(0, range.index) + " " + line.text.slice(range.index + range.length)).replace(/\s+/g, " ").trim();
    const prose = words(rest) > 14 || (BULLET.test(line.text) && words(rest) > 6);
    if (prose) continue;
    if (range.single && !range.open && (range.exactDay || /[.!?]$/.test(rest) || words(rest) > 10)) continue;
    // A lone year inside a name ("Google Summer of Code 2019") is not the role's date; set apart, it is.
    if (range.single && range.approximate && !range.open && !setApart(line.text, range)) continue;
    let { start, end } = range;
    let continued: number | undefined;
    if (range.open) {
      const wrapped = next ? leadingRangeEnd(next.text) : null;
      const after = line.text.slice(range.index + range.length).trim();
      if (wrapped) {
        end = wrapped.end;
        continued = wrapped.length;
      } else if (after && range.alone) {
        ({ start, end } = range.alone);
      }
    }
    return { index: -1, range, start, end, rest, ...(continued !== undefined ? { continued } : {}) };
  }
  return null;
}

export interface PeriodResult {
  periods: Period[];
  warnings: Warning[];
}

/** Where each line sits: its section's kind and index, and whether it is the section's heading. */
export interface LineSections {
  kinds: readonly SectionKind[];
  sections: readonly Section[];
}

interface Layout {
  lines: readonly TextLine[];
  kinds: readonly SectionKind[];
  /** Section index of every line. */
  sectionOf: number[];
  /** Lines that are section headings. */
  headings: Set<number>;
}

export function extractPeriods(lines: readonly TextLine[], where: LineSections): PeriodResult {
  const warnings: Warning[] = [];
  const { kinds } = where;
  const sectionOf = new Array<number>(lines.length).fill(-1);
  const headings = new Set<number>();
  where.sections.forEach((s, n) => {
    for (let i = s.start; i < s.end && i < lines.length; i++) sectionOf[i] = n;
    if (s.heading !== null) headings.add(s.start);
  });
  const layout: Layout = { lines, kinds, sectionOf, headings };
  // Without an experience heading, roles may be anywhere but in sections whose dates are something else.
  const hasExperience = kinds.includes("experience");
  const eligible = (i: number): boolean =>
    i < lines.length && (ROLE_SECTIONS.has(kinds[i]!) || (!hasExperience && !NOT_ROLES.has(kinds[i]!)));

  const anchors: Anchor[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!eligible(i)) continue;
    const a = anchorOn(lines[i]!, eligible(i + 1) && sectionOf[i + 1] === sectionOf[i] ? lines[i + 1] : undefined, warnings);
    if (!a) continue;
    a.index = i;
    anchors.push(a);
    if (a.continued !== undefined) i++;
  }

  // Per section: the number of header lines above the dates of its first role (0–2) is the layout every role
  // of the section follows; the lines between two roles are split by it ("Org / dates / Title" repeats).
  const aboveCount = new Map<number, number>();
  for (const a of anchors) {
    const n = sectionOf[a.index]!;
    if (!aboveCount.has(n)) aboveCount.set(n, firstRoleHeaderLines(layout, a).length);
  }
  const linesAbove = (a: Anchor, floor: number): number[] => headerLinesAbove(layout, a, floor, aboveCount.get(sectionOf[a.index]!) ?? 0);

  const periods = anchors.map((a, k) => {
    const sameSection = (b: Anchor | undefined): b is Anchor => b !== undefined && sectionOf[b.index] === sectionOf[a.index];
    const prev = anchors[k - 1];
    const next = anchors[k + 1];
    const above = linesAbove(a, sameSection(prev) ? prev.index : -1);
    const nextAbove = sameSection(next) ? linesAbove(next, a.index) : [];
    const limit = nextAbove[0] ?? next?.index ?? lines.length;
    const below = headerLinesBelow(layout, a, limit, [...above.map((i) => lines[i]!.text), a.rest]);
    const headerTexts = [...above.map((i) => lines[i]!.text), a.rest, ...below.map((i) => lines[i]!.text)].filter(Boolean);
    const role = parseRoleHeader(headerTexts);
    const detailsFrom = Math.max(a.index + 1 + (a.continued !== undefined ? 1 : 0), ...below.map((i) => i + 1));
    const details: Evidence[] = [];
    for (let i = detailsFrom; i < limit && details.length < MAX_DETAILS; i++) {
      if (sectionOf[i] !== sectionOf[a.index]) break;
      details.push(evidenceOf(lines[i]!));
    }
    const summerOnly = a.range.single && /\bsummer\b/iu.test(a.range.text);
    const kind = classifyPeriod({ header: headerTexts.join(" | "), inVolunteerSection: kinds[a.index] === "volunteer", summerOnly });
    const period: Period = { start: a.start, end: a.end, kind, evidence: evidenceOf(lines[a.index]!), details };
    if (role.title) period.title = role.title;
    if (role.org) period.org = role.org;
    return period;
  });
  return { periods, warnings };
}

/** The header lines above a section's first dates: the nearest one, and the one above while title or org is missing. */
function firstRoleHeaderLines(layout: Layout, a: Anchor): number[] {
  const candidates = headerLinesAbove(layout, a, -1, 2);
  if (candidates.length < 2) return candidates;
  const nearest = candidates[1]!;
  const soFar = parseRoleHeader([layout.lines[nearest]!.text, a.rest]);
  return soFar.title && soFar.org ? [nearest] : candidates;
}

/** Up to `count` header-like lines right above the dates, not crossing a heading, other dates or `floor`. */
function headerLinesAbove(layout: Layout, a: Anchor, floor: number, count: number): number[] {
  const { lines, sectionOf, headings } = layout;
  const out: number[] = [];
  for (let i = a.index - 1; i > floor && out.length < count; i--) {
    if (sectionOf[i] !== sectionOf[a.index] || headings.has(i) || !headerLike(lines[i])) break;
    if (findDateRanges(lines[i]!.text).some((r) => !r.single)) break;
    out.unshift(i);
  }
  return out;
}

/** Short lines under the dates that complete a header still missing its title or organisation. */
function headerLinesBelow(layout: Layout, a: Anchor, limit: number, header: string[]): number[] {
  const { lines, sectionOf } = layout;
  const out: number[] = [];
  const from = a.index + 1 + (a.continued !== undefined ? 1 : 0);
  for (let i = from; i < limit && out.length < 2; i++) {
    const role = parseRoleHeader([...header, ...out.map((j) => lines[j]!.text)]);
    if (role.title && role.org) break;
    if (sectionOf[i] !== sectionOf[a.index] || !headerLike(lines[i]) || words(lines[i]!.text) > 8) break;
    out.push(i);
  }
  return out;
}
