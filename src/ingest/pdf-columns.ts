// Column detection: finds a vertical gutter (a band of x no row's text crosses, with text on both sides)
// over a run of rows, and splits that run into a left and a right block read one after the other.
// Rows above and below the run (a full-width heading, a footer) are read before and after it.
// Each side is searched again, so a sidebar beside a main column beside a margin note also works.

import type { PositionedText } from "./pdf-layout.js";

export interface Segment {
  left: number;
  right: number;
  items: PositionedText[];
  text: string;
}

export interface Row {
  y: number;
  segments: Segment[];
}

export interface Block {
  rows: Row[];
  /** Set when the block is one column of a multi-column region. */
  column?: number;
}

interface Gutter {
  start: number;
  end: number;
  x: number;
  score: number;
  width: number;
}

/** A column needs this many rows beside it before a gap counts as a gutter. */
const MIN_RUN_ROWS = 4;
const MIN_SIDE_ROWS = 3;
/** Narrower gaps are word spaces in justified text, not gutters. */
const MIN_GUTTER_EM = 0.9;
const MAX_DEPTH = 2;
const EDGE = 0.5;
/** Above this share of one-to-one baselines across the gap, the two sides are cells of one table row. */
const TABLE_PAIRING = 0.8;
const ANNOTATION_PAIRING = 0.7;
const LONG_BLOCK_ROWS = 3;
/** Fewer paired rows than this beside a longer side read as a small table (school | city, degree | dates). */
const MIN_PAIRED_COLUMN_ROWS = 6;
/** Right edges this close (in em) end at one tab stop; left edges this far apart are ragged. */
const FLUSH_EM = 0.2;
const RAGGED_EM = 0.5;
/** No column of running text is this narrow (in em); a date or a place is. */
const NARROW_EM = 6;

export function splitIntoBlocks(rows: Row[]): Block[] {
  return split(rows, 0);
}

function split(rows: Row[], depth: number): Block[] {
  if (rows.length === 0) return [];
  const gutter = depth <= MAX_DEPTH ? findGutter(rows) : undefined;
  if (!gutter) return [{ rows }];
  const run = rows.slice(gutter.start, gutter.end);
  const left = split(side(run, (segment) => segment.right <= gutter.x), depth + 1);
  const right = split(side(run, (segment) => segment.left >= gutter.x), depth + 1);
  const leftColumns = Math.max(...left.map((block) => block.column ?? 0)) + 1;
  return [
    ...split(rows.slice(0, gutter.start), depth),
    ...left.map((block) => ({ rows: block.rows, column: block.column ?? 0 })),
    ...right.map((block) => ({ rows: block.rows, column: leftColumns + (block.column ?? 0) })),
    ...split(rows.slice(gutter.end), depth),
  ];
}

function side(run: Row[], belongs: (segment: Segment) => boolean): Row[] {
  return run
    .map((row) => ({ y: row.y, segments: row.segments.filter(belongs) }))
    .filter((row) => row.segments.length > 0);
}

function findGutter(rows: Row[]): Gutter | undefined {
  if (rows.length < MIN_RUN_ROWS) return undefined;
  const segments: Segment[] = [];
  for (const row of rows) for (const segment of row.segments) segments.push(segment);
  const minWidth = MIN_GUTTER_EM * median(segments.map((segment) => segment.items[0]!.fontSize));
  const lowest = Math.min(...segments.map((segment) => segment.left));
  const highest = Math.max(...segments.map((segment) => segment.right));
  const candidates = new Set<number>();
  for (const segment of segments) {
    candidates.add(Math.round((segment.right + EDGE) * 2) / 2);
    candidates.add(Math.round((segment.left - EDGE) * 2) / 2);
  }
  let best: Gutter | undefined;
  for (const x of [...candidates].sort((a, b) => a - b)) {
    if (x <= lowest || x >= highest) continue;
    for (const [start, end] of runsNotCrossing(rows, x)) {
      const gutter = measure(rows, start, end, x);
      if (!gutter || gutter.width < minWidth || !isBetter(gutter, best)) continue;
      if (isColumnLayout(rows.slice(start, end), gutter.x)) best = gutter;
    }
  }
  return best;
}

// findGutter calls this and measure for every candidate x: plain loops, no closures or filtered copies.
function runsNotCrossing(rows: Row[], x: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= rows.length; i++) {
    const crosses = i < rows.length && crossesAt(rows[i]!.segments, x);
    if (i === rows.length || crosses) {
      if (i - start >= MIN_RUN_ROWS) runs.push([start, i]);
      start = i + 1;
    }
  }
  return runs;
}

function crossesAt(segments: Segment[], x: number): boolean {
  for (const segment of segments) if (segment.left < x && segment.right > x) return true;
  return false;
}

