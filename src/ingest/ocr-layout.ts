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
/** A line's height is about this many times the type size (ascender to descender plus some leading). */
const LINE_HEIGHT_EM = 1.15;

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
      fontSize: Math.max(1, word.lineHeight / scale / LINE_HEIGHT_EM),
      bold: false,
    };
  });
  const page = buildPage(number, layoutPage(items), size);
  // OCR cannot tell bold type; saying "not bold" would be a guess.
  for (const line of page.lines) delete line.bold;
  return characters > 0 ? { page, confidence: weighted / characters, characters } : { page, characters };
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
