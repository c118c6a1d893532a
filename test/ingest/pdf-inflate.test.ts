import { deflateRawSync, deflateSync, brotliCompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { WholeDecompressionStream } from "../../src/ingest/pdf-inflate.js";

/** Drives the stream the way pdf.js does: write everything, close, read every chunk. */
async function run(format: string, chunks: Uint8Array[]): Promise<Uint8Array> {
  const { readable, writable } = new WholeDecompressionStream(format);
  const writer = writable.getWriter();
  await writer.ready;
  for (const chunk of chunks) await writer.write(chunk);
  void writer.close();
  const out: Uint8Array[] = [];
  for await (const chunk of readable) out.push(chunk);
  return new Uint8Array(Buffer.concat(out));
}

const text = new TextEncoder().encode("BT /F1 12 Tf 72 712 Td (Machine Learning Engineer) Tj ET\n".repeat(50));

describe("WholeDecompressionStream", () => {
  it.each([
    ["deflate", deflateSync(text)],
    ["deflate-raw", deflateRawSync(text)],
    ["brotli", brotliCompressSync(text)],
  ])("inflates %s to the same bytes", async (format, packed) => {
    expect(await run(format, [packed])).toEqual(text);
  });

  it("joins data written in several chunks", async () => {
    const packed = deflateSync(text);
    expect(await run("deflate", [packed.subarray(0, 10), packed.subarray(10)])).toEqual(text);
  });

  it("fails the read, as the web stream does, on damaged or cut-short data", async () => {
    const packed = deflateSync(text);
    await expect(run("deflate", [packed.subarray(0, packed.length >> 1)])).rejects.toThrow();
    await expect(run("deflate", [new Uint8Array([1, 2, 3, 4])])).rejects.toThrow();
  });

  it("refuses a format it does not know, as the web stream does", () => {
    expect(() => new WholeDecompressionStream("zstd")).toThrow(TypeError);
  });
});
