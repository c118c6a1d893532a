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
}

/** Invisible characters that survive text extraction (zero-width spaces, soft hyphens, BOMs). */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u180E]/g;
/** Hyphen look-alikes that are not dashes of a range. */
const HYPHENS = /[\u2010\u2011]/g;

export function cleanText(text: string): string {
  return text.replace(INVISIBLE, "").replace(HYPHENS, "-").replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, " ").trim();
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
