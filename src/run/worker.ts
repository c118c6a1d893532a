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

parentPort!.on("message", async (request: WorkerRequest) => {
  const result = await readOne(new Uint8Array(request.bytes), init.limits, vocabulary);
  const heap = getHeapStatistics();
  const response: WorkerResponse = { id: request.id, json: asciiJson(result), memoryBytes: heap.used_heap_size + heap.external_memory };
  parentPort!.postMessage(response);
});
