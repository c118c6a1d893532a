// Reads one file's bytes for the slow path, within the size limit and the batch's byte budget. The stat is
// taken from the open file before its bytes are read: that identity is what the stat index records.
// The calls are synchronous: for a file of a few hundred kilobytes each is cheaper than the promise and
// thread-pool machinery around it, and the main thread has nothing else to do meanwhile (workers read).
// The file is opened non-blocking, so a pipe put where a file was cannot stall the batch.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, type BigIntStats } from "node:fs";
import type { IngestError, Result } from "../ingest/document.js";

export interface LoadedFile {
  bytes: Uint8Array;
  stat: BigIntStats;
}

/** `reserve` waits until the file's size fits in the bytes in flight; it is called only for a file that is read. */
export async function loadBytes(path: string, maxBytes: number, reserve: (size: number) => Promise<void>): Promise<Result<LoadedFile, IngestError>> {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd, { bigint: true });
    if (!stat.isFile()) return { ok: false, error: { code: "UNSUPPORTED", message: "not a regular file (a pipe, socket or device); it was not read" } };
    const size = Number(stat.size);
    if (size > maxBytes) {
      return { ok: false, error: { code: "TOO_LARGE", message: `the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (--max-bytes)` } };
    }
    await reserve(size);
    return { ok: true, value: { bytes: readOpenFile(fd, size), stat } };
  } catch (error) {
    return { ok: false, error: { code: "UNREADABLE", message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The file's bytes, up to the size its stat gave (readFileSync would take the stat again), in a buffer of
 * their own, so they can be handed to a worker without a copy. A file cut short meanwhile gives what is left.
 */
function readOpenFile(fd: number, size: number): Uint8Array {
  // Some files say they hold nothing and still read (those under /proc): read those to the end.
  if (size === 0) return readFileSync(fd);
  const bytes = Buffer.allocUnsafeSlow(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}

/** The buffer itself when the bytes fill it (so it can be transferred to a worker), else a copy. */
export function exclusiveBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer;
  // A copy, never a view: Buffer's own slice() shares memory, and small reads share one pooled slab.
  const copy = new Uint8Array(byteLength);
  copy.set(bytes);
  return copy.buffer;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
