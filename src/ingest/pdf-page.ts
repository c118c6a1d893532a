// One PDF page: its text items and operator list → visible lines in reading order, plus the text a
// person cannot see.

import type { HiddenText, Page } from "./document.js";
import { multiply, toMatrix, type Box, type Matrix } from "./geometry.js";
import { replayOperatorList, type PageDrawing } from "./pdf-drawing.js";
import type { PdfJs, PdfPage } from "./pdf-engine.js";
import { layoutPage, type LaidOutLine, type PositionedText } from "./pdf-layout.js";
import { classifyText, type HiddenReason, type PdfTextItem, type TextPiece } from "./pdf-visibility.js";
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
  const operators = await pdfPage
    .getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE })
    .catch(() => undefined);
  const content = await pdfPage.getTextContent({ disableNormalization: true });
  const items: PdfTextItem[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str === "") continue;
    const transform = toMatrix(item.transform);
    if (transform) items.push({ text: item.str, transform, width: item.width, fontName: item.fontName });
  }
  const drawing = operators ? replayOperatorList(operators, pdfjs.OPS) : NOTHING_DRAWN;
  const [left = 0, bottom = 0, right = 0, top = 0] = pdfPage.view;
  const { pieces, offPage } = classifyText(items, drawing, { left, bottom, right, top } satisfies Box);
  const isBold = boldFonts(pdfPage);
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
    textless: items.every((item) => item.text.trim() === ""),
  };
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
function boldFonts(pdfPage: PdfPage): (fontName: string) => boolean {
  const cache = new Map<string, boolean>();
  return (fontName) => {
    let bold = cache.get(fontName);
    if (bold === undefined) {
      const font: unknown = pdfPage.commonObjs.has(fontName) ? pdfPage.commonObjs.get(fontName) : undefined;
      const name = font && typeof font === "object" && "name" in font ? String(font.name) : "";
      bold = BOLD_FONT.test(name);
      cache.set(fontName, bold);
    }
    return bold;
  };
}
