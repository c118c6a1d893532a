// Decides which text a person looking at the page cannot see: white on white, invisible render modes,
// microscopic type, text outside the page or its clip, text painted over. Text content items are matched
// to the drawn glyphs (pdf-drawing.ts) character by character, in content order, and split where their
// visibility changes, so one hidden word inside a visible line is caught.

import type { HiddenText } from "./document.js";
import { containsPoint, type Box, type Matrix } from "./geometry.js";
import type { PageDrawing, Paint, Rgb, TextRun } from "./pdf-drawing.js";

export type HiddenReason = HiddenText["reason"];

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
const TINY_FONT = 2;
const SQUEEZED_CHAR_WIDTH = 0.5;
const MIN_CONTRAST = 1.2;
const INVISIBLE_ALPHA = 0.05;
const WHITE: Rgb = [255, 255, 255];
/**
 * Fonts that map their hyphen glyph to U+00AD lose it from pdf.js's text content, which drops soft
 * hyphens; the operator list still shows it was drawn, so it is put back.
 */
const SOFT_HYPHEN = "\u00AD";

export function classifyText(items: readonly PdfTextItem[], drawing: PageDrawing, page: Box): TextPiece[] {
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const source of items) {
    const chars: string[] = [];
    const runs: Array<number | undefined> = [];
    for (const char of source.text) {
      const found = char.trim() === "" ? -1 : findGlyph(drawing, char, cursor);
      if (found >= 0) {
        if (chars.length > 0 && found > cursor && drawing.glyphs[found - 1]!.char === SOFT_HYPHEN) {
          chars.push("-");
          runs.push(drawing.glyphs[found]!.run);
        }
        cursor = found + 1;
      }
      chars.push(char);
      runs.push(found >= 0 ? drawing.glyphs[found]!.run : undefined);
    }
    if (chars.length > 0 && drawing.glyphs[cursor]?.char === SOFT_HYPHEN) {
      chars.push("-");
      runs.push(drawing.glyphs[cursor]!.run);
    }
    const item = { ...source, text: chars.join("") };
    fillGaps(runs);
    if (isOutOfSight(item, runs, drawing, page)) pieces.push({ ...item, hidden: "off-page", stroked: false });
    else pieces.push(...splitByVisibility(item, chars, runs, drawing));
  }
  return pieces;
}

function findGlyph(drawing: PageDrawing, char: string, from: number): number {
  const last = Math.min(drawing.glyphs.length, from + MATCH_WINDOW);
  for (let k = from; k < last; k++) {
    const drawn = drawing.glyphs[k]!.char;
    if (drawn === char || drawn.normalize("NFKC") === char.normalize("NFKC")) return k;
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

function splitByVisibility(item: PdfTextItem, chars: string[], runs: Array<number | undefined>, drawing: PageDrawing): TextPiece[] {
  const pieces: TextPiece[] = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i < chars.length && runs[i] === runs[start]) continue;
    const run = runs[start] === undefined ? undefined : drawing.runs[runs[start]!];
    const piece = slice(item, chars, start, i);
    const hidden = hiddenReason(piece, i - start, run, drawing.paints);
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

function hiddenReason(piece: PdfTextItem, length: number, run: TextRun | undefined, paints: Paint[]): HiddenReason | undefined {
  const { center, corners, fontSize } = geometry(piece);
  if (fontSize < TINY_FONT) return "tiny";
  if (piece.text.trim().length >= 3 && piece.width / length < SQUEEZED_CHAR_WIDTH) return "tiny";
  if (!run) return undefined;
  const under = paintUnder(paints, center, run.order);
  const invisible = (run.renderMode & 3) === 3 || run.alpha < INVISIBLE_ALPHA;
  // Invisible text over an image is a scanner's OCR layer: the only text the page has.
  if (invisible) return under && under.color === undefined ? undefined : "render-mode";
  if (paints.some((p) => p.order > run.order && p.covers && p.color && corners.every((pt) => containsPoint(p.box, ...pt)))) {
    return "covered";
  }
  const fills = (run.renderMode & 3) === 0 || (run.renderMode & 3) === 2;
  if (!fills || !run.fill || (under && (under.color === undefined || !under.covers))) return undefined;
  return contrast(run.fill, under?.color ?? WHITE) < MIN_CONTRAST ? "background-colour" : undefined;
}

function geometry(piece: PdfTextItem): { center: [number, number]; corners: Array<[number, number]>; fontSize: number } {
  const [a, b, c, d, e, f] = piece.transform;
  const fontSize = Math.hypot(c, d);
  const along = Math.hypot(a, b) || 1;
  const up = fontSize || 1;
  // In text space: x along the baseline (width in user units), y up (font size in user units).
  const toUser = (x: number, y: number): [number, number] => [
    e + (a / along) * x + (c / up) * y,
    f + (b / along) * x + (d / up) * y,
  ];
  const low = -0.2 * fontSize;
  const high = 0.7 * fontSize;
  return {
    center: toUser(piece.width / 2, 0.3 * fontSize),
    corners: [toUser(0, low), toUser(piece.width, low), toUser(0, high), toUser(piece.width, high)],
    fontSize,
  };
}

/** The last thing painted before the text at this point, if anything. */
function paintUnder(paints: Paint[], point: [number, number], before: number): Paint | undefined {
  let found: Paint | undefined;
  for (const paint of paints) {
    if (paint.order < before && containsPoint(paint.box, ...point)) found = paint;
  }
  return found;
}

/** WCAG contrast ratio, 1 (identical) to 21 (black on white). */
export function contrast(one: Rgb, two: Rgb): number {
  const [high, low] = [luminance(one), luminance(two)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

