// Worker thread entry: reads files handed over by the pool, one message at a time.
import { parentPort, workerData } from "node:worker_threads";
import { readOne } from "./read-one.js";
import type { WorkerInit, WorkerRequest, WorkerResponse } from "./protocol.js";

const init = workerData as WorkerInit;
// The vocabulary arrives parsed: parsing YAML again in every worker would cost each one ~100 ms at start.
const vocabulary = init.vocabulary;

parentPort!.on("message", async (request: WorkerRequest) => {
  const result = await readOne(new Uint8Array(request.bytes), init.limits, vocabulary);
  const response: WorkerResponse = { id: request.id, result };
  parentPort!.postMessage(response);
});
