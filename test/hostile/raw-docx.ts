// DOCX files assembled from raw WordprocessingML, for shapes a document library will not write: megabytes of
// paragraphs, 100 000 nested elements, runs formatted to hide.
import { strToU8, zipSync } from "fflate";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A DOCX whose body is the given XML (the inside of w:body); `background` is the page colour, hex RGB. */
export function rawDocx(body: string, options: { background?: string } = {}): Uint8Array {
  const background = options.background ? `<w:background w:color="${options.background}"/>` : "";
  const document = `<?xml version="1.0"?><w:document xmlns:w="${W}">${background}<w:body>${body}</w:body></w:document>`;
  return zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES), "_rels/.rels": strToU8(RELS), "word/document.xml": strToU8(document) });
}

export function paragraph(text: string, runProperties = ""): string {
  return `<w:p><w:r>${runProperties ? `<w:rPr>${runProperties}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** Paragraphs of text adding up to about `bytes` of XML: the densest shape mammoth has to parse. */
export function denseBody(bytes: number, first: string): string {
  const line = paragraph("Led analytics projects for regional retail clients");
  return paragraph(first) + line.repeat(Math.ceil(bytes / line.length));
}
