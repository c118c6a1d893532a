// Reads a batch of files into Resumes: the file system, the content cache and the worker pool.
// Files the caches already know are answered first, in one synchronous pass (known-files.ts); the rest are
// read, hashed and handed to workers. Memory stays bounded: only a window of files is in flight, and workers
// hand back compact Resumes.
import { sha256Hex } from "../hash.js";
import type { IngestLimits, Result } from "../ingest/document.js";
import type { Resume } from "../read/resume.js";
import type { Vocabulary } from "../read/vocabulary.js";
import { ByteBudget } from "./byte-budget.js";
import type { ContentCache } from "./cache.js";
import type { DiscoveredFile } from "./discover.js";
import { knownOutcome } from "./known-files.js";
import { exclusiveBuffer, loadBytes } from "./load-bytes.js";
import { ReaderPool, type PoolOptions } from "./pool.js";
import { inShard, type Shard } from "./shard.js";
import type { StatIndex } from "./stat-index.js";

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
  /** What each file hashed to last time; consulted only together with `cache`. */
  statIndex?: StatIndex;
  /** Keep only the files whose content hash falls in this shard. */
  shard?: Shard;
  onProgress?: (done: number, total: number, errors: number) => void;
  /** The worker script; tests hand in a reader of their own. */
  workerUrl?: URL;
  /** Readers started ahead of the batch (startReaders); used instead of starting some, and closed at the end. */
  pool?: ReaderPool;
}

/**
 * Every file's outcome, in the order of `files` (files of other shards left out), each passed through `keep`
 * as soon as it is known, so what the caller does not keep is garbage at once.
 */
export function readFiles(files: DiscoveredFile[], settings: ReadSettings): Promise<FileOutcome[]>;
export function readFiles<T>(files: DiscoveredFile[], settings: ReadSettings, keep: (outcome: FileOutcome) => T): Promise<T[]>;
export async function readFiles<T>(files: DiscoveredFile[], settings: ReadSettings, keep?: (outcome: FileOutcome) => T): Promise<(T | FileOutcome)[]> {
  let pool = settings.pool;
  const getPool = () => (pool ??= new ReaderPool(poolOptions(settings)));
  // Files of other shards stay undefined, and are left out at the end.
  const kept: (T | FileOutcome | undefined)[] = new Array(files.length).fill(undefined);
  let done = 0;
  let errors = 0;
  const settle = (index: number, outcome: FileOutcome | null) => {
    if (!outcome) return;
    kept[index] = keep ? keep(outcome) : outcome;
    done++;
    if (!outcome.result.ok) errors++;
    settings.onProgress?.(done, files.length, errors);
  };

  const { cache, statIndex } = settings;
  const caches = cache && statIndex ? { cache, statIndex, maxBytes: settings.limits.maxBytes, shard: settings.shard } : undefined;
  const unknown: number[] = [];
  for (let index = 0; index < files.length; index++) {
    const known = caches ? knownOutcome(files[index]!, caches) : undefined;
    if (known === undefined) unknown.push(index);
    else settle(index, known);
  }

  let next = 0;
  // Enough files in flight to hide file-system latency and keep every worker fed; few enough to bound memory.
  const window = Math.max(16, settings.jobs * 4);
  // …and never more bytes than two files per worker at the largest size allowed, nor less than 64 MB.
  const budget = new ByteBudget(Math.max(MIN_BYTES_IN_FLIGHT, 2 * settings.jobs * settings.limits.maxBytes));

  async function worker(): Promise<void> {
    while (next < unknown.length) {
      const index = unknown[next++]!;
      settle(index, await readOneFile(files[index]!, settings, getPool, budget));
    }
  }

  try {
    await Promise.all(Array.from({ length: Math.min(window, unknown.length) }, worker));
  } finally {
    await pool?.close();
    await cache?.flush();
    statIndex?.save();
  }
  return kept.filter((o): o is T | FileOutcome => o !== undefined);
}

export function poolOptions(settings: Pick<ReadSettings, "jobs" | "fileTimeoutMs" | "limits" | "vocabulary" | "workerUrl">): PoolOptions {
  return {
    size: settings.jobs,
    fileTimeoutMs: settings.fileTimeoutMs,
    init: { limits: settings.limits, vocabulary: settings.vocabulary },
    workerUrl: settings.workerUrl,
  };
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
  settings.statIndex?.beforeRead();
  const loaded = await loadBytes(file.absolute, settings.limits.maxBytes, reserve);
  if (!loaded.ok) {
    if (settings.shard && !inShard(sha256Hex(file.display), settings.shard)) return null;
    return { file: file.display, result: loaded };
  }
  const { bytes, stat } = loaded.value;
  const hash = sha256Hex(bytes);
  settings.statIndex?.record(file.absolute, stat, hash);
  if (settings.shard && !inShard(hash, settings.shard)) return null;
  if (bytes.byteLength === 0) {
    return { file: file.display, sha256: hash, result: { ok: false, error: { code: "EMPTY", message: "the file is empty (0 bytes)" } } };
  }
  const cached = settings.cache?.get(hash);
  if (cached) return { file: file.display, sha256: hash, result: cached };
  const { result, json } = await getPool().readWithJson(exclusiveBuffer(bytes));
  settings.cache?.set(hash, result, json);
  return { file: file.display, sha256: hash, result };
}
