// Replays a page's operator list far enough to know how each glyph is painted (fill colour, opacity,
// text render mode, clip) and which areas are painted under or over it (filled shapes, images).
// The glyphs come out in content-stream order, the same order getTextContent reports text in.

import { EVERYWHERE, IDENTITY, intersect, mapBox, multiply, toMatrix, type Box, type Matrix } from "./geometry.js";

export type Rgb = readonly [number, number, number];

export interface TextRun {
  /** Position in the operator list: paints with a higher order were drawn on top. */
  order: number;
  /** undefined when the fill is a pattern or shading, whose colour is not known. */
  fill: Rgb | undefined;
  alpha: number;
  renderMode: number;
  clip: Box;
}

export interface Paint {
  order: number;
  box: Box;
  /** undefined for images, shadings and patterns: something is there, of unknown colour. */
  color: Rgb | undefined;
  /** Blend modes other than Normal (highlighter effects) tint rather than cover. */
  covers: boolean;
}

export interface PageDrawing {
  /** Every non-blank character drawn, in content order, with the run that drew it. */
  glyphs: Array<{ char: string; run: number }>;
  runs: TextRun[];
  paints: Paint[];
}

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

interface State {
  ctm: Matrix;
  fill: Rgb | undefined;
  alpha: number;
  renderMode: number;
  clip: Box;
  normalBlend: boolean;
}

const UNIT_SQUARE: Box = { left: 0, bottom: 0, right: 1, top: 1 };
const MIN_PAINT_AREA = 4;
const OPAQUE = 0.5;

export function replayOperatorList(list: OperatorList, ops: Readonly<Record<string, number>>): PageDrawing {
  const name = new Map(Object.entries(ops).map(([key, code]) => [code, key]));
  const drawing: PageDrawing = { glyphs: [], runs: [], paints: [] };
  const stack: State[] = [];
  let state: State = { ctm: IDENTITY, fill: [0, 0, 0], alpha: 1, renderMode: 0, clip: EVERYWHERE, normalBlend: true };
  let clipPending = false;
  const paint = (order: number, area: Box, color: Rgb | undefined) => {
    const box = intersect(area, state.clip);
    const size = (box.right - box.left) * (box.top - box.bottom);
    if (!(size >= MIN_PAINT_AREA)) return;
    drawing.paints.push({ order, box, color, covers: state.normalBlend && state.alpha >= OPAQUE });
  };

  for (let i = 0; i < list.fnArray.length; i++) {
    const op = name.get(list.fnArray[i]!) ?? "";
    const args = (list.argsArray[i] ?? []) as unknown[];
    switch (op) {
      case "save":
        stack.push(state);
        break;
      case "restore":
        state = stack.pop() ?? state;
        break;
      case "transform":
        state = { ...state, ctm: multiply(state.ctm, toMatrix(args) ?? IDENTITY) };
        break;
      case "paintFormXObjectBegin": {
        stack.push(state);
        const ctm = multiply(state.ctm, toMatrix(args[0]) ?? IDENTITY);
        const bbox = toBox(args[1]);
        state = { ...state, ctm, clip: bbox ? intersect(state.clip, mapBox(ctm, bbox)) : state.clip };
        break;
      }
      case "paintFormXObjectEnd":
        state = stack.pop() ?? state;
        break;
      case "setFillRGBColor":
        state = { ...state, fill: parseColor(args[0]) };
        break;
      case "setFillGray":
        state = { ...state, fill: gray(args[0]) };
        break;
      case "setFillCMYKColor":
        state = { ...state, fill: cmyk(args) };
        break;
      case "setFillColor":
      case "setFillColorN":
        state = { ...state, fill: undefined };
        break;
      case "setFillTransparent":
        state = { ...state, alpha: 0 };
        break;
      case "setGState":
        state = applyGState(state, args[0]);
        break;
      case "setTextRenderingMode":
        state = { ...state, renderMode: typeof args[0] === "number" ? args[0] : 0 };
        break;
      case "clip":
      case "eoClip":
        clipPending = true;
        break;
      case "constructPath": {
        const bounds = toBox(args[2]);
        const painted = bounds ? mapBox(state.ctm, bounds) : undefined;
        if (painted && clipPending) state = { ...state, clip: intersect(state.clip, painted) };
        clipPending = false;
        if (painted && isFillOp(name.get(args[0] as number))) {
          paint(i, painted, state.fill);
        }
        break;
      }
      case "shadingFill":
        paint(i, state.clip, undefined);
        break;
      case "showText":
      case "showSpacedText":
      case "nextLineShowText":
      case "nextLineSetSpacingShowText":
        recordGlyphs(drawing, args, { order: i, fill: state.fill, alpha: state.alpha, renderMode: state.renderMode, clip: state.clip });
        break;
      default:
        if (op.startsWith("paint") && op.includes("Image")) paint(i, mapBox(state.ctm, UNIT_SQUARE), undefined);
    }
  }
  return drawing;
}

function recordGlyphs(drawing: PageDrawing, args: unknown[], run: TextRun): void {
  const glyphs = args.find((arg) => Array.isArray(arg)) as unknown[] | undefined;
  if (!glyphs) return;
  const index = drawing.runs.length;
  drawing.runs.push(run);
  for (const glyph of glyphs) {
    const unicode = glyph && typeof glyph === "object" ? (glyph as { unicode?: unknown }).unicode : undefined;
    if (typeof unicode !== "string") continue;
    for (const char of unicode) if (char.trim() !== "") drawing.glyphs.push({ char, run: index });
  }
}

const FILL_OPS = new Set(["fill", "eoFill", "fillStroke", "eoFillStroke", "closeFillStroke", "closeEOFillStroke"]);

function isFillOp(op: string | undefined): boolean {
  return op !== undefined && FILL_OPS.has(op);
}

function applyGState(state: State, entries: unknown): State {
  if (!Array.isArray(entries)) return state;
  let next = state;
  for (const entry of entries) {
    if (!Array.isArray(entry)) continue;
    const [key, value] = entry as [unknown, unknown];
    if (key === "ca" && typeof value === "number") next = { ...next, alpha: value };
    if (key === "BM") next = { ...next, normalBlend: value === "source-over" || value === "Normal" || value === undefined };
  }
  return next;
}

function toBox(value: unknown): Box | undefined {
  if (!value || typeof value !== "object" || !("length" in value)) return undefined;
  const [left, bottom, right, top] = Array.from(value as ArrayLike<number>);
  if (![left, bottom, right, top].every((n) => typeof n === "number" && Number.isFinite(n))) return undefined;
  return { left: left!, bottom: bottom!, right: right!, top: top! };
}

export function parseColor(value: unknown): Rgb | undefined {
  if (typeof value === "string") {
    const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
    return hex ? [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)] : undefined;
  }
  if (value && typeof value === "object" && "length" in value) {
    const [r, g, b] = Array.from(value as ArrayLike<number>);
    if ([r, g, b].every((n) => typeof n === "number")) return [r!, g!, b!];
  }
  return undefined;
}

function gray(value: unknown): Rgb | undefined {
  return typeof value === "number" ? [value * 255, value * 255, value * 255] : undefined;
}

function cmyk(args: unknown[]): Rgb | undefined {
  const [c, m, y, k] = args;
  if (![c, m, y, k].every((n) => typeof n === "number")) return undefined;
  const channel = (ink: number) => 255 * (1 - ink) * (1 - (k as number));
  return [channel(c as number), channel(m as number), channel(y as number)];
}
