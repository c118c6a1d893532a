// PDFs written byte by byte, for shapes no PDF library will produce: 100 000 nested arrays or
// dictionaries inside a page. The file is otherwise valid (correct xref offsets), with one line of text,
// so a reader that survives the nesting has something to read.

export interface HandPdfOptions {
  /** Extra entries placed inside the page dictionary, e.g. `/Nested [[[…]]]`. */
  pageExtra?: string;
  text?: string;
}

export function handWrittenPdf(options: HandPdfOptions = {}): Uint8Array {
  const text = options.text ?? "Henrik Aalto, Machine Learning Engineer";
  const content = `BT /F1 14 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R ${options.pageExtra ?? ""} >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

export function nestedArrays(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

export function nestedDictionaries(depth: number): string {
  return "<< /A ".repeat(depth) + "1" + " >>".repeat(depth);
}
