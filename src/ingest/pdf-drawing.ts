// Replays a page's operator list far enough to know how each glyph is painted (fill colour, opacity,
// text render mode, clip) and which areas are painted under or over it (filled shapes, images), and
// builds the page's text items from the same glyphs (pdf-text-items.ts): one pass reads the page.
// Everything comes out in content-stream order, the same order getTextContent reports text in.

import { EVERYWHERE, IDENTITY, intersect, mapBox, multiply, toMatrix, type Box, type Matrix } from "./geometry.js";
import { applyGState, cmyk, gray, parseColor, toBox } from "./pdf-colour.js";
import { isPlainFont, TextCursor, type FontLookup } from "./pdf-text-cursor.js";
import { TextItemBuilder } from "./pdf-text-items.js";
import type { TracedItem } from "./pdf-visibility.js";
import { rememberedFor } from "../remembered.js";

export type Rgb = readonly [number, number, number];

export interface TextRun {
  /** Position in the operator list: paints with a higher order were drawn on top. */
  order: number;
  /** undefined when the fill is a pattern or shading, whose colour is not known. */
  fill: Rgb | undefined;
  alpha: number;
  renderMode: number;
  clip: Box;
  /** Where the run starts on the page, and its characters with spaces. */
  origin: [number, number];
  text: string;
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
  /**
   * Every non-blank character drawn, in content order, with the run that drew it and the glyph it
   * came from (icon fonts map one glyph to a whole name, such as "GITHUB-SQUARE").
   */
  glyphs: Array<{ char: string; run: number; glyph: number }>;
  runs: TextRun[];
  paints: Paint[];
}

/** The page's text, built from the same glyphs. */
export interface PageText {
  items: TracedItem[];
  /** The items cannot stand for the page (unusual fonts, right-to-left text): ask pdf.js for its text. */
  needsTextContent: boolean;
}

export interface ReplayOptions {
  /** What pdf.js knows of each loaded font; a font it does not know sends the page to pdf.js. */
  fonts?: FontLookup;
  /** The page's visible box: glyphs outside it are left out of the items, as pdf.js leaves them out. */
  view?: Box;
  /** List every drawn character in `glyphs`, for matching pdf.js's own text content to runs. */
  listGlyphs?: boolean;
}

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

interface State {
  ctm: Matrix;
  fill: Rgb | undefined;
  /** pdf.js's stand-in for a fill colour it could not resolve: nothing is painted. */
  transparentFill: boolean;
  alpha: number;
  renderMode: number;
  clip: Box;
  normalBlend: boolean;
}

const UNIT_SQUARE: Box = { left: 0, bottom: 0, right: 1, top: 1 };
/** Kerning gaps wider than this (thousandths of an em) separate words in a TJ array. */
const WORD_GAP = 250;
const MIN_PAINT_AREA = 4;
const OPAQUE = 0.5;

export function replayOperatorList(
  list: OperatorList,
  ops: Readonly<Record<string, number>>,
  options: ReplayOptions = {},
): PageDrawing & PageText {
  const name = opNames(ops);
  const drawing: PageDrawing = { glyphs: [], runs: [], paints: [] };
  // pdf.js restores the whole text state with the graphics state, the text matrix included.
  const stack: Array<[State, TextCursor]> = [];
  let state: State = { ctm: IDENTITY, fill: [0, 0, 0], transparentFill: false, alpha: 1, renderMode: 0, clip: EVERYWHERE, normalBlend: true };
  let clipPending = false;
  let unusualFont = false;
  const lookUp = options.fonts ?? (() => undefined);
  let cursor = new TextCursor((fontName) => {
    const font = lookUp(fontName);
    if (!isPlainFont(font)) unusualFont = true;
    return font;
  });
  const text = new TextItemBuilder(options.view ?? EVERYWHERE);
  const paint = (order: number, area: Box, color: Rgb | undefined) => {
    const box = intersect(area, state.clip);
    const size = (box.right - box.left) * (box.top - box.bottom);
    if (!(size >= MIN_PAINT_AREA)) return;
    drawing.paints.push({ order, box, color, covers: state.normalBlend && state.alpha >= OPAQUE });
  };

  for (let i = 0; i < list.fnArray.length; i++) {
    const op = name.get(list.fnArray[i]!) ?? "";
    const args = (list.argsArray[i] ?? []) as unknown[];
    if (cursor.apply(op, args)) {
      if (op === "setTextMatrix") text.textMatrixChanged(cursor, state.ctm);
      continue;
    }
    switch (op) {
      case "save":
        stack.push([state, cursor.clone()]);
        break;
      case "restore":
        [state, cursor] = stack.pop() ?? [state, cursor];
        break;
      case "transform":
        state = { ...state, ctm: multiply(state.ctm, toMatrix(args) ?? IDENTITY) };
        break;
      case "paintFormXObjectBegin": {
        stack.push([state, cursor.clone()]);
        const ctm = multiply(state.ctm, toMatrix(args[0]) ?? IDENTITY);
        const bbox = toBox(args[1]);
        state = { ...state, ctm, clip: bbox ? intersect(state.clip, mapBox(ctm, bbox)) : state.clip };
        text.beginForm(cursor);
        break;
      }
      case "paintFormXObjectEnd":
        text.endForm();
        [state, cursor] = stack.pop() ?? [state, cursor];
        break;
      case "beginMarkedContent":
      case "beginMarkedContentProps":
      case "endMarkedContent":
        // pdf.js ends a text item at every marked-content boundary.
        text.flush();
        break;
      case "setFillRGBColor":
        state = { ...state, fill: parseColor(args[0]), transparentFill: false };
        break;
      case "setFillGray":
        state = { ...state, fill: gray(args[0]), transparentFill: false };
        break;
      case "setFillCMYKColor":
        state = { ...state, fill: cmyk(args), transparentFill: false };
        break;
      case "setFillColor":
      case "setFillColorN":
        state = { ...state, fill: undefined, transparentFill: false };
        break;
      case "setFillTransparent":
        state = { ...state, fill: undefined, transparentFill: true };
        break;
      case "setGState":
        state = applyGState(state, args[0]);
        setGStateFont(args[0], cursor, text);
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
        if (painted && !state.transparentFill && isFillOp(name.get(args[0] as number))) paint(i, painted, state.fill);
        break;
      }
      case "shadingFill":
        paint(i, state.clip, undefined);
        break;
      case "showText":
      case "showSpacedText":
      case "nextLineShowText":
      case "nextLineSetSpacingShowText": {
        const glyphs = firstArray(args);
        if (!glyphs) break;
        if (op === "nextLineShowText" || op === "nextLineSetSpacingShowText") cursor.apply("nextLine", []);
        const transform = cursor.glyphTransform(state.ctm);
        const alpha = state.transparentFill ? 0 : state.alpha;
        const origin: [number, number] = [transform[4], transform[5]];
        const run = new DrawnRun(i, state.fill, alpha, state.renderMode, state.clip, origin, glyphs);
        text.show(glyphs, cursor, state.ctm, drawing.runs.length);
        drawing.runs.push(run);
        if (options.listGlyphs ?? true) listGlyphs(drawing, glyphs);
        break;
      }
      default:
        if (op.startsWith("paint") && op.includes("Image")) {
          paint(i, mapBox(state.ctm, UNIT_SQUARE), undefined);
          // pdf.js ends a text item at an image XObject (not at an inline image).
          if (!op.includes("Inline")) text.flush();
        }
    }
  }
  text.flush();
  return { ...drawing, items: text.items, needsTextContent: unusualFont || text.rightToLeft };
}

