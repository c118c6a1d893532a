// Decides which text a person looking at the page cannot see: white on white, invisible render modes,
// microscopic type, text outside the page or its clip, text painted over. Text content items are matched
// to the drawn glyphs (pdf-drawing.ts) character by character, in content order, and split where their
// visibility changes, so one hidden word inside a visible line is caught.

import { containsPoint, type Box, type Matrix } from "./geometry.js";
import type { PageDrawing } from "./pdf-drawing.js";
import { geometry, hiddenReason, type HiddenReason } from "./pdf-hidden-reason.js";

export type { HiddenReason } from "./pdf-hidden-reason.js";

export interface PdfTextItem {
  text: string;
  /** The item's text matrix in PDF user space (pdf.js TextItem.transform). */
  transform: Matrix;
  width: number;
  fontName: string;
}

export interface TextPiece extends PdfTextItem {
  hidden?: HiddenReason;
  /** The run was drawn filled and stroked: how some producers fake bold. */
  stroked: boolean;
}

/** How far ahead to look for an item's character among the drawn glyphs before calling it unmatched. */
const MATCH_WINDOW = 400;
/**
 * Fonts that map their hyphen glyph to U+00AD lose it from pdf.js's text content, which drops soft
 * hyphens; the operator list still shows it was drawn, so it is put back.
 */
const SOFT_HYPHEN = "\u00AD";

export interface Classified {
  pieces: TextPiece[];
  /** Text drawn outside the page, which pdf.js leaves out of the text content: one string per stretch. */
  offPage: string[];
}

export function classifyText(items: readonly PdfTextItem[], drawing: PageDrawing, page: Box): Classified {
  const pieces: TextPiece[] = [];
  const matchedRuns = new Set<number>();
  let cursor = 0;
  for (const source of items) {
    const match = matchItem(source.text, drawing, cursor);
    cursor = match.cursor;
    for (const run of match.runs) if (run !== undefined) matchedRuns.add(run);
    const item = { ...source, text: match.chars.join("") };
    fillGaps(match.runs);
    if (isOutOfSight(item, match.runs, drawing, page)) pieces.push({ ...item, hidden: "off-page", stroked: false });
    else pieces.push(...splitByVisibility(item, match, drawing));
  }
  return { pieces, offPage: unmatchedOffPage(drawing, matchedRuns, page) };
}

/** An item's characters, each with the run and glyph that drew it (undefined when unmatched). */
interface ItemMatch {
  chars: string[];
  runs: Array<number | undefined>;
  glyphs: Array<number | undefined>;
  /** Where the next item's search starts. */
  cursor: number;
}

function matchItem(text: string, drawing: PageDrawing, from: number): ItemMatch {
  const match: ItemMatch = { chars: [], runs: [], glyphs: [], cursor: from };
  const add = (char: string, run: number | undefined, glyph: number | undefined) => {
    match.chars.push(char);
    match.runs.push(run);
    match.glyphs.push(glyph);
  };
  for (const char of text) {
    const found = char.trim() === "" ? -1 : findGlyph(drawing, char, match.cursor);
    if (found < 0) {
      add(char, undefined, undefined);
      continue;
    }
    const drawn = drawing.glyphs[found]!;
    if (match.chars.length > 0 && found > match.cursor && drawing.glyphs[found - 1]!.char === SOFT_HYPHEN) {
      // A dash between spaces ("2019 – 2021") keeps its spaces.
      const spaced = match.chars[match.chars.length - 1]!.trim() === "";
      add("-", drawn.run, undefined);
      if (spaced) add(" ", drawn.run, undefined);
    }
    add(char, drawn.run, drawn.glyph);
    match.cursor = found + 1;
  }
  const next = drawing.glyphs[match.cursor];
  if (match.chars.length > 0 && next?.char === SOFT_HYPHEN) add("-", next.run, undefined);
  return match;
}

/** Runs no text item accounted for that start outside the page, consecutive ones joined. */
function unmatchedOffPage(drawing: PageDrawing, matchedRuns: Set<number>, page: Box): string[] {
  const stretches: string[] = [];
  let current: string[] = [];
  drawing.runs.forEach((run, index) => {
    const unseen = !matchedRuns.has(index) && run.text.trim() !== "" && !containsPoint(page, ...run.origin);
    if (unseen) current.push(run.text.trim());
    else if (current.length > 0) {
      stretches.push(current.join(" "));
      current = [];
    }
  });
  if (current.length > 0) stretches.push(current.join(" "));
  return stretches;
}

function findGlyph(drawing: PageDrawing, char: string, from: number): number {
  const last = Math.min(drawing.glyphs.length, from + MATCH_WINDOW);
  const folded = char.normalize("NFKC");
  for (let k = from; k < last; k++) {
    const drawn = drawing.glyphs[k]!.char;
    if (drawn === char || (drawn.charCodeAt(0) > 0x7f && drawn.normalize("NFKC") === folded)) return k;
  }
  return -1;
}

/** Spaces and unmatched characters take the run of their neighbours. */
function fillGaps(runs: Array<number | undefined>): void {
  for (let i = 1; i < runs.length; i++) runs[i] ??= runs[i - 1];
  for (let i = runs.length - 2; i >= 0; i--) runs[i] ??= runs[i + 1];
}

/**
 * Outside the page or its clip, judged for the whole item: a word whose last letter overflows a box
 * edge is a layout accident, not hidden text.
 */
function isOutOfSight(item: PdfTextItem, runs: Array<number | undefined>, drawing: PageDrawing, page: Box): boolean {
  const { center } = geometry(item);
  if (!containsPoint(page, ...center)) return true;
  const run = mostCommon(runs);
  return run !== undefined && !containsPoint(drawing.runs[run]!.clip, ...center);
}

function mostCommon(runs: Array<number | undefined>): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  for (const run of runs) {
    if (run === undefined) continue;
    counts.set(run, (counts.get(run) ?? 0) + 1);
    if (best === undefined || counts.get(run)! > counts.get(best)!) best = run;
  }
  return best;
}

function splitByVisibility(item: PdfTextItem, { chars, runs, glyphs }: ItemMatch, drawing: PageDrawing): TextPiece[] {
  const pieces: TextPiece[] = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i < chars.length && runs[i] === runs[start]) continue;
    const run = runs[start] === undefined ? undefined : drawing.runs[runs[start]!];
    const piece = slice(item, chars, start, i);
    const glyphCount = new Set(glyphs.slice(start, i).filter((id) => id !== undefined)).size || i - start;
    const hidden = hiddenReason(piece, glyphCount, run, drawing.paints);
    const previous = pieces[pieces.length - 1];
    const stroked = run !== undefined && (run.renderMode & 3) === 2;
    if (previous && previous.hidden === hidden && previous.stroked === stroked) {
      previous.text += piece.text;
      previous.width += piece.width;
    } else {
      pieces.push(hidden ? { ...piece, hidden, stroked } : { ...piece, stroked });
    }
    start = i;
  }
  return pieces;
}

/** Characters start..end of an item, placed proportionally along its baseline. */
function slice(item: PdfTextItem, chars: string[], start: number, end: number): PdfTextItem {
  const [a, b, c, d, e, f] = item.transform;
  const scale = Math.hypot(a, b) || 1;
  const offset = (item.width * start) / chars.length;
  return {
    text: chars.slice(start, end).join(""),
    transform: [a, b, c, d, e + (a / scale) * offset, f + (b / scale) * offset],
    width: (item.width * (end - start)) / chars.length,
    fontName: item.fontName,
  };
}
