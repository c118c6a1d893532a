// Text items built from the glyphs of a page's operator list by the rules pdf.js's getTextContent uses
// (evaluator.js: buildTextContentItem, compareWithLastPosition, addFakeSpaces), so a page is read in one
// pass over its content instead of two. The same items come out — same breaks, same inserted spaces,
// same positions and widths — and each character also keeps the run that drew it and where along its
// item it starts, so visibility is judged per character without matching text back to glyphs.
// Horizontal, non-Type3 fonts only: other pages are left to getTextContent (pdf-text-cursor.ts).

import type { Box, Matrix } from "./geometry.js";
import { alongBaseline, glyphKind, type DrawnGlyph } from "./pdf-text-glyphs.js";
import type { MutableMatrix, TextCursor } from "./pdf-text-cursor.js";
import type { TracedItem } from "./pdf-visibility.js";

// pdf.js's thresholds, in ems of the item's font size.
const TRACKING_SPACE_MIN = 0.102;
const NOT_A_SPACE = 0.03;
const NEGATIVE_SPACE_MAX = -0.2;
const SPACE_IN_FLOW_MIN = 0.102;
const SPACE_IN_FLOW_MAX = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;
/** pdf.js reorders text with these characters (bidi); this builder does not, so such pages go to pdf.js. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** The item being built. Like pdf.js's, its measures outlive a flush: the next glyph is compared to them. */
interface OpenItem extends TracedItem {
  open: boolean;
  totalWidth: number;
  height: number;
  /** Rewritten in place for every glyph; whatever keeps it (a space item) takes a copy. */
  previous: MutableMatrix | undefined;
  previousRise: number;
  advanceScale: number;
  em: number;
}

/** What ends an item when it changes between two runs (pdf.js's `currentTextState`). */
interface Style {
  fontSize: number;
  fontName: string;
  name: string | undefined;
}

interface Context {
  item: OpenItem;
  lastChars: [string, string];
  lastCharAt: number;
  style: Style;
}

export class TextItemBuilder {
  readonly items: TracedItem[] = [];
  /** The page holds right-to-left text, which pdf.js reorders and this builder does not. */
  rightToLeft = false;
  private context: Context = freshContext({ fontSize: 0, fontName: "", name: undefined });
  private readonly outer: Context[] = [];
  private glyphCount = 0;
  private readonly scratch: MutableMatrix = [0, 0, 0, 0, 0, 0];
  private readonly chunk: DrawnGlyph[] = [];

  constructor(private readonly view: Box) {}

  /** One showText operator: glyphs and, from TJ arrays, kerning numbers in thousandths of an em. */
  show(glyphs: readonly unknown[], cursor: TextCursor, ctm: Matrix, run: number): void {
    const spaceFactor = -cursor.fontSize / 1000;
    // One array reused for every chunk of every run: showChunk reads it and keeps nothing.
    const chunk = this.chunk;
    chunk.length = 0;
    for (const glyph of glyphs) {
      if (typeof glyph === "number") {
        // pdf.js builds the glyphs between two kerning numbers together, the number spacing the last one.
        if (glyph === 0) continue;
        this.showChunk(chunk, glyph * spaceFactor, cursor, ctm, run);
        chunk.length = 0;
      } else if (isGlyph(glyph)) chunk.push(glyph);
    }
    if (chunk.length > 0 || glyphs.length === 0) this.showChunk(chunk, 0, cursor, ctm, run);
  }

  /** A new text matrix may change how far a unit of text advances on the page. */
  textMatrixChanged(cursor: TextCursor, ctm: Matrix): void {
    const item = this.context.item;
    if (!item.open) return;
    const scale = Math.hypot(cursor.lineMatrix[0], cursor.lineMatrix[1]) * Math.hypot(ctm[0], ctm[1]);
    if (scale === item.advanceScale) return;
    item.totalWidth += item.width * item.advanceScale;
    item.width = 0;
    item.advanceScale = scale;
  }

  /** A form XObject is read as a content stream of its own, with its own item. */
  beginForm(cursor: TextCursor): void {
    this.flush();
    this.outer.push(this.context);
    this.context = freshContext(styleOf(cursor));
  }

  endForm(): void {
    this.flush();
    this.context = this.outer.pop() ?? this.context;
  }

