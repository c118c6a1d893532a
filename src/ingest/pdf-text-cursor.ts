// Follows the text matrix through an operator list, so each shown run of text has a position.
// pdf.js drops text outside the page from getTextContent; this is how such text is still found and
// reported. Text-state parameters are tracked without save/restore: positions are for judging
// on-page or off-page, not for layout.

import { apply, IDENTITY, multiply, toMatrix, type Matrix } from "./geometry.js";

export interface ShownText {
  /** Start of the run's baseline in page space. */
  origin: [number, number];
  /** The run's characters, spaces included. */
  text: string;
}

/** Kerning gaps wider than this (thousandths of an em) separate words in a TJ array. */
const WORD_GAP = 250;
const GLYPH_UNITS = 1000;

export class TextCursor {
  private textMatrix: Matrix = IDENTITY;
  private lineMatrix: Matrix = IDENTITY;
  private fontSize = 1;
  private charSpacing = 0;
  private wordSpacing = 0;
  private horizontalScale = 1;
  private leading = 0;
  private rise = 0;

  /** Applies a text-positioning or text-state operator; false when `op` is not one. */
  apply(op: string, args: unknown[]): boolean {
    const number = (i: number) => (typeof args[i] === "number" ? (args[i] as number) : 0);
    switch (op) {
      case "beginText":
        this.textMatrix = this.lineMatrix = IDENTITY;
        return true;
      case "setTextMatrix": {
        const matrix = toMatrix(args.length === 6 ? args : args[0]);
        if (matrix) this.textMatrix = this.lineMatrix = matrix;
        return true;
      }
      case "moveText":
        this.moveLine(number(0), number(1));
        return true;
      case "setLeadingMoveText":
        this.leading = -number(1);
        this.moveLine(number(0), number(1));
        return true;
      case "nextLine":
        this.moveLine(0, -this.leading);
        return true;
      case "setFont":
        this.fontSize = number(1) || this.fontSize;
        return true;
      case "setCharSpacing":
        this.charSpacing = number(0);
        return true;
      case "setWordSpacing":
        this.wordSpacing = number(0);
        return true;
      case "setHScale":
        this.horizontalScale = number(0) / 100;
        return true;
      case "setLeading":
        this.leading = number(0);
        return true;
      case "setTextRise":
        this.rise = number(0);
        return true;
      default:
        return false;
    }
  }

  /** Records a shown run at the current position and moves past it. */
  show(op: string, glyphs: unknown[], ctm: Matrix): ShownText {
    if (op === "nextLineShowText" || op === "nextLineSetSpacingShowText") this.moveLine(0, -this.leading);
    const origin = apply(multiply(ctm, this.textMatrix), 0, this.rise);
    let text = "";
    let advance = 0;
    for (const glyph of glyphs) {
      if (typeof glyph === "number") {
        advance -= (glyph / GLYPH_UNITS) * this.fontSize * this.horizontalScale;
        if (glyph < -WORD_GAP && !text.endsWith(" ")) text += " ";
        continue;
      }
      if (!glyph || typeof glyph !== "object") continue;
      const { unicode, width, isSpace } = glyph as { unicode?: unknown; width?: unknown; isSpace?: unknown };
      if (typeof unicode === "string") text += unicode;
      const glyphWidth = typeof width === "number" ? (width / GLYPH_UNITS) * this.fontSize : 0;
      advance += (glyphWidth + this.charSpacing + (isSpace ? this.wordSpacing : 0)) * this.horizontalScale;
    }
    this.textMatrix = multiply(this.textMatrix, [1, 0, 0, 1, advance, 0]);
    return { origin, text };
  }

  private moveLine(x: number, y: number): void {
    this.lineMatrix = multiply(this.lineMatrix, [1, 0, 0, 1, x, y]);
    this.textMatrix = this.lineMatrix;
  }
}
