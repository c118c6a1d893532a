// Worker thread entry: reads files handed over by the pool, one message at a time.
import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { asciiJson } from "./ascii-json.js";
import { readOne } from "./read-one.js";
import type { WorkerInit, WorkerRequest, WorkerResponse } from "./protocol.js";
import { tolerateStrayPdfRejections } from "./stray-rejections.js";

tolerateStrayPdfRejections();

const init = workerData as WorkerInit;
// The vocabulary arrives parsed: parsing YAML again in every worker would cost each one ~100 ms at start.
const vocabulary = init.vocabulary;

// The pool hands over the next file while this one is read: files are read one after another, never side by
// side, so that a file's time and memory are its own.
let reading: Promise<void> = Promise.resolve();

parentPort!.on("message", (request: WorkerRequest) => {
  // A failure must still end the worker, as it would have without the chain (the pool then reports it), and
  // must not stop the chain: it is rethrown outside it.
  reading = reading
    .then(() => answer(request))
    .catch((error: unknown) => {
      setImmediate(() => {
        throw error;
      });
    });
});

async function answer(request: WorkerRequest): Promise<void> {
  const result = await readOne(new Uint8Array(request.bytes), init.limits, vocabulary);
  const heap = getHeapStatistics();
  const response: WorkerResponse = { id: request.id, json: asciiJson(result), memoryBytes: heap.used_heap_size + heap.external_memory };
  parentPort!.postMessage(response);
}
