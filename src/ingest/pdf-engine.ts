// Loads pdf.js on first use (importing it costs ~100 ms, wasted on a batch of DOCX files) and opens
// documents with settings for text extraction in Node: no eval, no system fonts, fonts drawn only if
// pages will be.

import { fail, type Result } from "./document.js";
import { importKeepingBuiltIns } from "./pdf-builtins.js";
import { shareOperatorListChunks } from "./pdf-loopback.js";

export type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
export type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
export type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;

let loading: Promise<PdfJs> | undefined;
let sharedWorker: InstanceType<PdfJs["PDFWorker"]> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= importKeepingBuiltIns().then(async (pdfjs) => {
    // The thread's one worker is started with pdf.js; its port is where operator lists stop being deep-copied.
    const worker = workerFor(pdfjs);
    await worker.promise.then(() => shareOperatorListChunks(worker.port), () => undefined);
    return pdfjs;
  });
  return loading;
}

/**
 * One pdf.js worker for every document this thread opens. Left to itself pdf.js sets up and tears down a
 * worker (message handlers, abort signals) per document, a fixed cost as large as reading a short page.
 * Documents stay apart: each has its own transport and its own state on the worker side, and destroying a
 * document leaves a worker it was given alone.
 */
function workerFor(pdfjs: PdfJs): InstanceType<PdfJs["PDFWorker"]> {
  if (!sharedWorker || sharedWorker.destroyed) sharedWorker = new pdfjs.PDFWorker({ verbosity: pdfjs.VerbosityLevel.ERRORS });
  return sharedWorker;
}

export interface PdfOptions {
  /** Decode pictures (they only matter for judging text on top of them, or for drawing pages). */
  decodeImages: boolean;
  /** Pages will be drawn with their text (OCR renders them); otherwise only read. Default true. */
  drawsText?: boolean;
}

/** Where pdf.js puts the @font-face rules of fonts that are read, never drawn: nowhere. */
const FONT_SINK = {
  createElement: () => ({ sheet: { cssRules: { length: 0 }, insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
};

/**
 * Opens the PDF, hands it to `use`, and always destroys it afterwards (pdf.js keeps a worker-side copy
 * of every open document).
 */
export async function withPdf<T>(
  bytes: Uint8Array,
  options: PdfOptions,
  use: (doc: PdfDocument, pdfjs: PdfJs) => Promise<Result<T>>,
): Promise<Result<T>> {
  const pdfjs = await loadPdfJs();
  const drawsText = options.drawsText ?? true;
  const task = pdfjs.getDocument({
    worker: workerFor(pdfjs),
    // pdf.js transfers the buffer it is given; the caller keeps its own bytes.
    data: bytes.slice(),
    isEvalSupported: false,
    // Drawing text in Node (no FontFace) needs every glyph's outline as a path, which pdf.js compiles and
    // posts as it lists a page's operators: ~30% of that work on a page with embedded fonts. Reading text
    // needs no outlines; pdf.js then installs each font as a style rule instead, into FONT_SINK. Should
    // that ever fail, pdf.js falls back to outlines by itself.
    disableFontFace: drawsText,
    ...(drawsText ? {} : { ownerDocument: FONT_SINK }),
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    stopAtErrors: false,
    // Decoding a photo costs more than reading all the text; images only matter when deciding
    // whether text that looks hidden sits on a picture, so by default pdf.js skips them.
    maxImageSize: options.decodeImages ? -1 : 1,
  });
  try {
    const doc = await task.promise;
    return await use(doc, pdfjs);
  } catch (error) {
    return openFailure(error);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function openFailure(error: unknown): Result<never> {
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") {
    return fail("ENCRYPTED", "This PDF is password-protected; ask the candidate for an unlocked copy.");
  }
  if (name === "InvalidPDFException") {
    return fail("CORRUPT", "This PDF is damaged or incomplete and cannot be read; ask the candidate to send it again.");
  }
  const detail = error instanceof Error ? error.message : String(error);
  return fail("CORRUPT", `This PDF could not be read (${detail}); ask the candidate to send it again.`);
}
