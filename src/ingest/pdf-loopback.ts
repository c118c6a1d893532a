// In Node, pdf.js runs its "worker" on the calling thread and passes every message between the two halves
// through a LoopbackPort, which deep-copies it with structuredClone as a real worker boundary would. For a
// page's operator list that copy is ~10% of reading a PDF, and nothing needs it: the worker half only empties
// the two outer arrays once a chunk is sent (OperatorList.flush sets their length to 0) and never touches an
// operator's arguments again. So operator-list chunks cross with those two arrays copied and the arguments
// shared; every other message is still cloned.

/** pdf.js's StreamKind.ENQUEUE: a chunk of a streamed reply, such as part of an operator list. */
const ENQUEUE = 4;

interface StreamMessage {
  stream?: unknown;
  chunk?: { fnArray?: unknown; argsArray?: unknown };
}

type PostMessage = (this: unknown, message: unknown, transfer?: unknown) => void;

function isOperatorListChunk(message: unknown): message is StreamMessage & { chunk: { fnArray: unknown[]; argsArray: unknown[] } } {
  const m = message as StreamMessage | null;
  return !!m && m.stream === ENQUEUE && !!m.chunk && Array.isArray(m.chunk.fnArray) && Array.isArray(m.chunk.argsArray);
}

function copyChunk(message: StreamMessage & { chunk: { fnArray: unknown[]; argsArray: unknown[] } }): unknown {
  return { ...message, chunk: { ...message.chunk, fnArray: message.chunk.fnArray.slice(), argsArray: message.chunk.argsArray.slice() } };
}

let installed = false;

/**
 * Patches the LoopbackPort class through one of its instances (a PDFWorker's port), once per thread. Does
 * nothing, and changes nothing, if pdf.js is not laid out as expected.
 */
export function shareOperatorListChunks(port: unknown): void {
  if (installed || !port) return;
  const prototype = Object.getPrototypeOf(port) as { postMessage?: PostMessage } | null;
  const original = prototype?.postMessage;
  if (!prototype || typeof original !== "function" || !/structuredClone/.test(String(original))) return;
  installed = true;
  prototype.postMessage = function (this: unknown, message: unknown, transfer?: unknown) {
    if (!isOperatorListChunk(message)) return original.call(this, message, transfer);
    // The port clones through the global structuredClone; for this one call, it copies the chunk instead.
    const clone = globalThis.structuredClone;
    globalThis.structuredClone = copyChunk as typeof structuredClone;
    try {
      return original.call(this, message, transfer);
    } finally {
      globalThis.structuredClone = clone;
    }
  };
}
