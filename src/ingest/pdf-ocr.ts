// Scanned PDFs: pages with no text layer (limits.ocr "auto") or every page ("force") are drawn by pdf.js
// and read by OCR, and their lines replace what the text layer gave. A résumé read this way carries an
// OCR warning with the mean confidence, so a recruiter knows to check names and numbers.

import { fail, ok, type Document, type IngestLimits, type Page, type Result, type Warning } from "./document.js";
import { removeRules, type RgbaImage } from "./image-rules.js";
import { recognizeWords, type OcrOutcome } from "./ocr.js";
import { ocrPage, type OcrPageReading } from "./ocr-layout.js";
import { withPdf, type PdfPage } from "./pdf-engine.js";
import { decompressionBomb } from "./pdf-stream-guard.js";

/** Pixels per PDF point: 216 dpi, enough for 9-point type; OCR takes ~3 s a page at this size. */
const SCALE = 3;
/** Larger pages (posters, scans at odd sizes) are drawn smaller rather than with more memory. */
const MAX_PIXELS = 24_000_000;
/** OCR is slow: a scanned résumé longer than this is read in part, within the per-file time limit. */
export const MAX_OCR_PAGES = 5;

interface Canvas {
  width: number;
  height: number;
  getContext(kind: "2d"): { getImageData(x: number, y: number, w: number, h: number): RgbaImage; putImageData(image: RgbaImage, x: number, y: number): void };
  toBuffer(mime: "image/png"): Uint8Array;
}

interface OcrPass {
  pageCount: number;
  pages: Map<number, OcrPageReading>;
  skipped: number;
}

/** Reads one page image; tesseract.js unless a test hands in another. */
export type Recognizer = (png: Uint8Array) => Promise<OcrOutcome>;

export async function withOcr(
  read: Result<Document>,
  bytes: Uint8Array,
  limits: Pick<IngestLimits, "ocr" | "maxPages"> & Partial<Pick<IngestLimits, "maxBytes">>,
  recognize: Recognizer = recognizeWords,
): Promise<Result<Document>> {
  if (limits.ocr === "off") return read;
  if (!read.ok && read.error.code !== "NO_TEXT") return read;
  const textless = new Set(read.ok ? read.value.warnings.filter((w) => w.code === "PAGE_WITHOUT_TEXT").map((w) => w.page) : []);
  if (limits.ocr === "auto" && read.ok && textless.size === 0) return read;
  const choose = async (page: PdfPage): Promise<boolean> => {
    if (limits.ocr === "force") return true;
    if (read.ok) return textless.has(page.pageNumber);
    const content = await page.getTextContent();
    return content.items.every((item) => !("str" in item) || item.str.trim() === "");
  };
  // Drawing a page decodes its pictures: one built to inflate to gigabytes is refused first.
  const bomb = decompressionBomb(bytes, "images", limits.maxBytes);
  if (bomb) return bomb;
  const pass = await withPdf(bytes, { decodeImages: true }, async (doc) => ok(await ocrPages(doc, limits.maxPages, choose, recognize)));
  const outcome = pass.ok ? pass.value : undefined;
  if (!outcome || typeof outcome === "string") {
    const reason = typeof outcome === "string" ? outcome : pass.ok ? "" : pass.error.message;
    if (!read.ok) return fail("NO_TEXT", `${read.error.message} OCR could not read it either (${reason}).`);
    return ok({ ...read.value, warnings: [...read.value.warnings, { code: "OCR_FAILED", message: `OCR could not run (${reason}); pages without text were not read.` }] });
  }
  return merge(read, outcome, limits.maxPages);
}

type PageChooser = (page: PdfPage) => Promise<boolean>;

async function ocrPages(
  doc: { numPages: number; getPage(n: number): Promise<PdfPage> },
  maxPages: number,
  choose: PageChooser,
  recognize: Recognizer,
): Promise<OcrPass | string> {
  const pass: OcrPass = { pageCount: doc.numPages, pages: new Map(), skipped: 0 };
  const count = Math.min(doc.numPages, Math.max(1, maxPages));
  for (let number = 1; number <= count; number++) {
    const page = await doc.getPage(number);
    if (!(await choose(page).catch(() => false))) continue;
    if (pass.pages.size >= MAX_OCR_PAGES) {
      pass.skipped++;
      continue;
    }
    const viewport = page.getViewport({ scale: 1 });
    const scale = Math.min(SCALE, Math.sqrt(MAX_PIXELS / Math.max(1, viewport.width * viewport.height)));
    const png = await renderPage(page, scale, doc);
    const words = await recognize(png);
    page.cleanup();
    if (!words.ok) return words.reason;
    pass.pages.set(number, ocrPage(number, words.words, scale, { width: viewport.width, height: viewport.height }));
  }
  return pass;
}

async function renderPage(page: PdfPage, scale: number, doc: object): Promise<Uint8Array> {
  const viewport = page.getViewport({ scale });
  const factory = (doc as { canvasFactory: { create(w: number, h: number): { canvas: Canvas; context: object } } }).canvasFactory;
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvas: canvas as never, canvasContext: context as never, viewport, background: "#ffffff" }).promise;
  const ctx = canvas.getContext("2d");
  const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
  // A rule is longer than any letter (an inch) and thinner than a stroke of bold type (3 points).
  if (removeRules(image, Math.round(72 * scale), Math.round(3 * scale)) > 0) ctx.putImageData(image, 0, 0);
  return canvas.toBuffer("image/png");
}

function merge(read: Result<Document>, pass: OcrPass, maxPages: number): Result<Document> {
  const base = read.ok ? read.value : undefined;
  const count = Math.min(pass.pageCount, Math.max(1, maxPages));
  const pages: Page[] = Array.from({ length: count }, (_, i) => base?.pages.find((p) => p.number === i + 1) ?? { number: i + 1, lines: [] });
  const ocrNumbers: number[] = [];
  let weighted = 0;
  let characters = 0;
  for (const [number, reading] of pass.pages) {
    if (reading.page.lines.length === 0) continue;
    pages[number - 1] = reading.page;
    ocrNumbers.push(number);
    weighted += (reading.confidence ?? 0) * reading.characters;
    characters += reading.characters;
  }
  if (ocrNumbers.length === 0) return read.ok ? read : fail("NO_TEXT", `${read.error.message} OCR found no text on it either.`);
  const warnings: Warning[] = (base?.warnings ?? []).filter((w) => !(w.code === "PAGE_WITHOUT_TEXT" && ocrNumbers.includes(w.page ?? 0)));
  if (!base && pass.pageCount > count) {
    warnings.push({ code: "TOO_MANY_PAGES", message: `This PDF has ${pass.pageCount} pages; only the first ${count} were read.` });
  }
  const which = ocrNumbers.length === 1 ? `Page ${ocrNumbers[0]} was` : `Pages ${ocrNumbers.join(", ")} were`;
  warnings.push({
    code: "OCR",
    message: `${which} read by OCR (mean confidence ${Math.round(weighted / characters)}%); names, dates and numbers may be misread.`,
  });
  if (pass.skipped > 0) {
    warnings.push({ code: "OCR_PARTIAL", message: `Only the first ${MAX_OCR_PAGES} pages without text were read by OCR; ${pass.skipped} more were not.` });
  }
  return ok({ format: "pdf", pages, warnings, hidden: base?.hidden ?? [] });
}
