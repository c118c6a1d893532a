// The judgement for one piece of text: can a person see it? Tiny or squashed type, invisible render
// modes, a shape painted over it, or a fill too close to what lies under it (white on white), where
// "under it" is the last shape painted there before the text, and white when nothing was.

import type { HiddenText } from "./document.js";
import { containsPoint } from "./geometry.js";
import type { Paint, Rgb, TextRun } from "./pdf-drawing.js";
import type { PdfTextItem } from "./pdf-visibility.js";

export type HiddenReason = HiddenText["reason"];

const TINY_FONT = 2;
const SQUEEZED_CHAR_WIDTH = 0.5;
const MIN_CONTRAST = 1.2;
const INVISIBLE_ALPHA = 0.05;
const WHITE: Rgb = [255, 255, 255];

export function hiddenReason(piece: PdfTextItem, glyphCount: number, run: TextRun | undefined, paints: Paint[]): HiddenReason | undefined {
  const { center, corners, fontSize } = geometry(piece);
  if (fontSize < TINY_FONT) return "tiny";
  // Horizontally squashed text (Tz near 0) is as unreadable as tiny text.
  if (glyphCount >= 3 && piece.width / glyphCount < SQUEEZED_CHAR_WIDTH) return "tiny";
  if (!run) return undefined;
  const under = paintUnder(paints, center, run.order);
  const invisible = (run.renderMode & 3) === 3 || run.alpha < INVISIBLE_ALPHA;
  // Invisible text over an image is a scanner's OCR layer: the only text the page has.
  if (invisible) return under && under.color === undefined ? undefined : "render-mode";
  if (paints.some((p) => p.order > run.order && p.covers && p.color && corners.every((pt) => containsPoint(p.box, ...pt)))) {
    return "covered";
  }
  const fills = (run.renderMode & 3) === 0 || (run.renderMode & 3) === 2;
  if (!fills || !run.fill || (under && (under.color === undefined || !under.covers))) return undefined;
  return contrast(run.fill, under?.color ?? WHITE) < MIN_CONTRAST ? "background-colour" : undefined;
}

export function geometry(piece: PdfTextItem): { center: [number, number]; corners: Array<[number, number]>; fontSize: number } {
  const [a, b, c, d, e, f] = piece.transform;
  const fontSize = Math.hypot(c, d);
  const along = Math.hypot(a, b) || 1;
  const up = fontSize || 1;
  // In text space: x along the baseline (width in user units), y up (font size in user units).
  const toUser = (x: number, y: number): [number, number] => [
    e + (a / along) * x + (c / up) * y,
    f + (b / along) * x + (d / up) * y,
  ];
  const low = -0.2 * fontSize;
  const high = 0.7 * fontSize;
  return {
    center: toUser(piece.width / 2, 0.3 * fontSize),
    corners: [toUser(0, low), toUser(piece.width, low), toUser(0, high), toUser(piece.width, high)],
    fontSize,
  };
}

/** The last thing painted before the text at this point, if anything. */
function paintUnder(paints: Paint[], point: [number, number], before: number): Paint | undefined {
  let found: Paint | undefined;
  for (const paint of paints) {
    if (paint.order < before && containsPoint(paint.box, ...point)) found = paint;
  }
  return found;
}

/** WCAG contrast ratio, 1 (identical) to 21 (black on white). */
export function contrast(one: Rgb, two: Rgb): number {
  const [high, low] = [luminance(one), luminance(two)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