  flush(): void {
    const item = this.context.item;
    if (!item.open) return;
    item.totalWidth += item.width * item.advanceScale;
    const { text, chars, runs, glyphs, offsets, transform, fontName } = item;
    this.items.push({ text, transform, width: Math.abs(item.totalWidth), fontName, chars, runs, glyphs, offsets });
    item.open = false;
    item.text = "";
    item.chars = [];
    item.runs = [];
    item.glyphs = [];
    item.offsets = [];
  }

  private showChunk(glyphs: DrawnGlyph[], extraSpacing: number, cursor: TextCursor, ctm: Matrix, run: number): void {
    this.checkStyle(cursor);
    const baseSpacing = cursor.charSpacing;
    if (glyphs.length === 0) {
      const spacing = baseSpacing + extraSpacing;
      if (spacing) cursor.advance(spacing * cursor.hScale);
      return;
    }
    const scale = cursor.fontMatrix[0] * cursor.fontSize;
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i]!;
      const { unicode, whitespace, diacritic, invisible } = glyphKind(glyph.unicode);
      if (invisible) continue;
      let spacing = baseSpacing + (i + 1 === glyphs.length ? extraSpacing : 0);
      let width = glyph.width * scale;
      if (glyph.originalCharCode === 0x20) spacing += cursor.wordSpacing;
      if (whitespace) {
        cursor.advance((spacing + width) * cursor.hScale);
        this.saveLastChar(" ");
        continue;
      }
      if (!diacritic && !this.comparePosition(width, cursor, ctm)) {
        cursor.advance(width * cursor.hScale);
        continue;
      }
      const item = this.openItem(cursor, ctm);
      const offset = item.totalWidth + item.width * item.advanceScale;
      width = diacritic ? 0 : width * cursor.hScale;
      cursor.advance(width);
      item.width += width;
      if (width) {
        item.previous = cursor.glyphTransform(ctm, item.previous) as MutableMatrix;
        item.previousRise = cursor.rise;
      }
      if (this.saveLastChar(unicode)) addChar(item, " ", undefined, undefined, offset);
      this.glyphCount++;
      // Most glyphs stand for one UTF-16 unit; only longer strings need splitting into code points.
      if (unicode.length === 1) addChar(item, unicode, run, this.glyphCount, offset);
      else for (const char of unicode) addChar(item, char, run, this.glyphCount, offset);
      if (unicode.charCodeAt(0) >= 0x590 && RIGHT_TO_LEFT.test(unicode)) this.rightToLeft = true;
      if (spacing) cursor.advance(spacing * cursor.hScale);
    }
  }

  /** Where the next glyph lands against the last one: same item, a space, a new item or a new line. */
  private comparePosition(glyphWidth: number, cursor: TextCursor, ctm: Matrix): boolean {
    // Only compared, never kept: computed into one reused matrix (this runs for every glyph).
    const current = cursor.glyphTransform(ctm, this.scratch);
    const { left, bottom, right, top } = this.view;
    // Glyphs outside the page are left out, as pdf.js leaves them out.
    if (current[4] + glyphWidth < left || current[4] > right || current[5] < bottom || current[5] > top) return false;
    const item = this.context.item;
    if (!cursor.font || !item.previous) return true;
    if (item.previous[4] === current[4] && item.previous[5] === current[5]) return true;
    // Upright text (most of it) needs no turning: read the positions as they are.
    const upright = current[0] > 0 && current[1] === 0 && current[2] === 0;
    const [x, y, lastX, lastY] = upright
      ? [current[4], current[5], item.previous[4], item.previous[5]]
      : alongBaseline(current, item.previous);
    const advanceX = (x - lastX) / item.advanceScale;
    const advanceY = y - lastY;
    const orientation = Math.sign(item.width || item.totalWidth);
    if (advanceX < orientation * NEGATIVE_SPACE_MAX * item.em) {
      if (Math.abs(advanceY) > 0.5 * item.height) this.endLine();
      else {
        this.resetLastChars();
        this.flush();
      }
      return true;
    }
    const riseDelta = cursor.rise - item.previousRise;
    const shiftY = riseDelta === 0 ? advanceY : advanceY - (current[3] / cursor.fontSize) * riseDelta;
    if (Math.abs(shiftY) > item.height) {
      this.endLine();
      return true;
    }
    if (advanceX <= orientation * NOT_A_SPACE * item.em) this.resetLastChars();
    if (advanceX <= orientation * TRACKING_SPACE_MIN * item.em) {
      if (this.shouldAddSpace()) {
        this.resetLastChars();
        this.flush();
        this.pushSpace(Math.abs(advanceX), item.previous, item.fontName);
      } else item.width += advanceX;
    } else if (!this.addFakeSpace(advanceX, item.previous, orientation)) {
      if (item.chars.length === 0) {
        this.resetLastChars();
        this.pushSpace(Math.abs(advanceX), item.previous, item.fontName);
      } else item.width += advanceX;
    }
    if (Math.abs(advanceY) > item.height * VERTICAL_SHIFT_RATIO) this.flush();
    return true;
  }

  /** A gap of a word space stays inside the item as " "; a wider one ends it with a space item. */
  private addFakeSpace(gap: number, previous: Matrix, orientation: number): boolean {
    const item = this.context.item;
    if (orientation * SPACE_IN_FLOW_MIN * item.em <= gap && gap <= orientation * SPACE_IN_FLOW_MAX * item.em) {
      if (item.open) {
        this.resetLastChars();
        addChar(item, " ", undefined, undefined, item.totalWidth + item.width * item.advanceScale);
      }
      return false;
    }
    const fontName = item.fontName;
    this.flush();
    this.resetLastChars();
    this.pushSpace(Math.abs(gap), previous, fontName);
    return true;
  }

  private openItem(cursor: TextCursor, ctm: Matrix): OpenItem {
    const item = this.context.item;
    if (item.open) return item;
    const transform = cursor.glyphTransform(ctm);
    item.open = true;
    item.fontName = cursor.fontName;
    item.transform = transform;
    item.width = 0;
    item.totalWidth = 0;
    item.height = Math.hypot(transform[2], transform[3]);
    item.advanceScale = Math.hypot(cursor.lineMatrix[0], cursor.lineMatrix[1]) * Math.hypot(ctm[0], ctm[1]);
    item.em = cursor.fontSize;
    return item;
  }

  private checkStyle(cursor: TextCursor): void {
    const style = this.context.style;
    const fontChanged = style.fontName !== cursor.fontName && style.name !== cursor.font?.name;
    if (style.fontSize === cursor.fontSize && !fontChanged) return;
    this.flush();
    this.context.style = styleOf(cursor);
  }

  private endLine(): void {
    this.resetLastChars();
    this.flush();
  }

  private pushSpace(width: number, previous: Matrix, fontName: string): void {
    const transform: Matrix = [previous[0], previous[1], previous[2], previous[3], previous[4], previous[5]];
    this.items.push({ text: " ", transform, width, fontName, chars: [" "], runs: [undefined], glyphs: [undefined], offsets: [0] });
  }

  // pdf.js puts a space before a glyph that follows a space glyph (it drops the space glyphs themselves).
  private saveLastChar(char: string): boolean {
    const context = this.context;
    const next = (context.lastCharAt + 1) % 2;
    const spaced = context.lastChars[context.lastCharAt] !== " " && context.lastChars[next] === " ";
    context.lastChars[context.lastCharAt] = char;
    context.lastCharAt = next;
    return spaced;
  }

  private shouldAddSpace(): boolean {
    const { lastChars, lastCharAt } = this.context;
    return lastChars[lastCharAt] !== " " && lastChars[(lastCharAt + 1) % 2] === " ";
  }

  private resetLastChars(): void {
    this.context.lastChars = [" ", " "];
    this.context.lastCharAt = 0;
  }
}

/** The item's text grows with its characters: appending as they come is cheaper than joining them at the end. */
function addChar(item: OpenItem, char: string, run: number | undefined, glyph: number | undefined, offset: number): void {
  item.text += char;
  item.chars.push(char);
  item.runs.push(run);
  item.glyphs.push(glyph);
  item.offsets.push(offset);
}

function styleOf(cursor: TextCursor): Style {
  return { fontSize: cursor.fontSize, fontName: cursor.fontName, name: cursor.font?.name };
}

function freshContext(style: Style): Context {
  const item: OpenItem = {
    open: false,
    text: "",
    chars: [],
    runs: [],
    glyphs: [],
    offsets: [],
    transform: [1, 0, 0, 1, 0, 0],
    fontName: "",
    width: 0,
    totalWidth: 0,
    height: 0,
    previous: undefined,
    previousRise: 0,
    advanceScale: 0,
    em: 0,
  };
  return { item, lastChars: [" ", " "], lastCharAt: 0, style };
}

function isGlyph(value: unknown): value is DrawnGlyph {
  return typeof value === "object" && value !== null && typeof (value as DrawnGlyph).unicode === "string" && typeof (value as DrawnGlyph).width === "number";
}
