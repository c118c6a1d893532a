// Date ranges as résumés write them: "Jan 2019 – Present", "03/2017 - 06/2020", "2015–19", "Summer 2021",
// "Fall 2020 – Spring 2021", "since 2019", "Jan – Mar 2023". One regular expression finds candidates; small
// parsers turn each side into months.
//
// Year-only bounds sit in the middle of their year: a range starts in July and ends in June, so "2016 – 2018"
// is two years (both end months count) and "2021 – Present" does not gain the half year that reading January
// would add. A lone year is the six months around its middle (April–September): the role lasted somewhere
// between a month and a year.
import type { YearMonth } from "./resume.js";
import { MONTH_BY_NAME, MONTH_NAMES_PATTERN, PRESENT_PATTERN, SEASONS, SEASON_NAMES_PATTERN } from "./months.js";
import { monthIndex, yearMonth } from "./year-month.js";

export interface DateRange {
  start: YearMonth;
  end: YearMonth | "present";
  /** Where the dates are in the text. */
  index: number;
  length: number;
  text: string;
  /** One date ("May 2020", "Summer 2021", "2019") rather than a from–to pair. */
  single: boolean;
  /** A bound was written as a bare year, so its month is an estimate. */
  approximate: boolean;
  /**
   * "2019 –" with no end: the end wrapped onto the next line, or the range runs to the present. `start` is read
   * as a range start and `end` is "present"; `alone` is the reading as a single date, for when text follows
   * the dash on the same line ("2020 – Acme Corp").
   */
  open: boolean;
  alone?: { start: YearMonth; end: YearMonth };
  /** The end is before the start; callers drop such a range and warn. */
  reversed: boolean;
  /** A single date written to the day ("June 3, 2026"): usually the date of the document, not of a role. */
  exactDay?: boolean;
}

type Precision = "month" | "season" | "year";
interface Point {
  year: number;
  /** The month this point means when it starts a range, and when it ends one. */
  first: number;
  last: number;
  precision: Precision;
  /** Written down to the day ("June 3, 2026"): a document date rather than a role's. */
  day?: boolean;
}

const YEAR = "(?:19[5-9]\\d|20[0-3]\\d)";
const SHORT_YEAR = "['’‘`]\\d{2}";
const ORDINAL_DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const MONTH_NAME = `(?:${MONTH_NAMES_PATTERN})\\.?`;
const ISO = `${YEAR}[-/.](?:1[0-2]|0?[1-9])(?![\\d])(?:[-/.]\\d{1,2}(?!\\d))?`;
const NUMERIC = `(?:1[0-2]|0?[1-9])[-/.](?:\\d{1,2}[-/.])?${YEAR}`;
const NAMED = `(?:${ORDINAL_DAY}\\.?\\s+)?${MONTH_NAME}[,/-]?\\s*(?:${ORDINAL_DAY},?\\s+)?(?:${YEAR}|${SHORT_YEAR})`;
const SEASONED = `(?:${SEASON_NAMES_PATTERN})(?:\\s+(?:semester|term|quarter))?\\s*,?\\s*(?:${YEAR}|${SHORT_YEAR})`;
const QUARTER = `Q[1-4]\\s*(?:${YEAR}|${SHORT_YEAR})`;
// "06/16": a zero-padded month and a two-digit year; only ever read as one side of a range (toRange).
const MONTH_SHORT_YEAR = "(?:0[1-9]|1[0-2])/\\d{2}(?![\\d/])";
const POINT = `(?:${ISO}|${NUMERIC}|${MONTH_SHORT_YEAR}|${NAMED}|${SEASONED}|${QUARTER}|${YEAR}|${SHORT_YEAR})`;
const SEPARATOR = "\\s*(?:[-–—―‒−~→]+|to|until|till|through|thru|bis|au|hasta|até)\\s*";
// Two month dates side by side with the dash lost in extraction: "Sep. 2023 Mar. 2024".
const BARE_SEPARATOR = `\\s+(?=${NAMED}|${NUMERIC})`;
const SINCE = "(?:since|seit|depuis|desde|from)\\s+";

