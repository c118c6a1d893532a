// PDF → Document: every page (up to the limit) read for visible text in reading order; text a person
// cannot see is set aside in Document.hidden and reported as a warning, never scored.

import { fail, ok, type Document, type HiddenText, type IngestLimits, type Page, type Result, type Warning } from "./document.js";
import { withPdf } from "./pdf-engine.js";
import { readPdfPage } from "./pdf-page.js";
import { decompressionBomb } from "./pdf-stream-guard.js";

interface PdfReading {
  pageCount: number;
  pages: Page[];
  hidden: HiddenText[];
  textless: number[];
  unreadable: number[];
}

const EXCERPT_LENGTH = 120;
const REASON_WORDS: Record<HiddenText["reason"], string> = {
  "background-colour": "the same colour as the background",
  tiny: "too small to see",
  "render-mode": "drawn invisibly",
  "off-page": "outside the visible page",
  covered: "covered by a shape",
};
/** Reasons an image under the text could overturn: an OCR layer on a scan, light text on a photo. */
const IMAGE_SENSITIVE = new Set<HiddenText["reason"]>(["background-colour", "render-mode"]);

export async function readPdf(
  bytes: Uint8Array,
  limits: Pick<IngestLimits, "maxPages"> & Partial<Pick<IngestLimits, "maxBytes">>,
): Promise<Result<Document>> {
  // pdf.js inflates streams without a limit: a few hundred KB can expand to gigabytes (pdf-stream-guard.ts).
  const bomb = decompressionBomb(bytes, "other", limits.maxBytes);
  if (bomb) return bomb;
  let reading = await readPages(bytes, limits.maxPages, false);
  if (reading.ok && reading.value.hidden.some((entry) => IMAGE_SENSITIVE.has(entry.reason))) {
    // Pictures are decoded only now; they may be larger than text (a full-page scan), but not without bound.
    const pictureBomb = decompressionBomb(bytes, "images", limits.maxBytes);
    if (pictureBomb) return pictureBomb;
    reading = await readPages(bytes, limits.maxPages, true);
  }
  if (!reading.ok) return reading;
  const document = toDocument(reading.value, limits.maxPages);
  if (document.ok && isCutShort(bytes)) {
    document.value.warnings.unshift({ code: "PDF_REPAIRED", message: "This PDF looks cut short; the text that survived was read." });
  }
  return document;
}

/** A complete PDF ends with %%EOF (give or take trailing whitespace or junk). */
function isCutShort(bytes: Uint8Array): boolean {
  return !Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).includes("%%EOF");
}

function readPages(bytes: Uint8Array, maxPages: number, decodeImages: boolean): Promise<Result<PdfReading>> {
  return withPdf(bytes, { decodeImages, drawsText: false }, async (doc, pdfjs) => {
    const reading: PdfReading = { pageCount: doc.numPages, pages: [], hidden: [], textless: [], unreadable: [] };
    const count = Math.min(doc.numPages, Math.max(1, maxPages));
    for (let number = 1; number <= count; number++) {
      try {
        const pdfPage = await doc.getPage(number);
        const page = await readPdfPage(pdfPage, pdfjs);
        pdfPage.cleanup();
        reading.pages.push(page.page);
        reading.hidden.push(...page.hidden);
        if (page.textless) reading.textless.push(number);
      } catch {
        // One broken page should not cost the candidate the others.
        reading.pages.push({ number, lines: [] });
        reading.unreadable.push(number);
      }
    }
    if (reading.unreadable.length === count) {
      return fail("CORRUPT", "This PDF is damaged and none of its pages can be read; ask the candidate to send it again.");
    }
    return ok(reading);
  });
}

function toDocument(reading: PdfReading, maxPages: number): Result<Document> {
  const { pages, hidden } = reading;
  if (pages.every((page) => page.lines.length === 0)) {
    return fail(
      "NO_TEXT",
      hidden.length > 0
        ? "This PDF's only text is invisible to a reader (hidden text); there is nothing to screen."
        : "This PDF has no text layer (it is probably a scanned image); ask the candidate for a text PDF or a Word file.",
    );
  }
  const warnings: Warning[] = [];
  if (reading.pageCount > pages.length) {
    warnings.push({
      code: "TOO_MANY_PAGES",
      message: `This PDF has ${reading.pageCount} pages; only the first ${Math.max(1, maxPages)} were read.`,
    });
  }
  warnings.push(...hiddenTextWarnings(hidden));
  for (const page of reading.unreadable) {
    warnings.push({ code: "PAGE_UNREADABLE", page, message: `Page ${page} is damaged and could not be read.` });
  }
  for (const page of reading.textless) {
    warnings.push({ code: "PAGE_WITHOUT_TEXT", page, message: `Page ${page} has no text (blank, or a scanned image); nothing on it was read.` });
  }
  return ok({ format: "pdf", pages, warnings, hidden });
}

/** One warning per page with hidden text, quoting the start of it. */
function hiddenTextWarnings(hidden: HiddenText[]): Warning[] {
  const byPage = new Map<number, HiddenText[]>();
  for (const entry of hidden) byPage.set(entry.page, [...(byPage.get(entry.page) ?? []), entry]);
  return [...byPage].map(([page, entries]) => {
    const reasons = [...new Set(entries.map((entry) => REASON_WORDS[entry.reason]))].join("; ");
    const text = entries.map((entry) => entry.text).join(" ");
    const excerpt = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
    return {
      code: "HIDDEN_TEXT",
      page,
      text: excerpt,
      message: `Page ${page} contains text a reader cannot see (${reasons}); it was ignored for scoring: "${excerpt}"`,
    };
  });
}
