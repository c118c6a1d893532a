// Imports pdf.js without letting it slow down everything else the thread runs.

import type { PdfJs } from "./pdf-engine.js";
import { inflateInOneCall } from "./pdf-inflate.js";

/** pdf.js's own loader would import this lazily, on the first document. */
const WORKER_CODE = "pdfjs-dist/legacy/build/pdf.worker.mjs";

/**
 * pdf.js's legacy build carries polyfills that replace Array.prototype.push and JSON.stringify/parse for
 * the whole thread with script versions (for cases Node never meets: push onto a frozen length,
 * JSON.rawJSON), making every push ~8× and every stringify ~15× slower, in pdf.js and in all else the
 * thread runs. Once pdf.js and its worker code (which installs them again) are loaded, the natives are
 * put back; the built-ins the polyfills add (Promise.withResolvers, Math.sumPrecise…) stay.
 */
export async function importKeepingBuiltIns(): Promise<PdfJs> {
  const { push } = Array.prototype;
  const { stringify, parse } = JSON;
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  await import(WORKER_CODE);
  Object.defineProperty(Array.prototype, "push", { value: push, writable: true, configurable: true, enumerable: false });
  Object.assign(JSON, { stringify, parse });
  inflateInOneCall();
  return pdfjs;
}
