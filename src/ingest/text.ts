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
    return decodeWindows1252(bytes);
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €). Node's TextDecoder
// decodes that range as C1 controls, so it is mapped here.
const WINDOWS_1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let at = 0; at < bytes.length; at += 8192) {
    const codes = Uint16Array.from(bytes.subarray(at, at + 8192), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}
