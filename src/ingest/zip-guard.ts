// Zip-bomb guard for DOCX-like containers. Every entry is inflated with a streaming inflater that counts
// the bytes it really produces and stops past the limit: the sizes an archive declares are not evidence.

import { Inflate } from "fflate";
import { fail, type IngestLimits, type Result } from "./document.js";
import { entryData, listZipEntries } from "./zip.js";

/** Compressed bytes fed per step: one slice can inflate to at most ~1000× its size, so this bounds memory. */
const SLICE = 8 * 1024;
/** All parts together may inflate to this many times the per-part limit; real documents are far below. */
const TOTAL_PARTS_FACTOR = 4;
/**
 * Parts a reader parses into memory (XML) cost ~100× their size once parsed, so they are held to maxPartBytes.
 * Pictures and fonts are only counted, never parsed: they may be as large as a whole file (maxBytes).
 */
const PARSED_PART = /(\.xml|\.rels|^mimetype)$/i;
const STORED = 0;
const DEFLATE = 8;

export type PartFilter = (name: string) => boolean;

/**
 * Inflates every entry within the limits and returns the ones `keep` asks for.
 * TOO_LARGE when one part (or all of them together) inflates past the limits; CORRUPT when the archive
 * cannot be read.
 */
export function inflateZipWithinLimits(
  bytes: Uint8Array,
  limits: Pick<IngestLimits, "maxPartBytes"> & Partial<Pick<IngestLimits, "maxBytes">>,
  keep: PartFilter = () => false,
): Result<Map<string, Uint8Array>> {
  const listing = listZipEntries(bytes);
  if (!listing.ok) return fail("CORRUPT", `This document is damaged and cannot be opened (${listing.reason}).`);
  const kept = new Map<string, Uint8Array>();
  const binaryCap = Math.max(limits.maxPartBytes, limits.maxBytes ?? 0);
  let parsedBudget = limits.maxPartBytes * TOTAL_PARTS_FACTOR;
  let budget = binaryCap * TOTAL_PARTS_FACTOR;
  for (const entry of listing.entries) {
    if (entry.name.endsWith("/") && entry.compressedSize === 0) continue;
    if (entry.flags & 1) return fail("ENCRYPTED", "This document is password-protected; ask the candidate for an unlocked copy.");
    const data = entryData(bytes, entry);
    if (!data) return fail("CORRUPT", `This document is damaged and cannot be opened (part ${entry.name} is cut short).`);
    const parsed = PARSED_PART.test(entry.name);
    const partCap = parsed ? limits.maxPartBytes : binaryCap;
    const cap = Math.min(partCap, budget, parsed ? parsedBudget : Infinity);
    const inflated = inflateCapped(data, entry.method, cap, keep(entry.name));
    if (inflated.kind === "too-large") return tooLarge(entry.name, partCap, cap < partCap);
    if (inflated.kind === "error") {
      return fail("CORRUPT", `This document is damaged and cannot be opened (part ${entry.name}: ${inflated.reason}).`);
    }
    budget -= inflated.size;
    if (parsed) parsedBudget -= inflated.size;
    if (inflated.data) kept.set(entry.name, inflated.data);
  }
  return { ok: true, value: kept };
}

type Inflated =
  | { kind: "ok"; size: number; data?: Uint8Array }
  | { kind: "too-large" }
  | { kind: "error"; reason: string };

function inflateCapped(data: Uint8Array, method: number, cap: number, keepData: boolean): Inflated {
  if (method === STORED) {
    if (data.length > cap) return { kind: "too-large" };
    return keepData ? { kind: "ok", size: data.length, data: data.slice() } : { kind: "ok", size: data.length };
  }
  if (method !== DEFLATE) return { kind: "error", reason: `compression method ${method} is not supported` };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (keepData && size <= cap) chunks.push(chunk.slice());
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < data.length && size <= cap; at += SLICE) {
      const end = Math.min(at + SLICE, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (error) {
    return { kind: "error", reason: error instanceof Error ? error.message : "inflate failed" };
  }
  if (size > cap) return { kind: "too-large" };
  if (!finished && data.length > 0) return { kind: "error", reason: "the compressed data ends early" };
  return keepData ? { kind: "ok", size, data: concat(chunks, size) } : { kind: "ok", size };
}

function tooLarge(part: string, maxPartBytes: number, totalExceeded: boolean): Result<never> {
  const mb = maxPartBytes / (1024 * 1024);
  const limit = mb >= 10 ? `${Math.round(mb)} MB` : mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.round(maxPartBytes / 1024)} KB`;
  const what = totalExceeded ? `its parts together expand past ${TOTAL_PARTS_FACTOR} × ${limit}` : `part ${part} expands past ${limit}`;
  return fail("TOO_LARGE", `This document expands to far more data than a résumé holds (${what}); it was not opened.`);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
