import { describe, expect, it } from "vitest";
import { loadPdfJs } from "../../src/ingest/pdf-engine.js";

interface Port {
  postMessage(message: unknown, transfer?: unknown): void;
  addEventListener(name: string, listener: (event: { data: unknown }) => void): void;
}

async function withPort(use: (port: Port) => Promise<void>): Promise<void> {
  const pdfjs = await loadPdfJs();
  const worker = new pdfjs.PDFWorker();
  await worker.promise;
  try {
    await use(worker.port as unknown as Port);
  } finally {
    worker.destroy();
  }
}

/** The next message addressed to "test" (pdf.js's own halves talk on the same port). */
function nextMessage(port: Port): Promise<unknown> {
  return new Promise((resolve) =>
    port.addEventListener("message", (event) => {
      if ((event.data as { targetName?: string })?.targetName === "test") resolve(event.data);
    }),
  );
}

describe("operator-list chunks between pdf.js's two halves", () => {
  it("arrive with their own outer arrays and the sender's arguments", async () => {
    await withPort(async (port) => {
      const showText = [{ unicode: "A", width: 500 }];
      const args: unknown[] = [showText];
      const chunk = { fnArray: [44], argsArray: args, lastChunk: true, separateAnnots: null, length: 1 };
      const received = nextMessage(port);
      port.postMessage({ sourceName: "w", targetName: "test", stream: 4, streamId: 1, chunk });
      // The sending half empties its arrays right after sending, as OperatorList.flush does.
      chunk.fnArray.length = 0;
      chunk.argsArray.length = 0;
      const data = (await received) as { chunk: { fnArray: number[]; argsArray: unknown[][] } };
      expect(data.chunk.fnArray).toEqual([44]);
      expect(data.chunk.argsArray[0]).toBe(showText);
    });
  });

  it("leaves every other message deep-copied", async () => {
    await withPort(async (port) => {
      const payload = { nested: { value: 1 } };
      const received = nextMessage(port);
      port.postMessage({ sourceName: "w", targetName: "test", action: "test", data: payload });
      payload.nested.value = 2;
      const data = (await received) as { data: { nested: { value: number } } };
      expect(data.data).toEqual({ nested: { value: 1 } });
      expect(data.data).not.toBe(payload);
    });
  });
});