/** pdf.js's OPS table never changes: its reverse (code → name) is built once, not for every page. */
const opNames = rememberedFor(
  (ops: Readonly<Record<string, number>>): ReadonlyMap<number, string> => new Map(Object.entries(ops).map(([key, code]) => [code, key])),
);

/**
 * A run's text is only read for runs no text item accounts for (text off the page): it is spelled out
 * from the run's glyphs (which nothing changes) when first asked for, not for every run drawn.
 */
class DrawnRun implements TextRun {
  private spelled: string | undefined;

  constructor(
    readonly order: number,
    readonly fill: Rgb | undefined,
    readonly alpha: number,
    readonly renderMode: number,
    readonly clip: Box,
    readonly origin: [number, number],
    private readonly glyphs: unknown[],
  ) {}

  get text(): string {
    this.spelled ??= runText(this.glyphs);
    return this.spelled;
  }
}

/** A run's characters, with a space for each kerning gap wide enough to part words. */
function runText(glyphs: unknown[]): string {
  let text = "";
  for (const glyph of glyphs) {
    if (typeof glyph === "number") {
      if (glyph < -WORD_GAP && !text.endsWith(" ")) text += " ";
    } else if (glyph && typeof glyph === "object") {
      const { unicode } = glyph as { unicode?: unknown };
      if (typeof unicode === "string") text += unicode;
    }
  }
  return text;
}

/** A font set through a graphics state (rare) ends the text item, as in pdf.js. */
function setGStateFont(entries: unknown, cursor: TextCursor, text: TextItemBuilder): void {
  if (!Array.isArray(entries)) return;
  for (const entry of entries) {
    if (!Array.isArray(entry) || entry[0] !== "Font" || !Array.isArray(entry[1])) continue;
    const [fontName, size] = entry[1] as unknown[];
    text.flush();
    cursor.setFont(typeof fontName === "string" ? fontName : "", typeof size === "number" ? size : 0);
  }
}

/** The glyph array among a show-text operator's arguments (a plain loop: this runs for every run drawn). */
function firstArray(args: unknown[]): unknown[] | undefined {
  for (const arg of args) if (Array.isArray(arg)) return arg as unknown[];
  return undefined;
}

function listGlyphs(drawing: PageDrawing, glyphs: unknown[]): void {
  const index = drawing.runs.length - 1;
  glyphs.forEach((glyph, at) => {
    const unicode = glyph && typeof glyph === "object" ? (glyph as { unicode?: unknown }).unicode : undefined;
    if (typeof unicode !== "string") return;
    const id = index * 1_000_000 + at;
    for (const char of unicode) if (char.trim() !== "") drawing.glyphs.push({ char, run: index, glyph: id });
  });
}

const FILL_OPS = new Set(["fill", "eoFill", "fillStroke", "eoFillStroke", "closeFillStroke", "closeEOFillStroke"]);

function isFillOp(op: string | undefined): boolean {
  return op !== undefined && FILL_OPS.has(op);
}
