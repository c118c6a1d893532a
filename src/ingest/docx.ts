// DOCX → Document. The archive is checked for zip bombs before mammoth (which trusts it) opens it;
// mammoth turns the body (paragraphs, lists, tables, text boxes) into HTML, read into lines; headers and
// footers, which mammoth skips, are read from their XML. A DOCX has no fixed pages: it is one page.

import { fail, ok, type Document, type IngestLimits, type Result } from "./document.js";
import { HEADER_OR_FOOTER, headerFooterLines } from "./docx-parts.js";
import { htmlToLines } from "./docx-html.js";
import { buildPage } from "./page-builder.js";
import { inflateZipWithinLimits } from "./zip-guard.js";

type Mammoth = typeof import("mammoth");

let loading: Promise<Mammoth> | undefined;

function loadMammoth(): Promise<Mammoth> {
  loading ??= import("mammoth").then((module) => ("default" in module ? (module.default as Mammoth) : module));
  return loading;
}

export async function readDocx(bytes: Uint8Array, limits: Pick<IngestLimits, "maxPartBytes">): Promise<Result<Document>> {
  const parts = inflateZipWithinLimits(bytes, limits, (name) => HEADER_OR_FOOTER.test(name));
  if (!parts.ok) return parts;
  const mammoth = await loadMammoth();
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Pictures carry no text; skipping them avoids base64-encoding every photo.
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    html = result.value;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail("CORRUPT", `This Word document is damaged and cannot be read (${detail}); ask the candidate to send it again.`);
  }
  const { header, footer } = headerFooterLines(parts.value);
  const page = buildPage(1, [...header, ...htmlToLines(html), ...footer]);
  if (page.lines.length === 0) return fail("NO_TEXT", "This Word document contains no text.");
  return ok({ format: "docx", pages: [page], warnings: [], hidden: [] });
}
