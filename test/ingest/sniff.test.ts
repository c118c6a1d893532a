import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { sniffFormat, type SniffedFormat } from "../../src/ingest/sniff.js";

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, "utf16le"));

const docx = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") });
const odt = zipSync({ mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }], "content.xml": strToU8("<x/>") });
const xlsx = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook/>") });
const ole = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0));
const randomBytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);

const cases: Array<[string, Uint8Array, SniffedFormat]> = [
  ["nothing at all", bytes(), "empty"],
  ["a PDF header", ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "pdf"],
  ["a PDF after a few junk bytes", concat(ascii("\r\n\uFEFFjunk"), ascii("%PDF-1.4\n")), "pdf"],
  ["a DOCX (word/document.xml inside)", docx, "docx"],
  ["a DOCX cut before its central directory", docx.subarray(0, Buffer.from(docx).indexOf("word/document") + 40), "docx"],
  ["an OpenDocument text", odt, "odt"],
  ["a spreadsheet zip", xlsx, "zip-unknown"],
  ["a legacy Word .doc (OLE)", ole, "doc"],
  ["a password-protected DOCX (OLE with EncryptedPackage)", concat(ole, utf16le("EncryptedPackage")), "office-encrypted"],
  ["RTF", ascii("{\\rtf1\\ansi Jane Doe}"), "rtf"],
  ["PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), "image"],
  ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46), "image"],
  ["GIF", ascii("GIF89a\x01\x00"), "image"],
  ["WebP", concat(ascii("RIFF"), bytes(0, 0, 0, 0), ascii("WEBPVP8 ")), "image"],
  ["UTF-8 text", ascii("Jane Doe\nData Scientist\n"), "text"],
  ["UTF-8 text with a BOM", concat(bytes(0xef, 0xbb, 0xbf), ascii("Jane")), "text"],
  ["UTF-16 LE text with a BOM", concat(bytes(0xff, 0xfe), utf16le("José Núñez")), "text"],
  ["UTF-16 LE text without a BOM", utf16le("Experience and education"), "text"],
  ["Latin-1 text", bytes(0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x4e, 0xfa, 0xf1, 0x65, 0x7a, 0x0a), "text"],
  ["Markdown", ascii("# Jane Doe\n\n## Experience\n- ML Engineer"), "text"],
  ["an HTML page", ascii("  <!DOCTYPE html><html><body>Jane</body></html>"), "html"],
  ["an XHTML page after an XML declaration and a comment", ascii('<?xml version="1.0"?>\n<!-- saved -->\n<html xmlns="x"><body>Jane</body></html>'), "html"],
  ["an HTML page with a UTF-8 BOM", concat(bytes(0xef, 0xbb, 0xbf), ascii("<html><body>Jane</body></html>")), "html"],
  ["a JSON Resume (basics)", ascii('{"basics": {"name": "Jane"}}'), "json-resume"],
  ["a JSON Resume (work and education, no basics)", ascii(' {"work": [], "education": []}'), "json-resume"],
  ["JSON that is not a résumé", ascii('{"name": "Jane", "work": []}'), "text"],
  ["broken JSON", ascii('{"basics": {"name": "Jane"'), "text"],
  ["random binary", randomBytes, "unknown"],
  ["binary with NULs", bytes(0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x41, 0x00, 0x00, 0x42), "unknown"],
];

describe("sniffFormat", () => {
  it.each(cases)("%s → %s", (_name, input, expected) => {
    expect(sniffFormat(input)).toBe(expected);
  });

  it("never looks at a file name: a PDF is a PDF whatever the caller calls it", () => {
    expect(sniffFormat(ascii("%PDF-1.7"))).toBe("pdf");
  });
});
