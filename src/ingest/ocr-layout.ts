// OCR words → a Page, through the same layout (rows on a baseline, column blocks, reading order) and
// clean-up as PDF text, so a scanned résumé's lines, columns and line numbers behave like a text PDF's.

import type { Page } from "./document.js";
import type { OcrWord } from "./ocr.js";
import { buildPage } from "./page-builder.js";
import { layoutPage, type PositionedText } from "./pdf-layout.js";

/** Below this, tesseract is reading specks, rules or pictures, not words. */
export const MIN_WORD_CONFIDENCE = 30;
/** How OCR commonly reads the round bullet of a list. */
const BULLET_LOOKALIKES = /^[*«»+•·°¢©®✓➢►▪■●o]$/u;
/**
 * How tall a word's box is, as a share of the type size, by the letters in it: tesseract's own row height
 * varies with what a line happens to contain (a heading in capitals reads smaller than it is).
 */
const HEIGHT_EM = { capsOrAscenders: 0.74, descenders: 0.72, both: 0.97, xHeight: 0.53 };
const ASCENDING = /[\p{Lu}\p{N}bdfhiklt'"()[\]{}\/|!?%&@#$]/u;
const DESCENDING = /[gjpqy,;()[\]{}\/|@$]/u;

export interface OcrPageReading {
  page: Page;
  /** Mean word confidence, 0–100, weighted by characters; undefined when no word was kept. */
  confidence?: number;
  characters: number;
}

/**
 * @param scale image pixels per PDF point
 */
export function ocrPage(number: number, words: readonly OcrWord[], scale: number, size: { width: number; height: number }): OcrPageReading {
  const solid = words.filter((word) => word.text.trim() !== "");
  // Bullets are read with little confidence (is that dot a "*", a "«" or a "¢"?) but are plainly bullets.
  const bullets = new Set(solid.filter((word) => isBullet(word, solid)));
  const confident = solid.filter((word) => bullets.has(word) || word.confidence >= MIN_WORD_CONFIDENCE);
  const kept = confident.filter((word) => !insideBetterWord(word, confident));
  const sizes = typeSizes(kept, scale);
  let weighted = 0;
  let characters = 0;
  const items: PositionedText[] = kept.map((word) => {
    const text = bullets.has(word) ? "•" : word.text.trim();
    if (!bullets.has(word)) {
      weighted += word.confidence * text.length;
      characters += text.length;
    }
    return {
      // Words are separate items; the trailing space keeps them apart however tight the gap.
      text: `${text} `,
      x: word.x0 / scale,
      y: word.baseline / scale,
      width: (word.x1 - word.x0) / scale,
      fontSize: sizes.get(word.line) ?? word.lineHeight / scale,
      bold: false,
    };
  });
  const page = buildPage(number, layoutPage(items), size);
  // OCR cannot tell bold type; saying "not bold" would be a guess.
  for (const line of page.lines) delete line.bold;
  return characters > 0 ? { page, confidence: weighted / characters, characters } : { page, characters };
}

/** Type size per OCR line, in points: the median of what each word's box height says. */
function typeSizes(words: readonly OcrWord[], scale: number): Map<number, number> {
  const byLine = new Map<number, number[]>();
  for (const word of words) {
    const text = word.text.trim();
    if (!/[\p{L}\p{N}]/u.test(text) || text.length < 2) continue;
    const up = ASCENDING.test(text);
    const down = DESCENDING.test(text);
    const share = up && down ? HEIGHT_EM.both : up ? HEIGHT_EM.capsOrAscenders : down ? HEIGHT_EM.descenders : HEIGHT_EM.xHeight;
    byLine.set(word.line, [...(byLine.get(word.line) ?? []), (word.y1 - word.y0) / scale / share]);
  }
  const sizes = new Map<number, number>();
  for (const [line, estimates] of byLine) {
    estimates.sort((a, b) => a - b);
    sizes.set(line, Math.max(1, estimates[Math.floor((estimates.length - 1) / 2)]!));
  }
  return sizes;
}

/** A small mark that looks like a bullet and starts its line: no word sits to its left on the same baseline. */
function isBullet(word: OcrWord, words: readonly OcrWord[]): boolean {
  const height = word.lineHeight || word.y1 - word.y0;
  if (!BULLET_LOOKALIKES.test(word.text.trim()) || word.y1 - word.y0 > height * 0.6) return false;
  return !words.some((other) => other !== word && other.x1 <= word.x0 && Math.abs(other.baseline - word.baseline) < height / 2);
}

/** Tesseract sometimes reads the top of large letters again as a short word of its own, inside the real one. */
function insideBetterWord(word: OcrWord, words: readonly OcrWord[]): boolean {
  const area = Math.max(1, (word.x1 - word.x0) * (word.y1 - word.y0));
  return words.some((other) => {
    if (other === word || other.confidence <= word.confidence) return false;
    const overlapX = Math.min(word.x1, other.x1) - Math.max(word.x0, other.x0);
    const overlapY = Math.min(word.y1, other.y1) - Math.max(word.y0, other.y0);
    return overlapX > 0 && overlapY > 0 && (overlapX * overlapY) / area > 0.5;
  });
}
