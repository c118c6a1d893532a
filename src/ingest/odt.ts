// OpenDocument text (.odt: LibreOffice, Google Docs, Pages exports) → Document. The archive is opened
// with the same zip-bomb guard as DOCX; content.xml is the body, styles.xml holds the page header and
// footer and the named styles that say what is bold. One page, like a DOCX.

import { fail, ok, type Document, type IngestLimits, type Result } from "./document.js";
import { htmlToLines } from "./docx-html.js";
import { odtBlocksHtml, type BoldStyles } from "./odt-html.js";
import { buildPage } from "./page-builder.js";
import type { RawLine } from "./page-builder.js";
import { childElements, findAll, parseXml, type XmlElement } from "./xml-tree.js";
import { inflateZipWithinLimits } from "./zip-guard.js";

const PARTS = new Set(["content.xml", "styles.xml", "META-INF/manifest.xml"]);
const MAX_STYLE_CHAIN = 16;

export async function readOdt(bytes: Uint8Array, limits: Pick<IngestLimits, "maxPartBytes">): Promise<Result<Document>> {
  const parts = inflateZipWithinLimits(bytes, limits, (name) => PARTS.has(name));
  if (!parts.ok) return parts;
  const text = (name: string) => new TextDecoder().decode(parts.value.get(name) ?? new Uint8Array());
  if (text("META-INF/manifest.xml").includes("encryption-data")) {
    return fail("ENCRYPTED", "This OpenDocument file is password-protected; ask the candidate for an unlocked copy.");
  }
  if (!parts.value.has("content.xml")) {
    return fail("CORRUPT", "This OpenDocument file has no content.xml and cannot be read; ask the candidate to send it again.");
  }
  const content = parseXml(text("content.xml"));
  const styles = parseXml(text("styles.xml"));
  const isBold = boldStyles([styles, content]);
  const body = findAll(content, "office:text")[0];
  const { header, footer } = pageFurniture(styles, isBold);
  const lines = [...header, ...(body ? htmlToLines(odtBlocksHtml(body, isBold)) : []), ...footer];
  const page = buildPage(1, lines);
  if (page.lines.length === 0) return fail("NO_TEXT", "This OpenDocument file contains no text.");
  return ok({ format: "odt", pages: [page], warnings: [], hidden: [] });
}

/** Lines of the page headers and footers (each distinct line once): templates put the name and contact there. */
function pageFurniture(styles: XmlElement, isBold: BoldStyles): { header: RawLine[]; footer: RawLine[] } {
  const masters = findAll(styles, "style:master-page");
  const pick = (prefix: string): RawLine[] => {
    const seen = new Set<string>();
    return masters
      .flatMap((master) => childElements(master).filter((part) => part.name.startsWith(prefix)))
      .flatMap((part) => htmlToLines(odtBlocksHtml(part, isBold)))
      .filter((line) => !seen.has(line.text) && seen.add(line.text));
  };
  return { header: pick("style:header"), footer: pick("style:footer") };
}

/** Bold text and paragraph styles, from the named and automatic styles of both parts. */
function boldStyles(parts: XmlElement[]): BoldStyles {
  const defined = new Map<string, { bold?: boolean; parent?: string }>();
  for (const part of parts) {
    for (const style of findAll(part, "style:style")) {
      const name = style.attributes["style:name"];
      if (!name) continue;
      const weight = childElements(style).find((child) => child.name === "style:text-properties")?.attributes["fo:font-weight"];
      const entry: { bold?: boolean; parent?: string } = {};
      if (weight !== undefined) entry.bold = weight === "bold" || Number(weight) >= 600;
      const parent = style.attributes["style:parent-style-name"];
      if (parent) entry.parent = parent;
      defined.set(name, entry);
    }
  }
  return (name) => {
    for (let step = 0; name && step < MAX_STYLE_CHAIN; step++) {
      const style = defined.get(name);
      if (!style) return false;
      if (style.bold !== undefined) return style.bold;
      name = style.parent;
    }
    return false;
  };
}
