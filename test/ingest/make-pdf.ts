// Builds PDFs in memory with pdfkit for the ingest tests. Every person in them is invented.
import { deflateSync } from "node:zlib";
import PDFDocument from "pdfkit";

export type Pdf = InstanceType<typeof PDFDocument>;

export interface PdfOptions {
  userPassword?: string;
  ownerPassword?: string;
  permissions?: Record<string, unknown>;
  pdfVersion?: string;
  size?: [number, number];
}

/** Letter-sized pages, no margins; `draw` places everything itself. */
export function makePdf(draw: (doc: Pdf) => void, options: PdfOptions = {}): Promise<Uint8Array> {
  const { size = [612, 792], ...security } = options;
  const doc = new PDFDocument({ size, margin: 0, autoFirstPage: true, info: { CreationDate: new Date(0) }, ...security });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  draw(doc);
  doc.end();
  return done;
}

/** Text whose top-left corner is at (x, y), on one line, never wrapped. */
export function put(doc: Pdf, text: string, x: number, y: number, size = 10, font = "Helvetica"): void {
  doc.font(font).fontSize(size).text(text, x, y, { lineBreak: false });
}

/** Text right-aligned so that it ends at `right`. */
export function putRight(doc: Pdf, text: string, right: number, y: number, size = 10, font = "Helvetica"): void {
  doc.font(font).fontSize(size);
  put(doc, text, right - doc.widthOfString(text), y, size, font);
}

/** Draws text with the given PDF text render mode (3 = invisible), which pdfkit has no option for. */
export function putWithRenderMode(doc: Pdf, mode: number, text: string, x: number, y: number, size = 10): void {
  doc.save();
  doc.addContent(`${mode} Tr`);
  put(doc, text, x, y, size);
  doc.addContent("0 Tr");
  doc.restore();
}

/** A small grey PNG, enough for a scanned-page stand-in. */
export function greyPng(width = 4, height = 4): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.from([0, ...Array(width).fill(128)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
