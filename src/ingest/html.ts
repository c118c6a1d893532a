// Web-page résumés (a personal site saved to disk, Word's "Save as Web Page", a site builder's export) →
// Document. The page is tidied (html-tidy.ts) and then read like a DOCX body (htmlToLines): one page.

import { fail, ok, type Document, type Result } from "./document.js";
import { htmlToLines } from "./docx-html.js";
import { hiddenTextWarning } from "./hidden-warning.js";
import { tidyHtml } from "./html-tidy.js";
import { buildPage } from "./page-builder.js";
import { decodeText } from "./text.js";

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
/** Labels decodeText already covers (it tries UTF-8, then Windows-1252, a superset of Latin-1). */
const COVERED = new Set(["utf-8", "utf8", "windows-1252", "iso-8859-1", "latin1", "us-ascii", "ascii", "cp1252"]);

export function readHtml(bytes: Uint8Array): Result<Document> {
  const { html, hidden } = tidyHtml(decodeHtml(bytes));
  const page = buildPage(1, htmlToLines(html));
  if (page.lines.length === 0) return fail("NO_TEXT", "This web page contains no visible text.");
  const document: Document = { format: "html", pages: [page], warnings: [], hidden: [] };
  if (hidden.length > 0) {
    document.hidden = hidden.map((text) => ({ page: 1, text, reason: "render-mode" }));
    document.warnings.push(hiddenTextWarning(hidden, "hidden with HTML or CSS (display:none, hidden, zero size)"));
  }
  return ok(document);
}

/** The page's declared character set when it is one decodeText does not try, else decodeText's guess. */
function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const label = CHARSET.exec(head)?.[1]?.toLowerCase();
  if (label && !COVERED.has(label) && !(bytes[0] === 0xef && bytes[1] === 0xbb)) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: fall back to the usual guess.
    }
  }
  return decodeText(bytes);
}
