// Dated roles: every date range in the experience-like sections (or anywhere, when the résumé has no such
// section) anchors a period; its title and organisation come from the same line and the lines around it, its
// details are the lines that follow until the next role.
import type { Warning } from "../ingest/document.js";
import type { Evidence, Period, Section, SectionKind } from "./resume.js";
import { findDateRanges } from "./dates.js";
import { evidenceOf, type TextLine } from "./lines.js";
import { classifyPeriod } from "./period-kind.js";
import { anchorOn, headerLike, words, type Anchor } from "./role-dates.js";
import { isOrgName, parseRoleHeader } from "./role-header.js";

export { PROFESSIONAL_KINDS, WORKED_KINDS, professionalYears, relevantYears, totalYears, yearsOfKinds } from "./experience-years.js";

const ROLE_SECTIONS: ReadonlySet<SectionKind> = new Set(["experience", "volunteer"]);
/** Sections whose dates are never roles, even in a résumé without an experience heading. */
const NOT_ROLES: ReadonlySet<SectionKind> = new Set(["education", "projects", "publications", "certifications", "awards", "skills", "languages", "interests", "references", "summary"]);
const MAX_DETAILS = 40;

export interface PeriodResult {
  periods: Period[];
  warnings: Warning[];
}

/** Where each line sits: its section's kind and index, and whether it is the section's heading. */
export interface LineSections {
  kinds: readonly SectionKind[];
  sections: readonly Section[];
}

/** One section's lines in reading order, even when a sidebar or a page break splits it into several runs. */
interface SectionLines {
  kind: SectionKind;
  /** Line indexes. */
  seq: number[];
  /** Positions (in seq) of the heading line, if the section has one. */
  heading: number;
  /** The heading as written ("Work", "Experience"). */
  headingText: string | null;
}

/** Groups the runs of lines by the section they continue (runs of one section share its heading's evidence). */
function sectionLines(lines: readonly TextLine[], where: LineSections): SectionLines[] {
  const byHeading = new Map<object, SectionLines>();
  const out: SectionLines[] = [];
  for (const s of where.sections) {
    let section = byHeading.get(s.evidence);
    if (!section) {
      section = { kind: s.kind, seq: [], heading: s.heading !== null ? 0 : -1, headingText: s.heading };
      byHeading.set(s.evidence, section);
      out.push(section);
    }
    for (let i = s.start; i < s.end && i < lines.length; i++) section.seq.push(i);
  }
  return out;
}

export function extractPeriods(lines: readonly TextLine[], where: LineSections): PeriodResult {
  const warnings: Warning[] = [];
  // Without an experience heading, roles may be anywhere but in sections whose dates are something else.
  const hasExperience = where.kinds.includes("experience");
  const periods: Period[] = [];
  for (const section of sectionLines(lines, where)) {
    if (!ROLE_SECTIONS.has(section.kind) && (hasExperience || NOT_ROLES.has(section.kind))) continue;
    periods.push(...sectionPeriods(section.seq.map((i) => lines[i]!), section, warnings));
  }
  return { periods, warnings };
}

/**
 * What a heading line holds besides the heading: "Work Senior Engineer, Acme 2019 – 2021" (a heading in a left
 * gutter, on the baseline of the first role) or "Experience: Acme — Engineer (2019–2021)".
 */
function contentAfterHeading(line: string, heading: string | null): string {
  if (!heading || !line.startsWith(heading)) return "";
  return line.slice(heading.length).replace(/^[\s:：–—|-]+/u, "").trim();
}

