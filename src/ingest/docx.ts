// DOCX → Document. The archive is checked for zip bombs and inflated once, before mammoth (which trusts it)
// reads its parts; mammoth turns the body (paragraphs, lists, tables, text boxes) into HTML, read into
// lines; headers and footers, which mammoth skips, are read from their XML. A DOCX has no fixed pages: it
// is one page.
// Text Word would not show (hidden runs, white on white, under 2 pt) is set aside and never scored.

import { MAMMOTH_PART, openedDocx } from "./docx-archive.js";
import { fail, ok, type Document, type HiddenText, type IngestLimits, type Result } from "./document.js";
import { findHiddenLines, type HiddenLine } from "./docx-hidden.js";
import { HEADER_OR_FOOTER, headerFooterLines } from "./docx-parts.js";
import { withoutHiddenText } from "./docx-visible.js";
import { hiddenTextWarning } from "./hidden-warning.js";
import { htmlToLines } from "./docx-html.js";
import { loadMammoth } from "./mammoth-loader.js";
import { buildPage } from "./page-builder.js";
import { inflateZipWithinLimits } from "./zip-guard.js";

type Mammoth = typeof import("mammoth");

const BODY = "word/document.xml";

export async function readDocx(
  bytes: Uint8Array,
  limits: Pick<IngestLimits, "maxPartBytes"> & Partial<Pick<IngestLimits, "maxBytes">>,
): Promise<Result<Document>> {
  // The guard asks about every part as it goes: that is also the list of the archive's parts mammoth may ask for.
  const names = new Set<string>();
  const parts = inflateZipWithinLimits(bytes, limits, (name) => names.add(name) && MAMMOTH_PART.test(name));
  if (!parts.ok) return parts;
  const mammoth = await loadMammoth();
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      // The parts the guard inflated, not the archive: mammoth would inflate them all again.
      { file: openedDocx(parts.value, names) } as unknown as Parameters<Mammoth["convertToHtml"]>[0],
      // Pictures carry no text; skipping them avoids base64-encoding every photo.
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    html = result.value;
  } catch (error) {
    const detail = error instanceof RangeError ? "its structure is nested too deeply" : error instanceof Error ? error.message : String(error);
    return fail("CORRUPT", `This Word document is damaged and cannot be read (${detail}); ask the candidate to send it again.`);
  }
  const { header, footer } = headerFooterLines(parts.value);
  const visible = withoutHiddenText([...header, ...htmlToLines(html), ...footer], hiddenLinesOf(parts.value));
  const page = buildPage(1, visible.lines);
  const warnings = visible.hidden.length > 0 ? [hiddenTextWarning(visible.hidden.map((entry) => entry.text), hiddenHow(visible.hidden))] : [];
  if (page.lines.length === 0) {
    return fail("NO_TEXT", visible.hidden.length > 0 ? "This Word document's only text is hidden from a reader; there is nothing to screen." : "This Word document contains no text.");
  }
  return ok({ format: "docx", pages: [page], warnings, hidden: visible.hidden });
}

/** Hidden lines of the headers, the body, then the footers: the order their lines were read in. */
function hiddenLinesOf(parts: ReadonlyMap<string, Uint8Array>): HiddenLine[] {
  const names = [...parts.keys()];
  const kind = (name: string) => HEADER_OR_FOOTER.exec(name)?.[1];
  const ordered = [...names.filter((n) => kind(n) === "header"), BODY, ...names.filter((n) => kind(n) === "footer")];
  return ordered.flatMap((name) => {
    const xml = parts.get(name);
    return xml ? findHiddenLines(new TextDecoder().decode(xml)) : [];
  });
}

const HOW: Record<HiddenText["reason"], string> = {
  "render-mode": "marked as hidden text",
  tiny: "too small to see",
  "background-colour": "white on a white page",
  "off-page": "outside the page",
  covered: "covered",
};

function hiddenHow(hidden: readonly HiddenText[]): string {
  return [...new Set(hidden.map((entry) => HOW[entry.reason]))].join("; ");
}
