// Reads one file's bytes for the slow path, within the size limit and the batch's byte budget. The stat is
// taken from the open file before its bytes are read: that identity is what the stat index records.
import type { BigIntStats } from "node:fs";
import { open } from "node:fs/promises";
import type { IngestError, Result } from "../ingest/document.js";

export interface LoadedFile {
  bytes: Uint8Array;
  stat: BigIntStats;
}

/** `reserve` waits until the file's size fits in the bytes in flight; it is called only for a file that is read. */
export async function loadBytes(path: string, maxBytes: number, reserve: (size: number) => Promise<void>): Promise<Result<LoadedFile, IngestError>> {
  let handle;
  try {
    handle = await open(path, "r");
    const stat = await handle.stat({ bigint: true });
    const size = Number(stat.size);
    if (size > maxBytes) {
      return { ok: false, error: { code: "TOO_LARGE", message: `the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (--max-bytes)` } };
    }
    await reserve(size);
    return { ok: true, value: { bytes: await handle.readFile(), stat } };
  } catch (error) {
    return { ok: false, error: { code: "UNREADABLE", message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` } };
  } finally {
    await handle?.close();
  }
}

/** The buffer itself when the bytes fill it (so it can be transferred to a worker), else a copy. */
export function exclusiveBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer;
  return bytes.slice().buffer as ArrayBuffer;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
