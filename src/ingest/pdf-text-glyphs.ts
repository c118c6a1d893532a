// Small facts about drawn glyphs that text-item building needs, as pdf.js judges them.

import type { Matrix } from "./geometry.js";
import { remembered } from "../remembered.js";

/** A glyph as pdf.js's operator list carries it (a copy of its Glyph object). */
export interface DrawnGlyph {
  unicode: string;
  /** Advance in glyph space (thousandths of an em for most fonts). */
  width: number;
  /** The code in the content stream; code 32 also takes the word spacing. */
  originalCharCode?: number;
}

export interface GlyphKind {
  /** The text the glyph stands for. */
  unicode: string;
  whitespace: boolean;
  /** Combining marks take no room of their own. */
  diacritic: boolean;
  /** Format characters (zero-width joiners, byte-order marks) are neither drawn nor read. */
  invisible: boolean;
}

const SOFT_HYPHEN = "\u00AD";
// pdf.js's own test (getCharUnicodeCategory), alternation precedence included.
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
/** A hostile font can map glyphs to endless distinct strings; the memory stays small. */
const rememberedKind = remembered(kindOf, 4096);

/** Kinds of single ASCII characters, most of any page's glyphs: indexed by code, no string hashing. */
const asciiKinds: readonly GlyphKind[] = Array.from({ length: 0x80 }, (_, code) => kindOf(String.fromCharCode(code)));

export function glyphKind(unicode: string): GlyphKind {
  if (unicode.length === 1 && unicode.charCodeAt(0) < 0x80) {
    return asciiKinds[unicode.charCodeAt(0)]!;
  }
  return rememberedKind(unicode);
}

function kindOf(unicode: string): GlyphKind {
  // Some fonts map their hyphen glyph to U+00AD; pdf.js drops it as a format character, but it was drawn.
  const text = unicode === SOFT_HYPHEN ? "-" : unicode;
  const groups = SPECIAL_CHAR.exec(text);
  return { unicode: text, whitespace: !!groups?.[1], diacritic: !!groups?.[2], invisible: !!groups?.[3] };
}

/**
 * Positions of this glyph and the last one turned so the baseline runs along x (pdf.js's rotation
 * handling in compareWithLastPosition): [x, y, lastX, lastY].
 */
export function alongBaseline(current: Matrix, previous: Matrix): [number, number, number, number] {
  const [x, y, lastX, lastY] = [current[4], current[5], previous[4], previous[5]];
  if (current[0] && current[1] === 0 && current[2] === 0) {
    return current[0] > 0 ? [x, y, lastX, lastY] : [-x, -y, -lastX, -lastY];
  }
  if (current[1] && current[0] === 0 && current[3] === 0) {
    return current[1] > 0 ? [y, x, lastY, lastX] : [-y, -x, -lastY, -lastX];
  }
  return [...unrotate(x, y, current), ...unrotate(lastX, lastY, previous)];
}

function unrotate(x: number, y: number, m: Matrix): [number, number] {
  const scale = Math.hypot(m[0], m[1]);
  return [(m[0] * x + m[1] * y) / scale, (m[2] * x + m[3] * y) / scale];
}
