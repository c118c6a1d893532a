// A stand-in reader for the pool tests: it hangs, crashes or answers, as the bytes it is handed say.
import { parentPort } from "node:worker_threads";

parentPort.on("message", ({ id, bytes }) => {
  const text = new TextDecoder().decode(new Uint8Array(bytes));
  if (text === "loop") for (;;);
  if (text === "exit") process.exit(3);
  if (text === "throw") throw new Error("the reader broke");
  if (text === "silent") return;
  parentPort.postMessage({ id, result: { ok: false, error: { code: "EMPTY", message: `read ${text}` } } });
});