const RANGE = new RegExp(
  `(?<![\\p{L}\\p{N}/$€£#+.,])(?<!\\d[-–])(?<since>${SINCE})?(?<start>${POINT}|${MONTH_NAME}(?=${SEPARATOR}${MONTH_NAME}))` +
    `(?:(?<sep>${SEPARATOR})(?:(?<end>${POINT}|\\d{2}(?!\\d))|(?:to\\s+)?(?<present>${PRESENT_PATTERN}))?|(?<bare>${BARE_SEPARATOR})(?<bareEnd>${NAMED}|${NUMERIC}))?` +
    `(?![\\p{L}\\p{N}%])`,
  "giu",
);
const HAS_DIGIT = /[0-9]/;
const LEADING_END = new RegExp(`^\\s*(?:[-–—―‒−~→]+\\s*)?(?:(?<end>${POINT})|(?:to\\s+)?(?<present>${PRESENT_PATTERN}))(?![\\p{L}\\p{N}%])`, "iu");

const twoDigitYear = (yy: number, near?: number): number => {
  if (near !== undefined) {
    const century = Math.floor(near / 100) * 100;
    return century + yy >= near ? century + yy : century + 100 + yy;
  }
  return yy < 50 ? 2000 + yy : 1900 + yy;
};

/** Reads one side of a range; `near` resolves "'19" or "19" after a four-digit start year. */
function parsePoint(raw: string, near?: number): Point | null {
  const text = raw.trim().toLowerCase();
  const monthShortYear = /^(\d{2})\/(\d{2})$/.exec(text);
  if (monthShortYear) {
    const month = Number(monthShortYear[1]);
    return { year: twoDigitYear(Number(monthShortYear[2])), first: month, last: month, precision: "month" };
  }
  const year4 = /(?<!\d)(\d{4})(?!\d)/.exec(text);
  const short = /['’‘`](\d{2})$/.exec(text) ?? (near !== undefined ? /^(\d{2})$/.exec(text) : null);
  const year = year4 ? Number(year4[1]) : short ? twoDigitYear(Number(short[1]), near) : NaN;
  if (!Number.isFinite(year)) return null;
  const quarter = /^q([1-4])/.exec(text);
  if (quarter) {
    const first = Number(quarter[1]) * 3 - 2;
    return { year, first, last: first + 2, precision: "season" };
  }
  const season = /^\p{L}+/u.exec(text)?.[0];
  if (season && SEASONS.has(season)) {
    const s = SEASONS.get(season)!;
    return { year, first: s.first, last: s.last, precision: "season" };
  }
  const name = /\p{L}+/u.exec(text)?.[0];
  if (name) {
    const month = MONTH_BY_NAME.get(name);
    const day = /(?<![\d'’‘`])\d{1,2}(?!\d)/.test(text.replace(/\d{4}/, ""));
    return month ? { year, first: month, last: month, precision: "month", day } : null;
  }
  const numbers = text.split(/[-/.]/).map(Number);
  if (numbers.length === 1) return { year, first: 7, last: 6, precision: "year" };
  // "2017-03", "03/2017", "03/15/2019" (US order), "15/03/2019" (day first when it cannot be a month).
  const [a = 0, b = 0] = numbers;
  const month = year4?.index === 0 ? b : numbers.length === 3 && a > 12 ? b : a;
  if (month < 1 || month > 12) return null;
  return { year, first: month, last: month, precision: "month", day: numbers.length === 3 };
}

const isMonthShortYear = (text: string): boolean => /^\d{2}\/\d{2}$/.test(text.trim());

const onlyMonthName = (text: string): number | undefined => MONTH_BY_NAME.get(text.trim().toLowerCase().replace(/\.$/, ""));

/** Every date range or single date in one line of text, left to right. */
export function findDateRanges(text: string): DateRange[] {
  const found: DateRange[] = [];
  // Every range keeps a year, and every year is written in digits: a line without one has none (and most
  // lines of prose have none, where the pattern is slowest to fail).
  if (!HAS_DIGIT.test(text)) return found;
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(text); m; m = RANGE.exec(text)) {
    const range = toRange(m);
    if (range) {
      found.push(range);
      // The match may have read further than the dates it kept ("2019 Mar 2020" keeps "2019").
      RANGE.lastIndex = Math.max(m.index + 1, range.index + range.length);
    } else RANGE.lastIndex = m.index + 1;
  }
  return found;
}

function toRange(m: RegExpExecArray): DateRange | null {
  const g = m.groups ?? {};
  const startText = g.start ?? "";
  let matched = m[0];
  let start: Point | null;
  let end: Point | "present" | null = null;
  let endText = g.end;
  if (g.bareEnd) {
    // Only between two month dates: "2019 Mar 2020" is a year and a month, not a range.
    const startPoint = parsePoint(startText);
    if (startPoint?.precision === "month") endText = g.bareEnd;
    else matched = (g.since ?? "") + startText;
  }
  if (onlyMonthName(startText) !== undefined) {
    // "Jan – Mar 2023": the start borrows the end's year.
    const endPoint = endText ? parsePoint(endText) : null;
    if (!endPoint || endPoint.precision !== "month") return null;
    const month = onlyMonthName(startText)!;
    start = { year: month > endPoint.first ? endPoint.year - 1 : endPoint.year, first: month, last: month, precision: "month" };
    end = endPoint;
  } else {
    start = parsePoint(startText);
    if (!start || start.year < 1950) return null;
    if (endText) end = parsePoint(endText, /^\d{4}$/.test(startText.trim()) ? start.year : undefined);
    else if (g.present || (g.since && !/^from/i.test(g.since))) end = "present";
  }
  if (!start) return null;
  // "06/16" alone is as likely a day or a score; beside another "08/18" (or "Present") it is a month.
  if (isMonthShortYear(startText) && (!end || (endText !== undefined && !isMonthShortYear(endText)))) return null;
  const open = !end && !!g.sep && /[-–—―‒−~→]/.test(g.sep);
  if (!end && g.sep && !open) matched = (g.since ?? "") + startText;
  // A bare "'19" is never a date on its own.
  if (!end && /^['’‘`]\d{2}$/.test(startText.trim())) return null;
  if (open) {
    const text = matched.trimEnd();
    return { ...build(start, "present", m.index, text, true), alone: single(start) };
  }
  return build(start, end, m.index, matched, false);
}

function build(start: Point, end: Point | "present" | null, index: number, text: string, open: boolean): DateRange {
  const approximate = start.precision === "year" || (end !== null && end !== "present" && end.precision === "year");
  if (end === null || (end !== "present" && end.precision === "year" && start.precision === "year" && end.year === start.year)) {
    const range: DateRange = { ...single(start), index, length: text.length, text, single: true, approximate, open, reversed: false };
    if (start.day) range.exactDay = true;
    return range;
  }
  const from = yearMonth(start.year, start.first);
  const to = end === "present" ? "present" : yearMonth(end.year, end.last);
  const reversed = to !== "present" && monthIndex(to) < monthIndex(from);
  return { start: from, end: to, index, length: text.length, text, single: false, approximate, open, reversed };
}

function single(p: Point): { start: YearMonth; end: YearMonth } {
  if (p.precision === "year") return { start: yearMonth(p.year, 4), end: yearMonth(p.year, 9) };
  return { start: yearMonth(p.year, p.first), end: yearMonth(p.year, p.last) };
}

/**
 * The end of a range that wrapped onto the next line: "Present …" or "– Mar 2021 …" at the start of `text`.
 */
export function leadingRangeEnd(text: string): { end: YearMonth | "present"; length: number } | null {
  const m = LEADING_END.exec(text);
  if (!m) return null;
  if (m.groups?.present) return { end: "present", length: m[0].length };
  const p = parsePoint(m.groups?.end ?? "");
  return p ? { end: yearMonth(p.year, p.last), length: m[0].length } : null;
}
