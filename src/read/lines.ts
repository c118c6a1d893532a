// The document's visible lines, cleaned once, in reading order: what every extractor reads.
import type { Document, Line } from "../ingest/document.js";
import type { Evidence } from "./resume.js";

/** A visible, non-empty line with the layout hints the reader uses (font size, bold). */
export interface TextLine {
  page: number;
  line: number;
  text: string;
  fontSize?: number;
  bold?: boolean;
  /** PDF only: which column of a multi-column region the line is in (0 = leftmost). */
  column?: number;
  /** PDF only: the left edge, in points. */
  x?: number;
}

/** Invisible characters that survive text extraction (zero-width spaces, soft hyphens, BOMs). */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u180E]/g;
/** Hyphen look-alikes that are not dashes of a range. */
const HYPHENS = /[\u2010\u2011]/g;

/**
 * "Fancy text" generators write headings and names in look-alike letters: small capitals ("ᴇxᴘᴇʀɪᴇɴᴄᴇ", which a
 * reader sees as capitals) and the mathematical bold, italic and sans-serif alphabets ("𝐄𝐝𝐮𝐜𝐚𝐭𝐢𝐨𝐧").
 */
const SMALL_CAPITALS: Record<string, string> = {
  "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l",
  "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
};
const SMALL_CAPITAL = new RegExp(`[${Object.keys(SMALL_CAPITALS).join("")}]`, "gu");
/** A word with a small capital in it: its plain letters are the ones with no small-capital form ("x", "q"). */
const SMALL_CAPITAL_WORD = new RegExp(`\\p{L}*${SMALL_CAPITAL.source}\\p{L}*`, "gu");
const MATHEMATICAL_LETTER = /[\u{1D400}-\u{1D7FF}]/gu;

const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
/** Plain ASCII with single spaces inside needs none of the work below: most lines of most résumés. */
const NEEDS_CLEANING = /[^\x20-\x7e]|  |^ | $/;
const HAS_SMALL_CAPITAL = new RegExp(SMALL_CAPITAL.source, "u");
const HAS_MATHEMATICAL_LETTER = new RegExp(MATHEMATICAL_LETTER.source, "u");

export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  let clean = text.replace(INVISIBLE, "").replace(HYPHENS, "-");
  // The word pattern is costly (a letter class on both sides of every character): only run it where it can match.
  if (HAS_SMALL_CAPITAL.test(clean)) {
    clean = clean.replace(SMALL_CAPITAL_WORD, (word) => word.replace(SMALL_CAPITAL, (ch) => SMALL_CAPITALS[ch] ?? ch).toUpperCase());
  }
  if (HAS_MATHEMATICAL_LETTER.test(clean)) clean = clean.replace(MATHEMATICAL_LETTER, (ch) => ch.normalize("NFKC"));
  return clean.replace(SPACES, " ").trim();
}

/** Lines of every page in reading order; tolerant of missing or malformed fields. */
export function readLines(doc: Document): TextLine[] {
  const out: TextLine[] = [];
  const pages = Array.isArray(doc?.pages) ? doc.pages : [];
  pages.forEach((page, pageIndex) => {
    const lines: Line[] = Array.isArray(page?.lines) ? page.lines : [];
    lines.forEach((line, lineIndex) => {
      if (!line || typeof line.text !== "string") return;
      const text = cleanText(line.text);
      if (!text) return;
      const entry: TextLine = {
        page: Number.isFinite(line.page) ? line.page : Number.isFinite(page.number) ? page.number : pageIndex + 1,
        line: Number.isFinite(line.line) ? line.line : lineIndex + 1,
        text,
      };
      if (typeof line.fontSize === "number" && Number.isFinite(line.fontSize)) entry.fontSize = line.fontSize;
      if (typeof line.bold === "boolean") entry.bold = line.bold;
      if (typeof line.column === "number" && Number.isFinite(line.column)) entry.column = line.column;
      if (typeof line.x === "number" && Number.isFinite(line.x)) entry.x = line.x;
      out.push(entry);
    });
  });
  return out;
}

export function evidenceOf(line: TextLine): Evidence {
  return { page: line.page, line: line.line, text: line.text };
}

/** The most common font size, weighted by characters: the body text size. */
export function bodyFontSize(lines: readonly TextLine[]): number | undefined {
  const weight = new Map<number, number>();
  for (const l of lines) {
    if (l.fontSize === undefined) continue;
    const size = Math.round(l.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + l.text.length);
  }
  let best: number | undefined;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight || (w === bestWeight && size < (best ?? Infinity))) [best, bestWeight] = [size, w];
  return best;
}
