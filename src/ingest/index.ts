// bytes → Document. The format is chosen from the bytes (sniff.ts); each reader knows one format.
// Never throws: every failure, expected or not, comes back as a value a recruiter can act on.

import { readDoc } from "./doc.js";
import { fail, type Document, type IngestLimits, type Result } from "./document.js";
import { readDocx } from "./docx.js";
import { readHtml } from "./html.js";
import { readJsonResume } from "./json-resume.js";
import { readOdt } from "./odt.js";
import { readPdf } from "./pdf.js";
import { withOcr } from "./pdf-ocr.js";
import { readRtf } from "./rtf.js";
import { sniffFormat, type SniffedFormat } from "./sniff.js";
import { readText } from "./text.js";

export { sniffFormat, type SniffedFormat } from "./sniff.js";

const SAVE_AS = "ask the candidate for a PDF or Word (.docx) copy";

const UNREADABLE: Partial<Record<SniffedFormat, Result<never>>> = {
  image: fail("UNSUPPORTED", `This file is an image, not a document; ${SAVE_AS}.`),
  "office-encrypted": fail("ENCRYPTED", "This Word document is password-protected; ask the candidate for an unlocked copy."),
  "zip-unknown": fail("UNSUPPORTED", `This is a zip archive but not a Word document; ${SAVE_AS}.`),
  unknown: fail("UNSUPPORTED", `This file is not a document shortlist can read; ${SAVE_AS}.`),
  empty: fail("EMPTY", "This file is empty (0 bytes); ask the candidate to send it again."),
};

export async function ingest(bytes: Uint8Array, limits: IngestLimits): Promise<Result<Document>> {
  try {
    if (bytes.length > limits.maxBytes) {
      return fail("TOO_LARGE", `This file is ${megabytes(bytes.length)}, over the ${megabytes(limits.maxBytes)} limit for one résumé.`);
    }
    const format = sniffFormat(bytes);
    switch (format) {
      case "pdf":
        return await withOcr(await readPdf(bytes, limits), bytes, limits);
      case "docx":
        return await readDocx(bytes, limits);
      case "odt":
        return await readOdt(bytes, limits);
      case "doc":
        return readDoc(bytes);
      case "rtf":
        return readRtf(bytes);
      case "html":
        return readHtml(bytes);
      case "json-resume":
      case "text":
        // Every byte of plain text becomes lines to read: a megabyte is a hundred pages, far beyond any résumé,
        // and reading tens of megabytes of it would cost gigabytes of memory.
        if (bytes.length > limits.maxPartBytes) {
          return fail("TOO_LARGE", `This text file is ${megabytes(bytes.length)}, more text than any résumé holds (limit ${megabytes(limits.maxPartBytes)}, --max-part-bytes).`);
        }
        return format === "text" ? readText(bytes) : readJsonResume(bytes);
      default:
        return UNREADABLE[format] ?? fail("UNSUPPORTED", `This file is not a document shortlist can read; ${SAVE_AS}.`);
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail("INTERNAL", `shortlist failed while reading this file (${detail}).`);
  }
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
