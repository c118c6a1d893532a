// PDF → Document: every page (up to the limit) read for visible text in reading order; text a person
// cannot see is set aside in Document.hidden and reported as a warning, never scored.

import { fail, ok, type Document, type HiddenText, type IngestLimits, type Page, type Result, type Warning } from "./document.js";
import { withPdf } from "./pdf-engine.js";
import { readPdfPage } from "./pdf-page.js";

const EXCERPT_LENGTH = 120;
const REASON_WORDS: Record<HiddenText["reason"], string> = {
  "background-colour": "the same colour as the background",
  tiny: "too small to see",
  "render-mode": "drawn invisibly",
  "off-page": "outside the visible page",
  covered: "covered by a shape",
};

export function readPdf(bytes: Uint8Array, limits: Pick<IngestLimits, "maxPages">): Promise<Result<Document>> {
  return withPdf(bytes, async (doc, pdfjs) => {
    const warnings: Warning[] = [];
    const pages: Page[] = [];
    const hidden: HiddenText[] = [];
    const count = Math.min(doc.numPages, Math.max(1, limits.maxPages));
    if (doc.numPages > count) {
      warnings.push({
        code: "TOO_MANY_PAGES",
        message: `This PDF has ${doc.numPages} pages; only the first ${count} were read.`,
      });
    }
    const textless: number[] = [];
    for (let number = 1; number <= count; number++) {
      const reading = await readPdfPage(await doc.getPage(number), pdfjs);
      pages.push(reading.page);
      hidden.push(...reading.hidden);
      if (reading.textless) textless.push(number);
    }
    warnings.push(...hiddenTextWarnings(hidden));
    if (pages.every((page) => page.lines.length === 0)) {
      const message =
        hidden.length > 0
          ? "This PDF's only text is invisible to a reader (hidden text); there is nothing to screen."
          : "This PDF has no text layer (it is probably a scanned image); ask the candidate for a text PDF or a Word file.";
      return fail("NO_TEXT", message);
    }
    for (const page of textless) {
      warnings.push({ code: "PAGE_WITHOUT_TEXT", page, message: `Page ${page} has no text (probably a scanned image); it was not read.` });
    }
    return ok({ format: "pdf", pages, warnings, hidden });
  });
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
