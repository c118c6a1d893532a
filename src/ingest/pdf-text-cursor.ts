// The text state as pdf.js's own text extraction keeps it: text and line matrices, font and size,
// spacing, horizontal scaling and rise. pdf.js saves and restores all of it (the text matrix too)
// with the graphics state, so the caller clones a cursor on `save`; positions then match pdf.js's
// getTextContent to the point.

import { toMatrix, type Matrix } from "./geometry.js";

export type MutableMatrix = [number, number, number, number, number, number];

export interface FontInfo {
  /** The font program's name ("ABCDEF+Lato-Bold"): pdf.js ends a text item when it changes. */
  name: string;
  vertical: boolean;
  isType3: boolean;
  /** Glyph space → text space; glyph widths are in glyph space. */
  matrix: Matrix;
}

/** pdf.js's name for a loaded font → what it knows of it; undefined when it is not loaded. */
export type FontLookup = (loadedName: string) => FontInfo | undefined;

const FONT_IDENTITY: Matrix = [0.001, 0, 0, 0.001, 0, 0];

export class TextCursor {
  textMatrix: MutableMatrix = [1, 0, 0, 1, 0, 0];
  lineMatrix: MutableMatrix = [1, 0, 0, 1, 0, 0];
  /** pdf.js's loaded name of the font, as the operator list refers to it. */
  fontName = "";
  font: FontInfo | undefined;
  fontSize = 0;
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  hScale = 1;
  rise = 0;
  constructor(private readonly fonts: FontLookup) {}

  /** Field by field (every field above): Object.assign over an instance is slow, and every `save` clones. */
  clone(): TextCursor {
    const copy = new TextCursor(this.fonts);
    copy.textMatrix = [...this.textMatrix];
    copy.lineMatrix = [...this.lineMatrix];
    copy.fontName = this.fontName;
    copy.font = this.font;
    copy.fontSize = this.fontSize;
    copy.charSpacing = this.charSpacing;
    copy.wordSpacing = this.wordSpacing;
    copy.leading = this.leading;
    copy.hScale = this.hScale;
    copy.rise = this.rise;
    return copy;
  }

  /** Applies a text-positioning or text-state operator; false when `op` is not one. */
  apply(op: string, args: unknown[]): boolean {
    // Every operator of a page comes through here first, so numbers are read without a closure made per call.
    switch (op) {
      case "beginText":
        this.textMatrix = [1, 0, 0, 1, 0, 0];
        this.lineMatrix = [1, 0, 0, 1, 0, 0];
        return true;
      case "setTextMatrix": {
        const matrix = toMatrix(args.length === 6 ? args : args[0]);
        if (matrix) {
          this.textMatrix = [...matrix];
          this.lineMatrix = [...matrix];
        }
        return true;
      }
      case "moveText":
        this.moveLine(numberAt(args, 0), numberAt(args, 1));
        return true;
      case "setLeadingMoveText":
        this.leading = -numberAt(args, 1);
        this.moveLine(numberAt(args, 0), numberAt(args, 1));
        return true;
      case "nextLine":
        this.moveLine(0, -this.leading);
        return true;
      case "setFont":
        this.setFont(typeof args[0] === "string" ? args[0] : "", numberAt(args, 1));
        return true;
      case "setCharSpacing":
        this.charSpacing = numberAt(args, 0);
        return true;
      case "setWordSpacing":
        this.wordSpacing = numberAt(args, 0);
        return true;
      case "setHScale":
        this.hScale = numberAt(args, 0) / 100;
        return true;
      case "setLeading":
        this.leading = numberAt(args, 0);
        return true;
      case "setTextRise":
        this.rise = numberAt(args, 0);
        return true;
      default:
        return false;
    }
  }

  setFont(loadedName: string, size: number): void {
    this.fontName = loadedName;
    this.fontSize = size;
    this.font = this.fonts(loadedName);
  }

  get fontMatrix(): Matrix {
    return this.font?.matrix ?? FONT_IDENTITY;
  }

  /** Moves along the baseline (text space, before the text matrix). */
  advance(x: number): void {
    const m = this.textMatrix;
    m[4] = m[0] * x + m[4];
    m[5] = m[1] * x + m[5];
  }

  /**
   * Text space → page space for the next glyph: the matrix pdf.js gives a text item, ctm × Tm × [size
   * and rise], multiplied out (it is computed for every glyph, twice).
   */
  glyphTransform(ctm: Matrix, into?: MutableMatrix): Matrix {
    const m = this.textMatrix;
    const size = this.fontSize;
    const wide = size * this.hScale;
    const a = m[0] * wide;
    const b = m[1] * wide;
    const c = m[2] * size;
    const d = m[3] * size;
    const e = m[2] * this.rise + m[4];
    const f = m[3] * this.rise + m[5];
    const out = into ?? [0, 0, 0, 0, 0, 0];
    out[0] = ctm[0] * a + ctm[2] * b;
    out[1] = ctm[1] * a + ctm[3] * b;
    out[2] = ctm[0] * c + ctm[2] * d;
    out[3] = ctm[1] * c + ctm[3] * d;
    out[4] = ctm[0] * e + ctm[2] * f + ctm[4];
    out[5] = ctm[1] * e + ctm[3] * f + ctm[5];
    return out;
  }

  private moveLine(x: number, y: number): void {
    const m = this.lineMatrix;
    m[4] = m[0] * x + m[2] * y + m[4];
    m[5] = m[1] * x + m[3] * y + m[5];
    this.textMatrix = [...m];
  }
}

function numberAt(args: unknown[], i: number): number {
  const value = args[i];
  return typeof value === "number" ? value : 0;
}

/**
 * Type3 fonts (pdf.js sizes their items from the glyph box) and vertical fonts are laid out by rules the
 * one-pass reading leaves to pdf.js; so is a font pdf.js did not load.
 */
export function isPlainFont(font: FontInfo | undefined): boolean {
  return font !== undefined && !font.isType3 && !font.vertical;
}
