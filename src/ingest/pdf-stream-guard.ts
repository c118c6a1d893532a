// Decompression-bomb guard for PDFs. pdf.js inflates a stream whole, with no limit: a 500 KB file can hold a
// page whose content inflates to gigabytes. Before pdf.js sees a PDF, every Flate-compressed stream is
// inflated here with a streaming inflater that only counts, and stops past the cap. Images are checked
// separately, because pdf.js decodes them only when deciding whether text sits on a picture.

import { Inflate } from "fflate";
import { DEFAULT_LIMITS, fail, type Result } from "./document.js";

export type StreamKind = "images" | "other";

export interface StreamFinding {
  /** Bytes the largest stream inflates to, or the cap plus one when it stopped there. */
  largest: number;
  overCap: boolean;
}

/** Compressed bytes fed per step: one slice inflates to at most ~8 MB, so counting holds little memory. */
const SLICE = 8 * 1024;
const STREAM_KEYWORD = /(?<!end)stream\r?\n/g;
/** A chained filter ([/FlateDecode /FlateDecode]) multiplies the ratio; more than this is not a real file. */
const MAX_CHAIN = 3;
/** zlib's documented worst case: one byte of deflate data inflates to at most 1032 bytes. */
const MAX_RATIO = 1032;

/**
 * Pictures may inflate to this many times --max-bytes, text and fonts to once: a full-page scan at 300 dpi
 * in colour is 25 MB of pixels, at 600 dpi in grey 34 MB.
 */
const IMAGE_FACTOR = 2;

/**
 * TOO_LARGE when a stream of this kind inflates past its cap, else undefined. Check "other" before pdf.js
 * opens a file, and "images" before anything draws its pages or decodes its pictures.
 */
export function decompressionBomb(bytes: Uint8Array, kind: StreamKind, maxBytes = DEFAULT_LIMITS.maxBytes): Result<never> | undefined {
  const cap = kind === "images" ? IMAGE_FACTOR * maxBytes : maxBytes;
  if (!checkPdfStreams(bytes, kind, cap, { measure: false }).overCap) return undefined;
  const what = kind === "images" ? "a picture inflates" : "its text or fonts inflate";
  return fail("TOO_LARGE", `This PDF is built to expand: ${what} past ${Math.round(cap / (1024 * 1024))} MB, far more than a résumé holds; it was not opened.`);
}

/**
 * Checks the Flate streams of one kind; the first stream over the cap ends the check. Without `measure`,
 * streams too short to pass the cap even at deflate's largest ratio (most of a résumé's) are not inflated,
 * and `largest` counts only the others.
 */
export function checkPdfStreams(bytes: Uint8Array, kind: StreamKind, cap: number, { measure = true } = {}): StreamFinding {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  let largest = 0;
  for (const match of text.matchAll(STREAM_KEYWORD)) {
    const start = match.index + match[0].length;
    const dictionary = dictionaryBefore(text, match.index);
    const flate = flateCount(dictionary);
    if (flate === 0 || /\/Subtype\s*\/Image\b/.test(dictionary) !== (kind === "images")) continue;
    const end = text.indexOf("endstream", start);
    let data = bytes.subarray(start, end < 0 ? bytes.length : end);
    if (!measure && data.length * MAX_RATIO ** Math.min(flate, MAX_CHAIN) <= cap) continue;
    let size = 0;
    for (let level = 1; level <= Math.min(flate, MAX_CHAIN); level++) {
      const keep = level < Math.min(flate, MAX_CHAIN);
      const inflated = inflateCounting(data, cap, keep);
      size = inflated.size;
      if (size > cap || !inflated.data) break;
      data = inflated.data;
    }
    largest = Math.max(largest, size);
    if (size > cap) return { largest, overCap: true };
  }
  return { largest, overCap: false };
}

/** The dictionary written before a stream keyword: from the "obj" that opens it (or up to 4 KB back). */
function dictionaryBefore(text: string, at: number): string {
  const from = Math.max(0, at - 4096);
  const window = text.slice(from, at);
  const open = window.lastIndexOf("obj");
  return open >= 0 ? window.slice(open) : window;
}

function flateCount(dictionary: string): number {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dictionary)?.[1] ?? "";
  return (filter.match(/\/FlateDecode\b|\/Fl\b/g) ?? []).length;
}

/** Inflates zlib or raw deflate data, counting; stops past the cap; errors end the count (pdf.js stops there too). */
function inflateCounting(data: Uint8Array, cap: number, keep: boolean): { size: number; data?: Uint8Array } {
  const hasZlibHeader = data.length >= 2 && (data[0]! & 0x0f) === 8 && ((data[0]! << 8) | data[1]!) % 31 === 0;
  const body = hasZlibHeader ? data.subarray(2) : data;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (keep && size <= cap) chunks.push(chunk.slice());
  });
  try {
    for (let at = 0; at < body.length && size <= cap; at += SLICE) {
      const end = Math.min(at + SLICE, body.length);
      inflater.push(body.subarray(at, end), end === body.length);
    }
  } catch {
    // Damaged or trailing bytes: what was inflated so far is what a reader would get.
  }
  if (!keep || size > cap) return { size };
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return { size, data: out };
}