function measure(rows: Row[], start: number, end: number, x: number): Gutter | undefined {
  let leftRows = 0;
  let rightRows = 0;
  let bandLeft = -Infinity;
  let bandRight = Infinity;
  for (let r = start; r < end; r++) {
    let hasLeft = false;
    let hasRight = false;
    for (const segment of rows[r]!.segments) {
      if (segment.right <= x) {
        hasLeft = true;
        bandLeft = Math.max(bandLeft, segment.right);
      }
      if (segment.left >= x) {
        hasRight = true;
        bandRight = Math.min(bandRight, segment.left);
      }
    }
    if (hasLeft) leftRows++;
    if (hasRight) rightRows++;
  }
  if (leftRows < MIN_SIDE_ROWS || rightRows < MIN_SIDE_ROWS) return undefined;
  return { start, end, x: (bandLeft + bandRight) / 2, score: Math.min(leftRows, rightRows), width: bandRight - bandLeft };
}

function isBetter(candidate: Gutter, best: Gutter | undefined): boolean {
  if (!best) return true;
  if (candidate.score !== best.score) return candidate.score > best.score;
  const length = candidate.end - candidate.start;
  const bestLength = best.end - best.start;
  if (length !== bestLength) return length > bestLength;
  return candidate.width > best.width;
}

/**
 * Tells two columns from one column with things beside its lines. A right-aligned date on a job
 * title's baseline, or a label before each entry, pairs with a line across the gap and comes one or two
 * rows at a time, or a handful in a small table; a second column runs on by itself with its own
 * baselines, or for many rows on a shared grid.
 */
export function isColumnLayout(run: Row[], x: number): boolean {
  const hasLeft = run.map((row) => row.segments.some((segment) => segment.right <= x));
  const hasRight = run.map((row) => row.segments.some((segment) => segment.left >= x));
  const leftCount = hasLeft.filter(Boolean).length;
  const rightCount = hasRight.filter(Boolean).length;
  const paired = run.filter((_, i) => hasLeft[i] && hasRight[i]).length;
  const smaller = leftCount <= rightCount ? hasLeft : hasRight;
  const pairedSmaller = paired / Math.min(leftCount, rightCount);
  const pairedLarger = paired / Math.max(leftCount, rightCount);
  if (pairedSmaller >= TABLE_PAIRING && pairedLarger >= TABLE_PAIRING) return false;
  const shortSide = Math.min(leftCount, rightCount) < MIN_PAIRED_COLUMN_ROWS;
  if (pairedSmaller >= ANNOTATION_PAIRING && (shortSide || shareInLongBlocks(smaller) < 0.5)) return false;
  // Dates set flush right against a tab stop, each on its entry's first line, with the entries' other lines
  // between them: a run of three entries in a row must not turn them into a column.
  const smallerIsLeft = smaller === hasLeft;
  const onSmallerSide = (segment: Segment): boolean => (smallerIsLeft ? segment.right <= x : segment.left >= x);
  if (pairedSmaller >= ANNOTATION_PAIRING && blockCount(smaller) >= 2 && isFlushRight(run, onSmallerSide)) return false;
  return true;
}

/**
 * The side's text ends at one right edge and starts wherever its length puts it: right-aligned, not a column.
 * Text of one width ("Jan 2025" on every row) has both edges aligned; it is right-aligned too when too narrow to
 * be a column's lines.
 */
function isFlushRight(run: Row[], belongs: (segment: Segment) => boolean): boolean {
  const spans = run
    .map((row) => row.segments.filter(belongs))
    .filter((segments) => segments.length > 0)
    .map((segments) => ({ left: segments[0]!.left, right: segments[segments.length - 1]!.right, size: segments[0]!.items[0]!.fontSize }));
  if (spans.length < 2) return false;
  const em = median(spans.map((span) => span.size));
  const spread = (values: number[]): number => Math.max(...values) - Math.min(...values);
  if (spread(spans.map((span) => span.right)) > FLUSH_EM * em) return false;
  return spread(spans.map((span) => span.left)) >= RAGGED_EM * em || Math.max(...spans.map((span) => span.right - span.left)) <= NARROW_EM * em;
}

/** How many separate runs of consecutive marked rows there are. */
function blockCount(marked: boolean[]): number {
  return marked.filter((isMarked, i) => isMarked && !marked[i - 1]).length;
}

/** Share of the marked rows that sit in runs of at least LONG_BLOCK_ROWS consecutive marked rows. */
function shareInLongBlocks(marked: boolean[]): number {
  let inLong = 0;
  let total = 0;
  let streak = 0;
  for (const isMarked of [...marked, false]) {
    if (isMarked) {
      streak++;
      total++;
      continue;
    }
    if (streak >= LONG_BLOCK_ROWS) inLong += streak;
    streak = 0;
  }
  return total === 0 ? 0 : inLong / total;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
