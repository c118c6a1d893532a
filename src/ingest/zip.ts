// Reads a zip file's central directory: names, methods, sizes and where each entry's data sits.
// Nothing is inflated here; see zip-guard.ts for that.

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  /** Bit 0 set: the entry is encrypted. */
  flags: number;
  compressedSize: number;
  /** What the archive claims; never trusted for allocation or limits. */
  declaredSize: number;
  localHeaderOffset: number;
}

export type ZipListing = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARKER = 0xffffffff;

export function listZipEntries(bytes: Uint8Array): ZipListing {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return { ok: false, reason: "no central directory (the file is cut short)" };
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (directoryOffset === ZIP64_MARKER || directorySize === ZIP64_MARKER) {
    return { ok: false, reason: "zip64 archives are not read" };
  }
  if (directoryOffset + directorySize > end) return { ok: false, reason: "central directory out of bounds" };
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_FILE_HEADER) {
      return { ok: false, reason: "damaged central directory" };
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) return { ok: false, reason: "damaged central directory" };
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The entry's compressed bytes, or undefined when the local header or data lie outside the file. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL_FILE_HEADER) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) return undefined;
  return bytes.subarray(start, stop);
}

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - END_RECORD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}
