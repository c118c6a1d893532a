// mammoth opens a DOCX with JSZip, which inflates every part a second time, in JavaScript. The zip guard has
// already inflated the parts with zlib while measuring them, so mammoth is handed those instead: its openZip
// takes an opened file ({ file }) with the same exists/read interface its JSZip wrapper has.

/** The parts mammoth reads: the XML of the document, its relationships, and a style map it may embed. */
export const MAMMOTH_PART = /\.(?:xml|rels)$|^mammoth\/style-map$/i;

export interface OpenedDocx {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
  write(name: string, contents: string): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * `parts` must hold every part MAMMOTH_PART matches; `names` is every part in the archive. Pictures are in
 * `names` but never read: the image converter shortlist gives mammoth does not read them.
 */
export function openedDocx(parts: ReadonlyMap<string, Uint8Array>, names: ReadonlySet<string>): OpenedDocx {
  return {
    exists: (name) => names.has(name),
    read(name, encoding) {
      const data = parts.get(name);
      if (!data) return Promise.reject(new Error(`part ${name} is not read`));
      if (encoding === "base64") return Promise.resolve(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("base64"));
      return Promise.resolve(encoding ? new TextDecoder(encoding).decode(data) : data);
    },
    // Only mammoth's embedStyleMap writes, and shortlist never calls it.
    write: () => {
      throw new Error("this document is opened for reading only");
    },
    toArrayBuffer: () => Promise.reject(new Error("this document is opened for reading only")),
  };
}
