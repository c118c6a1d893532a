// What the commands need from outside the pure core: the package's own files, the clock, the environment,
// and writing output. Kept in one place so everything below stays pure.
import { sha256Hex } from "../hash.js";
import { readFileSync } from "node:fs";
import { appendFile, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import type { ScreenReport } from "../model.js";
import { runLogLines } from "../run-log.js";
import { homedir } from "node:os";
import { basename, dirname, join } from "node:path";
import type { Vocabulary } from "../read/vocabulary.js";

import { OutputError } from "./output-error.js";
import { PACKAGE_ROOT } from "./version.js";
export { toolVersion } from "./version.js";

export const BUNDLED_RUBRIC = "rubrics/ml-engineer.yaml";
export const VOCABULARY_FILE = "rubrics/skills.yaml";

export function packagePath(relative: string): string {
  return join(PACKAGE_ROOT, relative);
}

export interface LoadedVocabulary {
  text: string;
  /** Of the text: what a cached reading or rubric was made with. */
  sha256: string;
  parsed: Vocabulary;
}

let vocabulary: Promise<LoadedVocabulary> | undefined;
/**
 * The bundled skills vocabulary, read and parsed once per process. The build's parsed copy serves when it
 * was made from this very text; only otherwise is the YAML parser loaded (importing it costs ~40 ms).
 */
export function loadVocabulary(): Promise<LoadedVocabulary> {
  vocabulary ??= (async () => {
    const text = readFileSync(packagePath(VOCABULARY_FILE), "utf8");
    const sha256 = sha256Hex(text);
    const compiled = compiledVocabulary(sha256);
    if (compiled) return { text, sha256, parsed: compiled };
    const { parseVocabulary } = await import("../read/vocabulary-load.js");
    return { text, sha256, parsed: parseVocabulary(text) };
  })();
  return vocabulary;
}

/** The build's parsed copy of the vocabulary (dist/skills.json), when it was made from this very text. */
function compiledVocabulary(sha256: string): Vocabulary | undefined {
  try {
    const compiled = JSON.parse(readFileSync(packagePath("dist/skills.json"), "utf8")) as { sha256?: string; vocabulary?: Vocabulary };
    return compiled.sha256 === sha256 ? compiled.vocabulary : undefined;
  } catch {
    return undefined;
  }
}

export { sha256Hex } from "../hash.js";

/** Today's date in the local time zone, as YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A real calendar date written YYYY-MM-DD, or undefined. */
export function parseAsOf(value: string | undefined): string | undefined {
  const text = value ?? today();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? text : undefined;
}

export function defaultCacheDir(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  return join(xdg && xdg.startsWith("/") ? xdg : join(homedir(), ".cache"), "shortlist");
}

export function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}

/** What a command writes: one text, or pieces to write in turn (a large report is never one string). */
export type Output = string | Iterable<string>;

/** Pieces are encoded into writes of about this many bytes: fewer system calls, little memory. */
const WRITE_SIZE = 1 << 20;

/**
 * The output as UTF-8, a buffer at a time. Encoding each piece straight into a buffer costs half of what
 * joining the pieces and handing the stream strings does (it encodes a copy of every string it is given).
 */
function* batched(output: Output): Generator<Uint8Array> {
  const pieces = typeof output === "string" ? [output] : output;
  let buffer = Buffer.allocUnsafe(WRITE_SIZE);
  let used = 0;
  for (const piece of pieces) {
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    const most = piece.length * 3;
    if (used > 0 && used + most > buffer.length) {
      yield buffer.subarray(0, used);
      buffer = Buffer.allocUnsafe(WRITE_SIZE);
      used = 0;
    }
    if (most > buffer.length) {
      yield Buffer.from(piece, "utf8");
      continue;
    }
    used += buffer.write(piece, used, "utf8");
  }
  if (used > 0) yield buffer.subarray(0, used);
}

/** Writes to a temporary file beside the target, then renames: a reader never sees half a report. */
export async function writeAtomically(target: string, output: Output): Promise<void> {
  // A device or pipe (/dev/stdout, /dev/null, a FIFO) is written in place: renaming over it would replace it.
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isFile()) {
    await writeFile(target, batched(output));
    return;
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, batched(output));
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

export async function emit(output: Output, out: string | undefined): Promise<void> {
  if (!out) return writeStdout(output);
  try {
    await writeAtomically(out, output);
  } catch (error) {
    throw new OutputError(out, error);
  }
}

let toleratesClosedPipe = false;

/**
 * A reader that stops early (`shortlist … | head`) closes the pipe: that is the reader's choice, not a
 * failure, so the rest of the output is dropped quietly, as other command-line tools do. Each piece is
 * handed over before the next is made, so a slow reader holds the writer back instead of memory growing.
 */
async function writeStdout(output: Output): Promise<void> {
  if (!toleratesClosedPipe) {
    toleratesClosedPipe = true;
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
    });
  }
  for (const text of batched(output)) {
    const closed = await new Promise<boolean>((resolve, reject) => {
      process.stdout.write(text, (error?: NodeJS.ErrnoException | null) => {
        if (!error) resolve(false);
        else if (error.code === "EPIPE") resolve(true);
        else reject(error);
      });
    });
    if (closed) return;
  }
}

export function printError(message: string): void {
  process.stderr.write(`shortlist: ${message}\n`);
}

export async function readText(file: string): Promise<string> {
  return readFile(file, "utf8");
}

/** Appends the run's records to the log; a log that cannot be written is an error the user must see. */
export async function appendRunLog(file: string, report: ScreenReport, command: string): Promise<void> {
  const time = new Date().toISOString();
  const runId = sha256Hex(`${time}\0${process.pid}\0${report.rubric.sha256}`).slice(0, 16);
  await appendFile(file, runLogLines(report, { time, command, runId }));
}
