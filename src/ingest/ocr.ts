// Optical character recognition with tesseract.js and the English model bundled with the package
// (@tesseract.js-data/eng): nothing is downloaded and nothing is cached on disk. The engine starts on first
// use and is kept for the life of the process (starting it costs ~0.5 s and ~100 MB); its thread is only
// held open while a page is being read, so an idle engine never keeps a process alive.

import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export interface OcrWord {
  text: string;
  /** 0–100, as tesseract reports it. */
  confidence: number;
  /** Box in image pixels. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The baseline of the word's line at the word's horizontal centre, in image pixels. */
  baseline: number;
  /** Height of the word's line (ascender to descender), in image pixels. */
  lineHeight: number;
  /** Which line (in tesseract's order) the word was read in. */
  line: number;
}

export type OcrOutcome = { ok: true; words: OcrWord[] } | { ok: false; reason: string };

interface Bbox { x0: number; y0: number; x1: number; y1: number }
interface TessLine {
  words: Array<{ text: string; confidence: number; bbox: Bbox }>;
  baseline: Bbox;
  rowAttributes?: { rowHeight?: number };
  bbox: Bbox;
}
interface TessWorker {
  recognize(image: Buffer, options: object, output: object): Promise<{ data: { blocks: Array<{ paragraphs: Array<{ lines: TessLine[] }> }> | null } }>;
  terminate(): Promise<unknown>;
  worker?: { ref?: () => void; unref?: () => void };
}

const LSTM_ONLY = 1;
let engine: Promise<TessWorker> | undefined;
/** Pages are read one at a time: the engine is one thread with one image in memory. */
let queue: Promise<unknown> = Promise.resolve();

/** Where the bundled English model is, or why OCR cannot run. */
function modelPath(): { ok: true; langPath: string; gzip: boolean } | { ok: false; reason: string } {
  try {
    const data = createRequire(import.meta.url)("@tesseract.js-data/eng") as { langPath: string; gzip: boolean };
    // tesseract.js falls back to a download when the file is missing, and a failed download kills the
    // process from inside its thread; so the file must be there before the engine starts.
    const file = join(data.langPath, `eng.traineddata${data.gzip ? ".gz" : ""}`);
    return existsSync(file) ? { ok: true, langPath: data.langPath, gzip: data.gzip } : { ok: false, reason: `the OCR model is missing (${file})` };
  } catch {
    return { ok: false, reason: "the OCR model package @tesseract.js-data/eng is not installed" };
  }
}

function startEngine(): Promise<TessWorker> {
  const model = modelPath();
  if (!model.ok) return Promise.reject(new Error(model.reason));
  return import("tesseract.js").then(async (module) => {
    const tesseract = ("default" in module ? module.default : module) as unknown as {
      createWorker(langs: string, oem: number, options: object): Promise<TessWorker>;
    };
    const worker = await tesseract.createWorker("eng", LSTM_ONLY, {
      langPath: model.langPath,
      gzip: model.gzip,
      cacheMethod: "none",
      logger: () => undefined,
      // Without a handler, tesseract.js rethrows a failed job inside a message listener: a crash.
      errorHandler: () => undefined,
    });
    worker.worker?.unref?.();
    return worker;
  });
}

/** Reads the words of one page image (PNG bytes). */
export function recognizeWords(png: Uint8Array): Promise<OcrOutcome> {
  const job = queue.then(async (): Promise<OcrOutcome> => {
    let worker: TessWorker;
    try {
      worker = await (engine ??= startEngine());
    } catch (error) {
      engine = undefined;
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    worker.worker?.ref?.();
    try {
      const { data } = await worker.recognize(Buffer.from(png.buffer, png.byteOffset, png.byteLength), {}, { blocks: true, text: false });
      return { ok: true, words: wordsOf(data.blocks ?? []) };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    } finally {
      worker.worker?.unref?.();
    }
  });
  queue = job.catch(() => undefined);
  return job;
}

/** Stops the engine (tests and commands that want their process to end at once). */
export async function closeOcr(): Promise<void> {
  const running = engine;
  engine = undefined;
  if (running) await running.then((worker) => worker.terminate()).catch(() => undefined);
}

function wordsOf(blocks: Array<{ paragraphs: Array<{ lines: TessLine[] }> }>): OcrWord[] {
  const words: OcrWord[] = [];
  const lines = blocks.flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines));
  lines.forEach((line, index) => {
    const { x0, y0, x1, y1 } = line.baseline;
    const slope = x1 !== x0 ? (y1 - y0) / (x1 - x0) : 0;
    const lineHeight = line.rowAttributes?.rowHeight || line.bbox.y1 - line.bbox.y0;
    for (const word of line.words) {
      const centre = (word.bbox.x0 + word.bbox.x1) / 2;
      words.push({ text: word.text, confidence: word.confidence, ...word.bbox, baseline: y0 + slope * (centre - x0), lineHeight, line: index });
    }
  });
  return words;
}
