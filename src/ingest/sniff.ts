// Chooses a file's format from its first bytes, never from its name: résumés arrive renamed,
// mislabelled and extension-less.

import { parseJsonResume } from "./json-resume-shape.js";
import { listZipEntries } from "./zip.js";

export type SniffedFormat =
  | "pdf"
  | "docx"
  | "odt"
  | "doc"
  /** An OLE container holding an EncryptedPackage: a password-protected DOCX/XLSX/PPTX. */
  | "office-encrypted"
  | "rtf"
  | "html"
  /** JSON whose top-level object has "basics", or "work" and "education" (jsonresume.org). */
  | "json-resume"
  | "text"
  | "image"
  | "zip-unknown"
  | "empty"
  | "unknown";

const PDF_HEADER_WINDOW = 1024;
const TEXT_SAMPLE = 8192;
const ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";
const ZIP_SCAN_WINDOW = 64 * 1024;

interface Signature {
  bytes: number[];
  at?: number;
  format: SniffedFormat;
}

const SIGNATURES: Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], format: "image" }, // PNG
  { bytes: [0xff, 0xd8, 0xff], format: "image" }, // JPEG
  { bytes: ascii("GIF87a"), format: "image" },
  { bytes: ascii("GIF89a"), format: "image" },
  { bytes: ascii("WEBP"), at: 8, format: "image" },
  { bytes: [0x49, 0x49, 0x2a, 0x00], format: "image" }, // TIFF, little-endian
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], format: "image" }, // TIFF, big-endian
  { bytes: ascii("{\\rtf"), format: "rtf" },
];

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ascii("%PDF-"))) return "pdf";
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes, signature.at ?? 0)) return signature.format;
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return sniffZip(bytes);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return indexOf(bytes, utf16le("EncryptedPackage"), bytes.length) >= 0 ? "office-encrypted" : "doc";
  }
  // Readers accept a few junk bytes (a mail header, a stray BOM) before the PDF header.
  if (indexOf(bytes, ascii("%PDF-"), PDF_HEADER_WINDOW) >= 0) return "pdf";
  return sniffText(bytes);
}

function sniffZip(bytes: Uint8Array): SniffedFormat {
  const listing = listZipEntries(bytes);
  if (listing.ok) {
    const names = new Set(listing.entries.map((entry) => entry.name));
    if ([...names].some((name) => /^word\/document\d*\.xml$/.test(name))) return "docx";
    if (names.has("mimetype") && indexOf(bytes, ascii(ODT_MIMETYPE), ZIP_SCAN_WINDOW) >= 0) return "odt";
    return "zip-unknown";
  }
  // A cut-short archive has no directory; its local headers still name the parts near the start.
  if (indexOf(bytes, ascii("word/document"), ZIP_SCAN_WINDOW) >= 0) return "docx";
  if (indexOf(bytes, ascii(ODT_MIMETYPE), ZIP_SCAN_WINDOW) >= 0) return "odt";
  return "zip-unknown";
}

function sniffText(bytes: Uint8Array): SniffedFormat {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksLikeUtf16WithoutBom(bytes)) return "text";
  // A UTF-8 byte-order mark says nothing about what follows: look past it.
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const sample = body.subarray(0, TEXT_SAMPLE);
  let binary = 0;
  for (const byte of sample) {
    if (byte === 0) return "unknown";
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) binary++;
  }
  if (binary > sample.length * 0.02) return "unknown";
  const head = withoutProlog(new TextDecoder("latin1").decode(sample.subarray(0, 1024)).toLowerCase());
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return "html";
  if (head.startsWith("{") && parseJsonResume(new TextDecoder().decode(body))) return "json-resume";
  return "text";
}

/** An XML declaration and comments may come before an (X)HTML page's first tag. */
function withoutProlog(head: string): string {
  return head.trimStart().replace(/^(?:<\?xml[^>]*\?>\s*|<!--[\s\S]*?-->\s*)+/, "");
}

export function hasUnicodeBom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/** UTF-16 text without a byte-order mark: ASCII characters leave every other byte zero. */
export function looksLikeUtf16WithoutBom(bytes: Uint8Array): "le" | "be" | undefined {
  const sample = bytes.subarray(0, TEXT_SAMPLE & ~1);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return "le";
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return "be";
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

function indexOf(bytes: Uint8Array, needle: number[], window: number): number {
  const last = Math.min(bytes.length, window) - needle.length;
  outer: for (let at = 0; at <= last; at++) {
    for (let i = 0; i < needle.length; i++) if (bytes[at + i] !== needle[i]) continue outer;
    return at;
  }
  return -1;
}

function ascii(text: string): number[] {
  return [...text].map((ch) => ch.charCodeAt(0));
}

function utf16le(text: string): number[] {
  return ascii(text).flatMap((code) => [code, 0]);
}
