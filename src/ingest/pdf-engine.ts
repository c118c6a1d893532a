// Loads pdf.js on first use (importing it costs ~100 ms, wasted on a batch of DOCX files) and opens
// documents with settings for text extraction in Node: no eval, no font faces, no system fonts.

import { fail, type Result } from "./document.js";

export type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
export type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
export type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return loading;
}

/**
 * Opens the PDF, hands it to `use`, and always destroys it afterwards (pdf.js keeps a worker-side copy
 * of every open document).
 */
export async function withPdf<T>(
  bytes: Uint8Array,
  options: { decodeImages: boolean },
  use: (doc: PdfDocument, pdfjs: PdfJs) => Promise<Result<T>>,
): Promise<Result<T>> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js transfers the buffer it is given; the caller keeps its own bytes.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
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