/** The roles of one section; `lines` holds its lines in order (positions, not document indexes). */
function sectionPeriods(lines: TextLine[], section: SectionLines, warnings: Warning[]): Period[] {
  // A heading line that also holds content is read as that content; the heading is not part of a role.
  const headingLine = section.heading >= 0 ? lines[section.heading] : undefined;
  const content = headingLine ? contentAfterHeading(headingLine.text, section.headingText) : "";
  const text = content ? lines.map((line, p) => (p === section.heading ? { ...line, text: content } : line)) : lines;
  const heading = content ? -1 : section.heading;
  const anchors: Anchor[] = [];
  for (let p = 0; p < text.length; p++) {
    const a = anchorOn(text[p]!, text[p + 1], warnings);
    if (!a) continue;
    a.index = p;
    if (p === heading) a.rest = a.rest.replace(/^[^:：]*[:：]\s*/u, "");
    anchors.push(a);
    if (a.continued !== undefined) p++;
  }
  if (!anchors.length) return [];
  // The number of header lines above the first role's dates (0–2) is the layout every role of the section
  // follows; it splits the lines between two roles ("Org / dates / Title" repeats).
  const aboveCount = firstRoleHeaderLines(text, heading, anchors[0]!).length;
  const linesAbove = (a: Anchor, floor: number): number[] => headerLinesAbove(text, heading, a, floor, aboveCount);

  return anchors.flatMap((a, k) => {
    const next = anchors[k + 1];
    const above = linesAbove(a, anchors[k - 1]?.index ?? -1);
    const limit = next ? (linesAbove(next, a.index)[0] ?? next.index) : text.length;
    const below = headerLinesBelow(text, a, limit, [...above.map((p) => text[p]!.text), a.rest]);
    const headerTexts = [...above.map((p) => text[p]!.text), a.rest, ...below.map((p) => text[p]!.text)].filter(Boolean);
    const role = parseRoleHeader(headerTexts);
    const detailsFrom = Math.max(a.index + 1 + (a.continued !== undefined ? 1 : 0), ...below.map((p) => p + 1));
    const details: Evidence[] = lines.slice(detailsFrom, Math.min(limit, detailsFrom + MAX_DETAILS)).map(evidenceOf);
    const summerOnly = a.range.single && /\bsummer\b/iu.test(a.range.text);
    const kind = classifyPeriod({ header: headerTexts.join(" | "), inVolunteerSection: section.kind === "volunteer", summerOnly });
    const period: Period = { start: a.start, end: a.end, kind, evidence: evidenceOf(lines[a.index]!), details };
    if (role.title) period.title = role.title;
    if (role.org) period.org = role.org;
    // A role held twice ("2017-05 – 2019-04, 2025-02 – Present") is two periods with one header.
    return [period, ...(a.stints ?? []).map((stint) => ({ ...period, start: stint.start, end: stint.end }))];
  });
}

/** The header lines above a section's first dates: the nearest one, and the one above while title or org is missing. */
function firstRoleHeaderLines(text: TextLine[], heading: number, a: Anchor): number[] {
  const candidates = headerLinesAbove(text, heading, a, -1, 2);
  if (candidates.length < 2) return candidates;
  const nearest = candidates[1]!;
  const soFar = parseRoleHeader([text[nearest]!.text, a.rest], false);
  return soFar.title && soFar.org ? [nearest] : candidates;
}

/** Up to `count` header-like lines right above the dates, not crossing the heading, other dates or `floor`. */
function headerLinesAbove(text: TextLine[], heading: number, a: Anchor, floor: number, count: number): number[] {
  const out: number[] = [];
  for (let p = a.index - 1; p > floor && p !== heading && out.length < count; p--) {
    if (!headerLike(text[p]) || findDateRanges(text[p]!.text).some((r) => !r.single)) break;
    out.unshift(p);
  }
  return out;
}

/** Short lines under the dates that complete a header still missing its title or organisation. */
function headerLinesBelow(text: TextLine[], a: Anchor, limit: number, header: string[]): number[] {
  const out: number[] = [];
  for (let p = a.index + 1 + (a.continued !== undefined ? 1 : 0); p < limit && out.length < 2; p++) {
    const role = parseRoleHeader([...header, ...out.map((q) => text[q]!.text)], false);
    if (role.title && role.org) break;
    // Long lines under the dates are descriptions, unless they name the organisation.
    const line = text[p]!;
    // A line with dates of its own heads another role (one whose dates did not count), never this one.
    if (findDateRanges(line.text).some((r) => !r.single)) break;
    const names = isOrgName(line.text) && words(line.text) <= 16;
    if (!headerLike(line) && !names) break;
    if (words(line.text) > 8 && !names) break;
    out.push(p);
  }
  return out;
}
