// Plain-text and Markdown résumés: decode the bytes, split into lines, a form feed starts a new page.

import { fail, ok, type Document, type Result } from "./document.js";
import { stripMarkdown, looksLikeMarkdown } from "./markdown.js";
import { buildPage } from "./page-builder.js";
import { looksLikeUtf16WithoutBom } from "./sniff.js";

export function readText(bytes: Uint8Array): Result<Document> {
  const text = decodeText(bytes);
  const markdown = looksLikeMarkdown(text);
  const pages = text
    .replace(/\r\n?/g, "\n")
    .split("\f")
    .map((pageText, i) => {
      const raw = pageText.split("\n").map((line) => ({ text: markdown ? stripMarkdown(line) : line }));
      return buildPage(i + 1, raw);
    });
  // A trailing form feed leaves an empty last page that no one would count.
  while (pages.length > 1 && pages[pages.length - 1]!.lines.length === 0) pages.pop();
  if (pages.every((page) => page.lines.length === 0)) {
    return fail("NO_TEXT", "This file contains no readable text.");
  }
  return ok({ format: markdown ? "markdown" : "text", pages, warnings: [], hidden: [] });
}

/** UTF-8 (BOM optional), UTF-16 with a BOM or of unmistakable shape, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode("utf-8", bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode("utf-16be", bytes.subarray(2));
  const utf16 = looksLikeUtf16WithoutBom(bytes);
  if (utf16) return decode(utf16 === "le" ? "utf-16le" : "utf-16be", bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: old editors on Windows wrote Windows-1252, a superset of Latin-1's printable range.
    return decode("windows-1252", bytes);
  }
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}
