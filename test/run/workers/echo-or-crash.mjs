// A reader that answers, hangs or crashes depending on the first byte of the file it is handed.
import { parentPort } from "node:worker_threads";

parentPort.on("message", ({ id, bytes }) => {
  const first = new Uint8Array(bytes)[0];
  if (first === 1) for (;;); // hang
  if (first === 2) process.exit(3); // crash
  parentPort.postMessage({ id, json: JSON.stringify({ ok: false, error: { code: "UNSUPPORTED", message: `byte ${first}` } }) });
});
