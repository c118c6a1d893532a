// A reader that answers files starting with byte 0 and, on byte 3, keeps allocating until its heap is full.
import { parentPort } from "node:worker_threads";

parentPort.on("message", ({ id, bytes }) => {
  const first = new Uint8Array(bytes)[0];
  if (first === 3) {
    const hoard = [];
    for (;;) hoard.push(Array.from({ length: 1e5 }, (_, i) => ({ i, text: `line ${i}` })));
  }
  parentPort.postMessage({ id, json: JSON.stringify({ ok: false, error: { code: "UNSUPPORTED", message: `byte ${first}` } }) });
});
