// One PDF page: its operator list (and, for a few pages, pdf.js's text items) → visible lines in reading
// order, plus the text a person cannot see.

import type { HiddenText, Page } from "./document.js";
import { multiply, toMatrix, type Box, type Matrix } from "./geometry.js";
import { replayOperatorList, type PageDrawing } from "./pdf-drawing.js";
import type { PdfJs, PdfPage } from "./pdf-engine.js";
import { fontLookup } from "./pdf-fonts.js";
import { layoutPage, type LaidOutLine, type PositionedText } from "./pdf-layout.js";
import type { FontLookup } from "./pdf-text-cursor.js";
import { classifyText, classifyTraced, type Classified, type HiddenReason, type PdfTextItem, type TextPiece } from "./pdf-visibility.js";
import { buildPage } from "./page-builder.js";
import { cleanLineText, isIconOnly } from "./clean.js";

export interface PageReading {
  page: Page;
  hidden: HiddenText[];
  /** The page carried no text at all (a scan, a picture). */
  textless: boolean;
}

const NOTHING_DRAWN: PageDrawing = { glyphs: [], runs: [], paints: [] };
const BOLD_FONT = /bold|black|heavy|semibold|demi|extrabold|ultrabold|[-,+]bd$/i;
/** Text turned more than a few degrees is a margin label or a watermark, not part of the flow. */
const MAX_SKEW = 0.1;

export async function readPdfPage(pdfPage: PdfPage, pdfjs: PdfJs): Promise<PageReading> {
  const viewport = pdfPage.getViewport({ scale: 1 });
  const [left = 0, bottom = 0, right = 0, top = 0] = pdfPage.view;
  const fonts = fontLookup(pdfPage);
  const { pieces, offPage, textless } = await readText(pdfPage, pdfjs, { left, bottom, right, top }, fonts);
  const isBold = boldFonts(fonts);
  const toViewport = toMatrix(viewport.transform) ?? [1, 0, 0, -1, 0, top];
  const visible = pieces
    .filter((piece) => !piece.hidden && !isIconOnly(piece.text))
    .map((piece) => position(piece, toViewport, isBold));
  const number = pdfPage.pageNumber;
  return {
    page: buildPage(number, linesOf(visible), { width: viewport.width, height: viewport.height }),
    hidden: [
      ...hiddenLines(number, pieces, toViewport, isBold),
      ...offPage.map((text) => ({ page: number, text: cleanLineText(text), reason: "off-page" as const })),
    ],
    textless,
  };
}

/**
 * The page's text items, judged for visibility. One pass over the operator list gives both; a page it
 * cannot stand for (see pdf-text-cursor.ts) also asks pdf.js for its text content.
 */
async function readText(pdfPage: PdfPage, pdfjs: PdfJs, view: Box, fonts: FontLookup): Promise<Classified & { textless: boolean }> {
  const operators = await pdfPage
    .getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE })
    .catch(() => undefined);
  const replay = (listGlyphs: boolean) => (operators ? replayOperatorList(operators, pdfjs.OPS, { fonts, view, listGlyphs }) : undefined);
  const drawn = replay(false);
  if (drawn && !drawn.needsTextContent) {
    const items = drawn.items.filter((item) => item.text !== "" && toMatrix(item.transform));
    return { ...classifyTraced(items, drawn, view), textless: isTextless(items) };
  }
  const content = await pdfPage.getTextContent({ disableNormalization: true });
  const items: PdfTextItem[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str === "") continue;
    const transform = toMatrix(item.transform);
    if (transform) items.push({ text: item.str, transform, width: item.width, fontName: item.fontName });
  }
  return { ...classifyText(items, replay(true) ?? NOTHING_DRAWN, view), textless: isTextless(items) };
}

function isTextless(items: PdfTextItem[]): boolean {
  return items.every((item) => item.text.trim() === "");
}

interface Placed extends PositionedText {
  upright: boolean;
}

function position(piece: TextPiece, toViewport: Matrix, isBold: (fontName: string) => boolean): Placed {
  const [a, b, c, d, e, f] = multiply(toViewport, piece.transform);
  return {
    // Some fonts map their hyphen glyph to U+00AD; in a PDF it was drawn, so it is a hyphen.
    text: piece.text.replace(/\u00AD/g, "-"),
    x: e,
    y: f,
    width: piece.width,
    fontSize: Math.hypot(c, d),
    bold: piece.stroked || isBold(piece.fontName),
    upright: a > 0 && Math.abs(b) <= MAX_SKEW * a,
  };
}

/** Upright text in reading order, then turned text (sideways labels) one item per line. */
function linesOf(placed: Placed[]): LaidOutLine[] {
  const upright = placed.filter((item) => item.upright);
  const turned = placed.filter((item) => !item.upright && item.text.trim() !== "");
  return [...layoutPage(upright), ...turned.map(({ upright: _, ...line }) => line)];
}

function hiddenLines(number: number, pieces: TextPiece[], toViewport: Matrix, isBold: (fontName: string) => boolean): HiddenText[] {
  const byReason = new Map<HiddenReason, Placed[]>();
  for (const piece of pieces) {
    if (!piece.hidden) continue;
    const group = byReason.get(piece.hidden) ?? [];
    group.push({ ...position(piece, toViewport, isBold), upright: true });
    byReason.set(piece.hidden, group);
  }
  return [...byReason].flatMap(([reason, placed]) =>
    buildPage(number, layoutPage(placed)).lines.map((line) => ({ page: number, text: line.text, reason })),
  );
}

/** pdf.js knows a font's real name (e.g. "ABCDEF+Lato-Bold") once the operator list has loaded it. */
function boldFonts(fonts: FontLookup): (fontName: string) => boolean {
  const cache = new Map<string, boolean>();
  return (fontName) => {
    let bold = cache.get(fontName);
    if (bold === undefined) {
      bold = BOLD_FONT.test(fonts(fontName)?.name ?? "");
      cache.set(fontName, bold);
    }
    return bold;
  };
}
