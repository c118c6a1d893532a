// For text pdf.js extracted itself (getTextContent), recovers which drawn run each character came from:
// the item's characters are matched to the drawn glyphs (pdf-drawing.ts) in content order. Only pages
// the one-pass reading leaves to pdf.js need this (see pdf-text-cursor.ts).

import type { PageDrawing } from "./pdf-drawing.js";
import type { PdfTextItem, TracedItem } from "./pdf-visibility.js";

/** How far ahead to look for an item's character among the drawn glyphs before calling it unmatched. */
const MATCH_WINDOW = 400;
/**
 * Fonts that map their hyphen glyph to U+00AD lose it from pdf.js's text content, which drops soft
 * hyphens; the operator list still shows it was drawn, so it is put back.
 */
const SOFT_HYPHEN = "\u00AD";

/** Each item with its characters' runs and glyphs; positions along the item are spread evenly. */
export function traceByGlyphs(items: readonly PdfTextItem[], drawing: PageDrawing): TracedItem[] {
  let cursor = 0;
  return items.map((item) => {
    const match = matchItem(item.text, drawing, cursor);
    cursor = match.cursor;
    const { chars } = match;
    const offsets = chars.map((_, i) => (item.width * i) / chars.length);
    return { ...item, text: chars.join(""), chars, runs: match.runs, glyphs: match.glyphs, offsets };
  });
}

interface ItemMatch {
  chars: string[];
  runs: Array<number | undefined>;
  glyphs: Array<number | undefined>;
  /** Where the next item's search starts. */
  cursor: number;
}

function matchItem(text: string, drawing: PageDrawing, from: number): ItemMatch {
  const match: ItemMatch = { chars: [], runs: [], glyphs: [], cursor: from };
  const add = (char: string, run: number | undefined, glyph: number | undefined) => {
    match.chars.push(char);
    match.runs.push(run);
    match.glyphs.push(glyph);
  };
  for (const char of text) {
    const found = char.trim() === "" ? -1 : findGlyph(drawing, char, match.cursor);
    if (found < 0) {
      add(char, undefined, undefined);
      continue;
    }
    const drawn = drawing.glyphs[found]!;
    if (match.chars.length > 0 && found > match.cursor && drawing.glyphs[found - 1]!.char === SOFT_HYPHEN) {
      // A dash between spaces ("2019 – 2021") keeps its spaces.
      const spaced = match.chars[match.chars.length - 1]!.trim() === "";
      add("-", drawn.run, undefined);
      if (spaced) add(" ", drawn.run, undefined);
    }
    add(char, drawn.run, drawn.glyph);
    match.cursor = found + 1;
  }
  const next = drawing.glyphs[match.cursor];
  if (match.chars.length > 0 && next?.char === SOFT_HYPHEN) add("-", next.run, undefined);
  return match;
}

function findGlyph(drawing: PageDrawing, char: string, from: number): number {
  const last = Math.min(drawing.glyphs.length, from + MATCH_WINDOW);
  const folded = char.normalize("NFKC");
  for (let k = from; k < last; k++) {
    const drawn = drawing.glyphs[k]!.char;
    if (drawn === char || (drawn.charCodeAt(0) > 0x7f && drawn.normalize("NFKC") === folded)) return k;
  }
  return -1;
}
