// The shared first half of screen, check and diff: flags → files read into Resumes (cache, workers), or, for
// one rubric, straight into scored candidates. Reading depends only on the files, so diff reads once for two.
import { availableParallelism } from "node:os";
import { DEFAULT_LIMITS, type IngestLimits } from "../ingest/document.js";
import type { Vocabulary } from "../read/vocabulary.js";
import { holdsNothingFor, openCache } from "../run/cache.js";
import { limitOptimisingCompiles } from "../run/compile-budget.js";
import { discover } from "../run/discover.js";
import { readerFingerprint } from "../run/fingerprint.js";
import { ReaderPool } from "../run/pool.js";
import { poolOptions, readFiles, type FileOutcome } from "../run/read-files.js";
import { openStatIndex } from "../run/stat-index.js";
import type { ScreenReport } from "../model.js";
import type { LoadedRubric } from "../rubric/types.js";
import { assembleReport, candidateFor, type ScreenSettings } from "../screen.js";
import { defaultCacheDir, loadVocabulary, parseAsOf, printError, toolVersion } from "./environment.js";
import { progressBar } from "./progress.js";

export interface BatchOptions {
  asOf?: string;
  jobs?: number;
  cacheDir?: string;
  cache: boolean;
  shard?: string;
  quiet?: boolean;
  fileTimeout: number;
  maxBytes: number;
  maxPages: number;
  maxPartBytes?: number;
  ocr?: IngestLimits["ocr"];
  followSymlinks?: boolean;
}

/** Where the caches live, or undefined with --no-cache. */
export function cacheDirOf(options: Pick<BatchOptions, "cache" | "cacheDir">): string | undefined {
  return options.cache ? (options.cacheDir ?? defaultCacheDir()) : undefined;
}

export type Batch<T = FileOutcome> =
  | { ok: true; asOf: string; vocabulary: Vocabulary; outcomes: T[] }
  | { ok: false; exitCode: number };

/** What a command keeps of each file's outcome, made as the file is read (so a Resume need not outlive it). */
export type KeepOutcome<T> = (outcome: FileOutcome, context: { asOf: string; vocabulary: Vocabulary }) => T;

function limitsOf(options: BatchOptions): IngestLimits {
  return {
    ...DEFAULT_LIMITS,
    maxBytes: options.maxBytes,
    maxPages: options.maxPages,
    maxPartBytes: options.maxPartBytes ?? DEFAULT_LIMITS.maxPartBytes,
    // The library reads no image unless asked; the command line reads scans unless told not to.
    ocr: options.ocr ?? "auto",
  };
}

function readerSettings(options: BatchOptions, limits: IngestLimits, vocabulary: Vocabulary) {
  return { jobs: options.jobs ?? availableParallelism(), fileTimeoutMs: options.fileTimeout * 1000, limits, vocabulary };
}

/**
 * Starts the readers at once when the batch is sure to need them: the cache is off, or holds nothing by this
 * reader yet. A reader takes a few hundred milliseconds to load pdf.js and mammoth; started here, that
 * overlaps validating the rubric and finding the files instead of following them. A batch the cache may
 * answer starts none here: readers it turns out not to need would cost a re-screen more than it takes. The
 * caller closes them if the batch is not read after all.
 */
export async function startReaders(options: BatchOptions): Promise<ReaderPool | undefined> {
  limitOptimisingCompiles();
  if (!parseAsOf(options.asOf)) return undefined;
  const vocabulary = await loadVocabulary();
  const limits = limitsOf(options);
  const cacheDir = cacheDirOf(options);
  if (cacheDir && !holdsNothingFor(cacheDir, readerFingerprint(vocabulary.text, limits))) return undefined;
  return new ReaderPool(poolOptions(readerSettings(options, limits, vocabulary.parsed)));
}

export function readBatch(paths: string[], options: BatchOptions, keep?: undefined, readers?: ReaderPool): Promise<Batch>;
export function readBatch<T>(paths: string[], options: BatchOptions, keep: KeepOutcome<T>, readers?: ReaderPool): Promise<Batch<T>>;
export async function readBatch<T>(paths: string[], options: BatchOptions, keep?: KeepOutcome<T>, readers?: ReaderPool): Promise<Batch<T | FileOutcome>> {
  // A batch only: other commands run too briefly for compiling to matter, and skip loading the setting.
  limitOptimisingCompiles();
  try {
    return await readStartedBatch(paths, options, keep, readers);
  } finally {
    // Already closed when the files were read; not yet when the flags were wrong or nothing was found.
    await readers?.close();
  }
}

async function readStartedBatch<T>(paths: string[], options: BatchOptions, keep?: KeepOutcome<T>, readers?: ReaderPool): Promise<Batch<T | FileOutcome>> {
  const asOf = parseAsOf(options.asOf);
  if (!asOf) return usage(`--as-of wants a date written YYYY-MM-DD, got "${options.asOf}"`);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (shard === null) return usage(`--shard wants k/n with 1 ≤ k ≤ n, got "${options.shard}"`);

  const { text: vocabularyText, parsed: vocabulary } = await loadVocabulary();
  const found = await discover(paths, { followSymlinks: options.followSymlinks === true });
  const missing = found.problems.filter((p) => p.code === "NOT_FOUND");
  if (found.files.length === 0 && missing.length === paths.length) {
    return usage(`nothing to screen: ${missing.map((m) => m.display).join(", ")} not found`);
  }

  const limits = limitsOf(options);
  const progress = progressBar(process.stderr, !options.quiet);
  const cacheDir = cacheDirOf(options);
  const kept = (outcome: FileOutcome) => (keep ? keep(outcome, { asOf, vocabulary }) : outcome);
  const outcomes = await readFiles(found.files, {
    ...readerSettings(options, limits, vocabulary),
    cache: cacheDir ? openCache(cacheDir, readerFingerprint(vocabularyText, limits)) : undefined,
    statIndex: cacheDir ? openStatIndex(cacheDir) : undefined,
    shard,
    onProgress: progress.update,
    pool: readers,
  }, kept);
  progress.finish();
  const unreadable = found.problems.map((p) => kept({ file: p.display, result: { ok: false, error: { code: p.code, message: p.message } } }));
  return { ok: true, asOf, vocabulary, outcomes: [...outcomes, ...unreadable] };
}

function parseShard(text: string): { index: number; count: number } | null {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && index <= count ? { index, count } : null;
}

function usage(message: string): { ok: false; exitCode: number } {
  printError(message);
  return { ok: false, exitCode: 2 };
}

/**
 * Reads the files and scores each one against the rubric as soon as it is read, so its Resume is garbage at
 * once and memory holds candidates only; then ranks them into the report.
 */
export async function screenBatch(
  paths: string[],
  options: BatchOptions,
  loaded: LoadedRubric,
  extra: Pick<ScreenSettings, "shard" | "blind"> = {},
  readers?: ReaderPool,
): Promise<{ ok: true; report: ScreenReport } | { ok: false; exitCode: number }> {
  const settingsFor = (context: { asOf: string; vocabulary: Vocabulary }): ScreenSettings => ({ ...context, version: toolVersion(), ...extra });
  let settings: ScreenSettings | undefined;
  const batch = await readBatch(paths, options, (outcome, context) => candidateFor(outcome, loaded, (settings ??= settingsFor(context))), readers);
  if (!batch.ok) return batch;
  return { ok: true, report: assembleReport(batch.outcomes, loaded, settings ?? settingsFor({ asOf: batch.asOf, vocabulary: batch.vocabulary })) };
}
