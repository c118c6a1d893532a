// A stand-in reader for the pool tests: it hangs, crashes, answers, or claims to have grown large, as the
// bytes it is handed say. Each answer names the worker thread that gave it.
import { parentPort, threadId } from "node:worker_threads";

parentPort.on("message", ({ id, bytes }) => {
  const text = new TextDecoder().decode(new Uint8Array(bytes));
  if (text === "loop") for (;;);
  if (text === "exit") process.exit(3);
  if (text === "throw") throw new Error("the reader broke");
  if (text === "silent") return;
  const memoryBytes = text === "big" ? 1024 * 1024 * 1024 : 1024;
  parentPort.postMessage({ id, memoryBytes, json: JSON.stringify({ ok: false, error: { code: "EMPTY", message: `read ${text} by ${threadId}` } }) });
});
