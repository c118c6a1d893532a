import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, type IngestErrorCode } from "../../src/ingest/document.js";
import { ingest } from "../../src/ingest/index.js";

const ascii = (text: string) => new TextEncoder().encode(text);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const randomBytes = Uint8Array.from({ length: 2048 }, (_, i) => (i * 2654435761) >>> 24);
const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]);
const encryptedOffice = new Uint8Array(Buffer.concat([ole, Buffer.from("EncryptedPackage", "utf16le")]));
const spreadsheet = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook/>") });
const odt = zipSync({ mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }] });

const failures: Array<[string, Uint8Array, IngestErrorCode, RegExp]> = [
  ["an empty file", new Uint8Array(0), "EMPTY", /empty/],
  ["a PNG", png, "UNSUPPORTED", /image, not a document/],
  ["a JPEG", jpeg, "UNSUPPORTED", /image, not a document/],
  ["random bytes", randomBytes, "UNSUPPORTED", /not a document/],
  ["a spreadsheet", spreadsheet, "UNSUPPORTED", /not a Word document/],
  ["an OpenDocument file without its content", odt, "CORRUPT", /OpenDocument/],
  ["an OLE file that is not a compound file", ole, "CORRUPT", /Word document is damaged/],
  ["a password-protected Word file", encryptedOffice, "ENCRYPTED", /password-protected/],
  ["an RTF file without text", ascii("{\\rtf1 {\\fonttbl{\\f0 Arial;}}}"), "NO_TEXT", /Rich Text/],
  ["an HTML page without text", ascii("<!doctype html><title>Jane</title><p> </p>"), "NO_TEXT", /web page/],
];

describe("ingest failures are values a recruiter can act on", () => {
  it.each(failures)("%s → %s", async (_name, bytes, code, message) => {
    const result = await ingest(bytes, DEFAULT_LIMITS);
    expect(result).toEqual({ ok: false, error: { code, message: expect.stringMatching(message) } });
  });

  it("refuses files over maxBytes before looking inside", async () => {
    const result = await ingest(ascii("Jane Doe\n".repeat(200)), { ...DEFAULT_LIMITS, maxBytes: 1000 });
    expect(result).toEqual({ ok: false, error: { code: "TOO_LARGE", message: expect.stringMatching(/over the .* limit/) } });
  });

  it("never throws, whatever the bytes", async () => {
    const inputs = [
      ascii("%PDF-"),
      ascii("%PDF-1.7\n" + "x".repeat(500)),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
      new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...Array(18).fill(0xff)]),
      ascii("PK\x03\x04word/document.xml"),
      new Uint8Array([0xef, 0xbb, 0xbf]),
      new Uint8Array([0xff, 0xfe, 0x00]),
    ];
    for (const bytes of inputs) {
      const result = await ingest(bytes, DEFAULT_LIMITS);
      expect(typeof result.ok).toBe("boolean");
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
    }
  });
});
