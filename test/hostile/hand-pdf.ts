// PDFs written byte by byte, for shapes no PDF library will produce: 100 000 nested arrays inside a page, a
// page whose compressed content expands to a gigabyte. The file is otherwise valid (correct xref offsets),
// with one line of text, so a reader that survives has something to read.

export interface HandPdfOptions {
  /** Extra entries placed inside the page dictionary, e.g. `/Nested [[[…]]]`. */
  pageExtra?: string;
  text?: string;
  /** Replaces the page's content with this FlateDecode-compressed stream. */
  flateContent?: Uint8Array;
  /** Replaces the page's content with these operators. */
  operators?: string;
  /** A greyscale picture the content can draw as /Im1, its samples FlateDecode-compressed. */
  image?: { width: number; height: number; flate: Uint8Array };
}

export function handWrittenPdf(options: HandPdfOptions = {}): Uint8Array {
  const text = options.text ?? "Henrik Aalto, Machine Learning Engineer";
  const plain = Buffer.from(options.operators ?? `BT /F1 14 Tf 72 720 Td (${text}) Tj ET`, "latin1");
  const xObject = options.image ? " /XObject << /Im1 6 0 R >>" : "";
  const content = options.flateContent ? Buffer.from(options.flateContent) : plain;
  const filter = options.flateContent ? " /Filter /FlateDecode" : "";
  const objects: Buffer[] = [
    Buffer.from("<< /Type /Catalog /Pages 2 0 R >>"),
    Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
    Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >>${xObject} >> /Contents 4 0 R ${options.pageExtra ?? ""} >>`),
    Buffer.concat([Buffer.from(`<< /Length ${content.length}${filter} >>\nstream\n`), content, Buffer.from("\nendstream")]),
    Buffer.from("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
  ];
  if (options.image) {
    const { width, height, flate } = options.image;
    const header = `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${flate.length} >>\nstream\n`;
    objects.push(Buffer.concat([Buffer.from(header), Buffer.from(flate), Buffer.from("\nendstream")]));
  }
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n")];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), object, Buffer.from("\nendobj\n")]);
    parts.push(part);
    length += part.length;
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) tail += `${String(offset).padStart(10, "0")} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([...parts, Buffer.from(tail)]));
}

export function nestedArrays(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

export function nestedDictionaries(depth: number): string {
  return "<< /A ".repeat(depth) + "1" + " >>".repeat(depth);
}

/** A zlib stream (as PDF's FlateDecode wants) around raw deflate blocks. The checksum is left zero. */
export function zlibWrap(rawDeflate: Uint8Array): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0x78, 0x9c]), rawDeflate, Buffer.alloc(4)]));
}
