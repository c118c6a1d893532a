// pdf.js inflates a PDF's streams through the web DecompressionStream when the platform has one. In Node that
// is zlib behind three layers of web streams (writer, reader, abort signals, transferable wrappers, a
// thread-pool round trip per chunk), which costs several times the inflating itself on a résumé's small
// streams. pdf.js only ever writes the whole stream, closes, and reads every chunk, so a stream that inflates
// in one synchronous zlib call on close gives it the same bytes. Failures surface the same way: the reader
// throws, and pdf.js falls back to its own inflater, which keeps what a damaged stream still holds.
import { brotliDecompressSync, inflateRawSync, inflateSync } from "node:zlib";

/** pdf-stream-guard.ts has already refused larger streams; this only keeps a stray one from taking memory. */
const MAX_OUTPUT = 256 * 1024 * 1024;

const INFLATERS: Record<string, (data: Uint8Array) => Uint8Array> = {
  deflate: (data) => inflateSync(data, { maxOutputLength: MAX_OUTPUT }),
  "deflate-raw": (data) => inflateRawSync(data, { maxOutputLength: MAX_OUTPUT }),
  brotli: (data) => brotliDecompressSync(data, { maxOutputLength: MAX_OUTPUT }),
};

/** The part of the DecompressionStream interface pdf.js uses: write, close, read to the end. */
export class WholeDecompressionStream {
  readonly writable: { getWriter(): { ready: Promise<void>; write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
  readonly readable: AsyncIterable<Uint8Array>;

  constructor(format: string) {
    const inflate = INFLATERS[format];
    if (!inflate) throw new TypeError(`Unsupported compression format: '${format}'`);
    const chunks: Uint8Array[] = [];
    let closed!: () => void;
    const whenClosed = new Promise<void>((resolve) => (closed = resolve));
    const writer = {
      ready: Promise.resolve(),
      write: async (chunk: Uint8Array) => void chunks.push(chunk),
      close: async () => closed(),
    };
    this.writable = { getWriter: () => writer };
    this.readable = {
      async *[Symbol.asyncIterator]() {
        await whenClosed;
        yield inflate(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
      },
    };
  }
}

/** Installs the stream for this thread; pdf.js looks DecompressionStream up when it inflates. */
export function inflateInOneCall(): void {
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = WholeDecompressionStream;
}
