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
  return !BULLET.test(text) && words(text) <= 12 && text.length <= 100 && !/[.!?]$/.test(text.replace(/\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|LLC)\.$/i, ""));
}

/** The role's dates on this line, if the line reads like a role header rather than a sentence with a year. */
function anchorOn(line: TextLine, next: TextLine | undefined, warnings: Warning[]): Anchor | null {
  const ranges = findDateRanges(line.text);
  for (const range of ranges) {
    if (range.reversed) {
      warnings.push({ code: "END_BEFORE_START", message: `date range ends before it starts: "${range.text}"`, page: line.page, line: line.line, text: line.text });
      continue;
    }
    const rest = (line.text.slice(0, range.index) + " " + line.text.slice(range.index + range.length)).replace(/\s+/g, " ").trim();
    const prose = words(rest) > 14 || (BULLET.test(line.text) && words(rest) > 6);
    if (prose) continue;
    if (range.single && !range.open && (/[.!?]$/.test(rest) || words(rest) > 10)) continue;
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
  const hasRoleSection = kinds.some((k) => ROLE_SECTIONS.has(k));
  const eligible = (i: number): boolean => i < lines.length && (hasRoleSection ? ROLE_SECTIONS.has(kinds[i]!) : !NOT_ROLES.has(kinds[i]!));

  const anchors: Anchor[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!eligible(i)) continue;
    const a = anchorOn(lines[i]!, eligible(i + 1) && sectionOf[i + 1] === sectionOf[i] ? lines[i + 1] : undefined, warnings);
    if (!a) continue;
    a.index = i;
    anchors.push(a);
    if (a.continued !== undefined) i++;
  }

  // Per section: when its first role has short lines above the dates, headers sit above dates in that section.
  const headersAbove = new Map<number, boolean>();
  for (const a of anchors) {
    const n = sectionOf[a.index]!;
    if (headersAbove.has(n)) continue;
    const above = headerLinesAbove(layout, a, -1);
    headersAbove.set(n, above.length > 0);
  }

  const periods = anchors.map((a, k) => {
    const sameSection = (b: Anchor | undefined): boolean => !!b && sectionOf[b.index] === sectionOf[a.index];
    const prev = anchors[k - 1];
    const next = anchors[k + 1];
    const above = headersAbove.get(sectionOf[a.index]!) ? headerLinesAbove(layout, a, prev && sameSection(prev) ? prev.index : -1) : [];
    const below = above.length === 0 && words(a.rest) < 2 ? headerLinesBelow(layout, a, next && sameSection(next) ? next.index : lines.length) : [];
    const headerTexts = [...above.map((i) => lines[i]!.text), a.rest, ...below.map((i) => lines[i]!.text)].filter(Boolean);
    const role = parseRoleHeader(headerTexts);
    let detailsEnd = lines.length;
    if (next && sameSection(next)) {
      const nextAbove = headersAbove.get(sectionOf[next.index]!) ? headerLinesAbove(layout, next, a.index) : [];
      detailsEnd = nextAbove.length ? nextAbove[0]! : next.index;
    } else if (next) detailsEnd = next.index;
    const detailsFrom = Math.max(a.index + 1 + (a.continued !== undefined ? 1 : 0), ...below.map((i) => i + 1));
    const details: Evidence[] = [];
    for (let i = detailsFrom; i < detailsEnd && details.length < MAX_DETAILS; i++) {
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

/**
 * Up to two header lines right above the dates: the nearest one always (unless it is a bullet, a heading or in
 * another section), the one above only when it is short too and the title or organisation is still missing.
 */
function headerLinesAbove(layout: Layout, a: Anchor, floor: number): number[] {
  const { lines, sectionOf, headings } = layout;
  const out: number[] = [];
  for (let i = a.index - 1; i > floor && out.length < 2; i--) {
    if (sectionOf[i] !== sectionOf[a.index] || headings.has(i) || !headerLike(lines[i])) break;
    if (findDateRanges(lines[i]!.text).length > 0) break;
    if (out.length === 1) {
      const soFar = parseRoleHeader([lines[out[0]!]!.text, a.rest]);
      if ((soFar.title && soFar.org) || words(lines[i]!.text) > 8) break;
    }
    out.unshift(i);
  }
  return out;
}

function headerLinesBelow(layout: Layout, a: Anchor, nextAnchor: number): number[] {
  const { lines, sectionOf } = layout;
  const out: number[] = [];
  const from = a.index + 1 + (a.continued !== undefined ? 1 : 0);
  for (let i = from; i < nextAnchor && out.length < 2; i++) {
    if (sectionOf[i] !== sectionOf[a.index] || !headerLike(lines[i]) || words(lines[i]!.text) > 8) break;
    out.push(i);
  }
  return out;
}
