// Decides which text a person looking at the page cannot see: white on white, invisible render modes,
// microscopic type, text outside the page or its clip, text painted over. Every character of an item
// knows the drawn run it came from (pdf-text-items.ts builds items that way; pdf-glyph-match.ts recovers
// it for pdf.js's own text content), and items are split where visibility changes, so one hidden word
// inside a visible line is caught.

import { containsPoint, type Box, type Matrix } from "./geometry.js";
import type { PageDrawing } from "./pdf-drawing.js";
import { traceByGlyphs } from "./pdf-glyph-match.js";
import { geometry, hiddenReason, type HiddenReason } from "./pdf-hidden-reason.js";

export type { HiddenReason } from "./pdf-hidden-reason.js";

export interface PdfTextItem {
  text: string;
  /** The item's text matrix in PDF user space (pdf.js TextItem.transform). */
  transform: Matrix;
  width: number;
  fontName: string;
}

/** An item whose characters (code points) each know where they came from. */
export interface TracedItem extends PdfTextItem {
  chars: string[];
  /** The drawn run of each character; undefined for spaces the extraction put in, or when unknown. */
  runs: Array<number | undefined>;
  /** The glyph each character came from (a ligature gives several characters one glyph). */
  glyphs: Array<number | undefined>;
  /** Where each character starts, from the item's start along its baseline, in page units. */
  offsets: number[];
}

export interface TextPiece extends PdfTextItem {
  hidden?: HiddenReason;
  /** The run was drawn filled and stroked: how some producers fake bold. */
  stroked: boolean;
}

export interface Classified {
  pieces: TextPiece[];
  /** Text drawn outside the page, which pdf.js leaves out of the text content: one string per stretch. */
  offPage: string[];
}

/** For pdf.js's text content items: matched to the drawn glyphs first. */
export function classifyText(items: readonly PdfTextItem[], drawing: PageDrawing, page: Box): Classified {
  return classifyTraced(traceByGlyphs(items, drawing), drawing, page);
}

export function classifyTraced(items: readonly TracedItem[], drawing: PageDrawing, page: Box): Classified {
  const pieces: TextPiece[] = [];
  const drawnRuns = new Set<number>();
  for (const item of items) {
    // A run's characters sit side by side: one add per change of run, not one per character.
    let last: number | undefined;
    for (const run of item.runs) {
      if (run === undefined || run === last) continue;
      drawnRuns.add(run);
      last = run;
    }
    const runs = fillGaps([...item.runs]);
    if (isOutOfSight(item, runs, drawing, page)) pieces.push({ ...plain(item), hidden: "off-page", stroked: false });
    else pieces.push(...splitByVisibility(item, runs, drawing));
  }
  return { pieces, offPage: unmatchedOffPage(drawing, drawnRuns, page) };
}

/** Runs no text item accounted for that start outside the page, consecutive ones joined. */
function unmatchedOffPage(drawing: PageDrawing, drawnRuns: Set<number>, page: Box): string[] {
  const stretches: string[] = [];
  let current: string[] = [];
  drawing.runs.forEach((run, index) => {
    const unseen = !drawnRuns.has(index) && run.text.trim() !== "" && !containsPoint(page, ...run.origin);
    if (unseen) current.push(run.text.trim());
    else if (current.length > 0) {
      stretches.push(current.join(" "));
      current = [];
    }
  });
  if (current.length > 0) stretches.push(current.join(" "));
  return stretches;
}

/** Spaces and unmatched characters take the run of their neighbours. */
function fillGaps(runs: Array<number | undefined>): Array<number | undefined> {
  for (let i = 1; i < runs.length; i++) runs[i] ??= runs[i - 1];
  for (let i = runs.length - 2; i >= 0; i--) runs[i] ??= runs[i + 1];
  return runs;
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
  const only = soleValue(runs);
  if (only !== MIXED) return only;
  const counts = new Map<number, number>();
  let best: number | undefined;
  for (const run of runs) {
    if (run === undefined) continue;
    counts.set(run, (counts.get(run) ?? 0) + 1);
    if (best === undefined || counts.get(run)! > counts.get(best)!) best = run;
  }
  return best;
}

const MIXED = Symbol("mixed");

/**
 * The one run all characters share (undefined when none has one), or MIXED: an item is most often drawn
 * by one run, and then no counting is needed.
 */
function soleValue(runs: Array<number | undefined>): number | undefined | typeof MIXED {
  let only: number | undefined;
  for (const run of runs) {
    if (run === undefined || run === only) continue;
    if (only !== undefined) return MIXED;
    only = run;
  }
  return only;
}

function splitByVisibility(item: TracedItem, runs: Array<number | undefined>, drawing: PageDrawing): TextPiece[] {
  const pieces: TextPiece[] = [];
  let start = 0;
  for (let i = 1; i <= item.chars.length; i++) {
    if (i < item.chars.length && runs[i] === runs[start]) continue;
    const run = runs[start] === undefined ? undefined : drawing.runs[runs[start]!];
    const piece = slice(item, start, i);
    const glyphCount = countGlyphs(item.glyphs, start, i) || i - start;
    const hidden = hiddenReason(piece, glyphCount, run, drawing.paints);
    const previous = pieces[pieces.length - 1];
    const stroked = run !== undefined && (run.renderMode & 3) === 2;
    if (previous && previous.hidden === hidden && previous.stroked === stroked) {
      previous.text += piece.text;
      previous.width += piece.width;
    } else {
      pieces.push(toPiece(piece, hidden, stroked));
    }
    start = i;
  }
  return pieces;
}

/** Spelled out rather than spread: spreading an object literal is slow, and this runs for every piece. */
function toPiece({ text, transform, width, fontName }: PdfTextItem, hidden: HiddenReason | undefined, stroked: boolean): TextPiece {
  return hidden ? { text, transform, width, fontName, hidden, stroked } : { text, transform, width, fontName, stroked };
}

/** Distinct glyphs among characters start..end: a glyph's characters (a ligature's) sit side by side. */
function countGlyphs(glyphs: Array<number | undefined>, start: number, end: number): number {
  let count = 0;
  let last: number | undefined;
  for (let i = start; i < end; i++) {
    const glyph = glyphs[i];
    if (glyph === undefined || glyph === last) continue;
    count++;
    last = glyph;
  }
  return count;
}

/** Characters start..end of an item, placed where they start along its baseline. */
function slice(item: TracedItem, start: number, end: number): PdfTextItem {
  if (start === 0 && end === item.chars.length) return plain(item);
  const [a, b, c, d, e, f] = item.transform;
  const scale = Math.hypot(a, b) || 1;
  // Degenerate fonts (size 0, a singular matrix) can leave offsets that are not numbers.
  const from = finiteOr(item.offsets[start], 0);
  const to = end < item.chars.length ? finiteOr(item.offsets[end], item.width) : item.width;
  return {
    text: item.chars.slice(start, end).join(""),
    transform: [a, b, c, d, e + (a / scale) * from, f + (b / scale) * from],
    width: Math.max(0, to - from) || 0,
    fontName: item.fontName,
  };
}

function finiteOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}

function plain({ text, transform, width, fontName }: PdfTextItem): PdfTextItem {
  return { text, transform, width, fontName };
}
