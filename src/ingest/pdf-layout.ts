// Reading order for one PDF page, from positions alone (content-stream order is whatever the producer
// felt like). Items → rows on a shared baseline → column blocks (pdf-columns.ts) → one line per row
// of each block. Pure: tested on synthetic items.

import { splitIntoBlocks, type Row, type Segment } from "./pdf-columns.js";

export interface PositionedText {
  text: string;
  /** Left edge, in points from the page's left edge. */
  x: number;
  /** Baseline, in points from the page's top edge. */
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
}

export interface LaidOutLine {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
  /** Set for lines inside a multi-column region: 0 for the leftmost column. */
  column?: number;
}

/** How far above / below a line's baseline an item may sit and still belong to that line. */
const RAISE_TOLERANCE_EM = 0.45;
const DROP_TOLERANCE_EM = 0.25;
/** A horizontal gap wider than this ends a segment: word spaces stay inside, gutters and tab stops split. */
const SEGMENT_GAP_EM = 0.8;
/** Producers that place glyphs one by one leave no gap inside words; a real space is wider than this. */
const SPACE_GAP_EM = 0.15;
/** Fake-bold producers draw the same run twice, a fraction of a point apart. */
const DUPLICATE_OFFSET = 1;

export function layoutPage(items: readonly PositionedText[]): LaidOutLine[] {
  const rows = groupIntoRows(dropDuplicates(items.filter((item) => item.text.length > 0)));
  // Loops rather than flatMap, which V8 runs slowly; the same lines in the same order.
  const lines: LaidOutLine[] = [];
  for (const block of splitIntoBlocks(rows)) for (const row of block.rows) lines.push(toLine(row.segments, block.column));
  return lines;
}

export function groupIntoRows(items: readonly PositionedText[]): Row[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PositionedText[][] = [];
  let current: PositionedText[] = [];
  let anchor: PositionedText | undefined;
  for (const item of sorted) {
    const isBlank = item.text.trim() === "";
    if (anchor && sharesBaseline(anchor, item)) {
      current.push(item);
      if (!isBlank && item.fontSize > anchor.fontSize) anchor = item;
      continue;
    }
    if (isBlank) continue; // a lone space belongs to no line
    if (current.length > 0) rows.push(current);
    current = [item];
    anchor = item;
  }
  if (current.length > 0) rows.push(current);
  return rows.map(toRow).filter((row) => row.segments.length > 0);
}

/**
 * Measured against the larger type: a superscript sits up to ~0.45 em above its line's baseline, a
 * subscript ~0.25 em below. Anything farther is another line, however big the heading beside it.
 */
function sharesBaseline(one: PositionedText, other: PositionedText): boolean {
  const [large, small] = one.fontSize >= other.fontSize ? [one, other] : [other, one];
  const raised = large.y - small.y;
  return raised <= RAISE_TOLERANCE_EM * large.fontSize && -raised <= DROP_TOLERANCE_EM * large.fontSize;
}

function toRow(items: PositionedText[]): Row {
  const byX = [...items].sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let current: PositionedText[] = [];
  let right = -Infinity;
  for (const item of byX) {
    const isBlank = item.text.trim() === "";
    const farAway = item.x - right > SEGMENT_GAP_EM * item.fontSize;
    // A space far from any text (left behind by a dropped icon) must not bridge a gutter.
    if (isBlank && (farAway || current.length === 0)) continue;
    if (current.length > 0 && farAway) {
      segments.push(toSegment(current));
      current = [];
    }
    current.push(item);
    right = Math.max(right, item.x + item.width);
  }
  if (current.length > 0) segments.push(toSegment(current));
  return { y: dominant(items).y, segments };
}

function toSegment(items: PositionedText[]): Segment {
  const solid = items.filter((item) => item.text.trim() !== "");
  const measured = solid.length > 0 ? solid : items;
  const left = Math.min(...measured.map((item) => item.x));
  const right = Math.max(...measured.map((item) => item.x + item.width));
  return { left, right, items, text: joinItems(items) };
}

function toLine(segments: Segment[], column: number | undefined): LaidOutLine {
  const items: PositionedText[] = [];
  for (const segment of segments) for (const item of segment.items) items.push(item);
  const main = dominant(items);
  const left = segments[0]!.left;
  const boldChars = items.filter((item) => item.bold).reduce((sum, item) => sum + item.text.trim().length, 0);
  const allChars = items.reduce((sum, item) => sum + item.text.trim().length, 0);
  const line: LaidOutLine = {
    text: segments.map((segment) => segment.text).join(" "),
    x: left,
    y: main.y,
    width: segments[segments.length - 1]!.right - left,
    fontSize: main.fontSize,
    bold: boldChars * 2 > allChars,
  };
  if (column !== undefined) line.column = column;
  return line;
}

/** Joins items left to right, adding a space only where the gap says the producer meant one. */
export function joinItems(items: readonly PositionedText[]): string {
  let text = "";
  let previous: PositionedText | undefined;
  for (const item of items) {
    if (previous) {
      const gap = item.x - (previous.x + previous.width);
      const spaced = /\s$/.test(text) || /^\s/.test(item.text);
      if (!spaced && gap > SPACE_GAP_EM * Math.min(previous.fontSize, item.fontSize)) text += " ";
    }
    text += item.text;
    previous = item;
  }
  return text.trim();
}

/** The item carrying most of the text: its baseline and size stand for the row's. */
function dominant(items: readonly PositionedText[]): PositionedText {
  let best = items[0]!;
  let bestLength = best.text.trim().length;
  for (const item of items) {
    const length = item.text.trim().length;
    if (length > bestLength) {
      best = item;
      bestLength = length;
    }
  }
  return best;
}

function dropDuplicates(items: PositionedText[]): PositionedText[] {
  const seen = new Map<string, PositionedText[]>();
  return items.filter((item) => {
    const twins = seen.get(item.text) ?? [];
    const isTwin = twins.some(
      (other) => Math.abs(other.x - item.x) < DUPLICATE_OFFSET && Math.abs(other.y - item.y) < DUPLICATE_OFFSET,
    );
    // Grown in place (twins is this text's own list): copying it each time is quadratic in repeats.
    if (!isTwin) {
      twins.push(item);
      seen.set(item.text, twins);
    }
    return !isTwin || item.text.trim() === "";
  });
}
