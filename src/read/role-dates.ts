// Which line of a role carries its dates: a short header line with a range ("Acme | 2019 – 2021"), a lone
// date set apart from the text, or dates that wrap onto the next line. Sentences that mention a year are not.
import type { Warning } from "../ingest/document.js";
import { findDateRanges, leadingRangeEnd, type DateRange } from "./dates.js";
import type { TextLine } from "./lines.js";

const BULLET = /^[•●▪■◦○◆►▸‣∙*–—-]\s*/u;
/** A role's header is a short line; a paragraph with dates in it is a description. */
const MAX_HEADER_LINE = 250;

export interface Anchor {
  index: number;
  range: DateRange;
  start: string;
  end: string;
  /** The line's text without its dates. */
  rest: string;
  /** The next line began with the end of this range ("Present …"); that much of it is not content. */
  continued?: number;
  /** Further stints of the same role on the line: "2017-05 – 2019-04, 2025-02 – Present". */
  stints?: Array<{ start: string; end: string }>;
}

export const words = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** A short line that can name a title or an organisation: not a bullet, not a sentence. */
export function headerLike(line: TextLine | undefined): boolean {
  if (!line) return false;
  const text = line.text;
  // A bullet may mark an employer ("• Acme Corp   Boston, MA") but then it is short.
  const maxWords = BULLET.test(text) ? 10 : 12;
  return words(text) <= maxWords && text.length <= 100 && !/[.!?]$/.test(text.replace(/\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|LLC)\.$/i, ""));
}

/** "(2 years 10 months)", "· 3 yrs 2 mos": a duration the résumé computed, not a name. */
function withoutDuration(text: string): string {
  return text
    .replace(/[(\[]?\s*\d+\+?\s*(?:years?|yrs?|months?|mos?)\b(?:,?\s*\d+\s*(?:months?|mos?)\b)?\s*[)\]]?/giu, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s·|,–—-]+|[\s·|,–—-]+$/gu, "")
    .trim();
}

/** The dates open or close the line, or sit between separators ("Acme · Boston · 2019", "2019 (6 months) – Acme"). */
function setApart(text: string, range: DateRange): boolean {
  const before = text.slice(0, range.index);
  const after = text.slice(range.index + range.length);
  const openLeft = /^\s*$/.test(before) || /(?:[|·•,(\[–—-]|\s{2,})\s*$/u.test(before);
  const openRight = /^\s*$/.test(after) || /^\s*[|·•,)\]–—(-]/u.test(after);
  return openLeft || (openRight && /^\s*$/.test(before));
}

/** "Last updated March 2026", "Revised: 2025": the date of the document, not of a role. */
const DOCUMENT_DATE = /\b(?:updated|revised|modified|as\s+of|printed|generated|compiled)\s*(?:on\s*)?[:：]?\s*$/iu;
/** Between two stints of one role: a comma, "and", "&", a slash or a semicolon. */
const STINT_SEPARATOR = /^\s*(?:[,;&/]|and|\+)?\s*$/iu;

/**
 * Ranges right after the role's first one, with nothing but a separator between: a role held twice. Dates
 * further along the line ("… (acquired 2021–2022)") are something else. `last` is the last range read.
 */
function laterStints(line: TextLine, ranges: DateRange[], first: number, warnings: Warning[]): { stints: Array<{ start: string; end: string }>; last: DateRange } {
  const stints: Array<{ start: string; end: string }> = [];
  let last = ranges[first]!;
  for (const range of ranges.slice(first + 1)) {
    if (range.single || range.open || !STINT_SEPARATOR.test(line.text.slice(last.index + last.length, range.index))) break;
    if (range.reversed) warnings.push({ code: "END_BEFORE_START", message: `date range ends before it starts: "${range.text}"`, page: line.page, line: line.line, text: line.text });
    else stints.push({ start: range.start, end: range.end });
    last = range;
  }
  return { stints, last };
}

/** The text without everything from the first range to the last. */
function withoutRanges(text: string, first: DateRange, last: DateRange): string {
  return (text.slice(0, first.index) + " " + text.slice(last.index + last.length)).replace(/\s+/g, " ").trim();
}

/** The role's dates on this line, if the line reads like a role header rather than a sentence with a year. */
export function anchorOn(line: TextLine, next: TextLine | undefined, warnings: Warning[]): Anchor | null {
  if (line.text.length > MAX_HEADER_LINE) return null;
  const ranges = findDateRanges(line.text);
  for (const [at, range] of ranges.entries()) {
    if (range.reversed) {
      warnings.push({ code: "END_BEFORE_START", message: `date range ends before it starts: "${range.text}"`, page: line.page, line: line.line, text: line.text });
      continue;
    }
    const rest = (line.text.slice(0, range.index) + " " + line.text.slice(range.index + range.length)).replace(/\s+/g, " ").trim();
    const prose = words(rest) > 14 || (BULLET.test(line.text) && words(rest) > 6);
    if (prose) continue;
    if (range.single && !range.open && (range.exactDay || /[.!?]$/.test(rest) || words(rest) > 10)) continue;
    if (range.single && DOCUMENT_DATE.test(line.text.slice(0, range.index))) continue;
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
    } else if (range.single && !rest && next) {
      // Table cells: "Jan 2021" on one line and "Present" (or "Dec 2022") alone on the next.
      const wrapped = leadingRangeEnd(next.text);
      if (wrapped && wrapped.length >= next.text.trim().length && wrapped.end !== start) {
        if (range.approximate) start = `${start.slice(0, 4)}-07`;
        end = wrapped.end;
        continued = wrapped.length;
      }
    }
    const { stints, last } = range.single || range.open ? { stints: [], last: range } : laterStints(line, ranges, at, warnings);
    const withoutDates = last === range ? rest : withoutRanges(line.text, range, last);
    return {
      index: -1, range, start, end, rest: withoutDuration(withoutDates),
      ...(continued !== undefined ? { continued } : {}),
      ...(stints.length ? { stints } : {}),
    };
  }
  return null;
}
