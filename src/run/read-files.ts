// Reads a batch of files into Resumes: the file system, the content cache and the worker pool.
// Memory stays bounded: only a window of files is in flight, and workers hand back compact Resumes.
import { sha256Hex } from "../hash.js";
import { open } from "node:fs/promises";
import type { IngestError, IngestLimits, Result } from "../ingest/document.js";
import type { Resume } from "../read/resume.js";
import type { Vocabulary } from "../read/vocabulary.js";
import type { ContentCache } from "./cache.js";
import type { DiscoveredFile } from "./discover.js";
import { ByteBudget } from "./byte-budget.js";
import { ReaderPool } from "./pool.js";

const MIN_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

/** Read errors use the ingest codes; discovery adds its own (NOT_FOUND, SYMLINK_LOOP, …). */
export interface FileError {
  code: string;
  message: string;
}

export interface FileOutcome {
  file: string;
  sha256?: string;
  result: Result<Resume, FileError>;
}

export interface ReadSettings {
  jobs: number;
  fileTimeoutMs: number;
  limits: IngestLimits;
  vocabulary: Vocabulary;
  cache?: ContentCache;
  /** Keep only the files whose content hash falls in this shard. */
  shard?: { index: number; count: number };
  onProgress?: (done: number, total: number, errors: number) => void;
}

export async function readFiles(files: DiscoveredFile[], settings: ReadSettings): Promise<FileOutcome[]> {
  let pool: ReaderPool | undefined;
  const getPool = () =>
    (pool ??= new ReaderPool({
      size: settings.jobs,
      fileTimeoutMs: settings.fileTimeoutMs,
      init: { limits: settings.limits, vocabulary: settings.vocabulary },
    }));
  const outcomes: (FileOutcome | null)[] = new Array(files.length).fill(null);
  let done = 0;
  let errors = 0;
  let next = 0;
  // Enough files in flight to hide file-system latency and keep every worker fed; few enough to bound memory.
  const window = Math.max(16, settings.jobs * 4);
  // …and never more bytes than two files per worker at the largest size allowed, nor less than 64 MB.
  const budget = new ByteBudget(Math.max(MIN_BYTES_IN_FLIGHT, 2 * settings.jobs * settings.limits.maxBytes));

  async function worker(): Promise<void> {
    while (next < files.length) {
      const index = next++;
      const outcome = await readOneFile(files[index]!, settings, getPool, budget);
      outcomes[index] = outcome;
      if (outcome) {
        done++;
        if (!outcome.result.ok) errors++;
        settings.onProgress?.(done, files.length, errors);
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: Math.min(window, files.length) }, worker));
  } finally {
    await pool?.close();
  }
  return outcomes.filter((o): o is FileOutcome => o !== null);
}

/** null when the file belongs to another shard. */
async function readOneFile(
  file: DiscoveredFile,
  settings: ReadSettings,
  getPool: () => ReaderPool,
  budget: ByteBudget,
): Promise<FileOutcome | null> {
  let held = 0;
  try {
    return await readHeld(file, settings, getPool, async (size) => {
      await budget.acquire(size);
      held = size;
    });
  } finally {
    budget.release(held);
  }
}

async function readHeld(
  file: DiscoveredFile,
  settings: ReadSettings,
  getPool: () => ReaderPool,
  reserve: (size: number) => Promise<void>,
): Promise<FileOutcome | null> {
  const loaded = await loadBytes(file.absolute, settings.limits.maxBytes, reserve);
  if (!loaded.ok) {
    if (settings.shard && !inShard(sha256Hex(file.display), settings.shard)) return null;
    return { file: file.display, result: loaded };
  }
  const bytes = loaded.value;
  const hash = sha256Hex(bytes);
  if (settings.shard && !inShard(hash, settings.shard)) return null;
  if (bytes.byteLength === 0) {
    return { file: file.display, sha256: hash, result: { ok: false, error: { code: "EMPTY", message: "the file is empty (0 bytes)" } } };
  }
  const cached = await settings.cache?.get(hash);
  if (cached) return { file: file.display, sha256: hash, result: cached };
  const result = await getPool().read(exclusiveBuffer(bytes));
  await settings.cache?.set(hash, result);
  return { file: file.display, sha256: hash, result };
}

async function loadBytes(path: string, maxBytes: number, reserve: (size: number) => Promise<void>): Promise<Result<Uint8Array, IngestError>> {
  let handle;
  try {
    handle = await open(path, "r");
    const { size } = await handle.stat();
    if (size > maxBytes) {
      return { ok: false, error: { code: "TOO_LARGE", message: `the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (--max-bytes)` } };
    }
    await reserve(size);
    return { ok: true, value: await handle.readFile() };
  } catch (error) {
    return { ok: false, error: { code: "UNREADABLE", message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` } };
  } finally {
    await handle?.close();
  }
}

/** Shards split by content hash, so the split does not depend on paths or on the order files are listed in. */
function inShard(hash: string, shard: { index: number; count: number }): boolean {
  return parseInt(hash.slice(0, 8), 16) % shard.count === shard.index - 1;
}

function exclusiveBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer;
  return bytes.slice().buffer as ArrayBuffer;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
