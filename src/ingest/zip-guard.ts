// Zip-bomb guard for DOCX-like containers. Every entry is inflated by zlib with a hard cap on what it may
// produce (maxOutputLength): zlib stops and throws past it, so the sizes an archive declares are never trusted
// and memory stays bounded by the cap.

import { inflateRawSync } from "node:zlib";
import { fail, type IngestLimits, type Result } from "./document.js";
import { entryData, listZipEntries } from "./zip.js";

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
 * Inflates every entry within the limits and returns the ones `keep` asks for; `keep` is asked about every
 * part but folders, once each, in the archive's order.
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
  if (data.length === 0) return { kind: "error", reason: "the compressed data ends early" };
  let inflated: Buffer;
  try {
    // A zero cap still has to tell "empty" from "too large": allow one byte and judge the size below.
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, cap + 1) });
  } catch (error) {
    if ((error as { code?: string })?.code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) return { kind: "too-large" };
    return { kind: "error", reason: error instanceof Error ? error.message : "inflate failed" };
  }
  if (inflated.length > cap) return { kind: "too-large" };
  return keepData ? { kind: "ok", size: inflated.length, data: new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length) } : { kind: "ok", size: inflated.length };
}

function tooLarge(part: string, maxPartBytes: number, totalExceeded: boolean): Result<never> {
  const mb = maxPartBytes / (1024 * 1024);
  const limit = mb >= 10 ? `${Math.round(mb)} MB` : mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.round(maxPartBytes / 1024)} KB`;
  const what = totalExceeded ? `its parts together expand past ${TOTAL_PARTS_FACTOR} × ${limit}` : `part ${part} expands past ${limit}`;
  return fail("TOO_LARGE", `This document expands to far more data than a résumé holds (${what}); it was not opened.`);
}
