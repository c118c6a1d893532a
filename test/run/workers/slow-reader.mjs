// A reader that takes as many tenths of a second as the first byte of the file says, then answers.
import { parentPort } from "node:worker_threads";

parentPort.on("message", ({ id, bytes }) => {
  const first = new Uint8Array(bytes)[0];
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, first * 100);
  parentPort.postMessage({ id, json: JSON.stringify({ ok: false, error: { code: "UNSUPPORTED", message: `byte ${first}` } }) });
});
