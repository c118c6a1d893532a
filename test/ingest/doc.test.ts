import { describe, expect, it } from "vitest";
import { openCompoundFile } from "../../src/ingest/cfb.js";
import { readDoc } from "../../src/ingest/doc.js";
import type { Document, Result } from "../../src/ingest/document.js";
import { buildCfb, buildDoc, buildWordStreams } from "./make-cfb.js";

const lines = (result: Result<Document>): string[] => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value.pages[0]!.lines.map((line) => line.text);
};

describe("openCompoundFile", () => {
  it("reads streams from the mini stream and from regular sectors", () => {
    const small = new Uint8Array(Buffer.from("small stream"));
    const large = Uint8Array.from({ length: 9000 }, (_, i) => i % 251);
    const file = openCompoundFile(buildCfb({ Small: small, Large: large }), 1 << 20);
    if (!file.ok) throw new Error(file.reason);
    expect(file.value.stream("small")).toEqual({ ok: true, value: small });
    expect(file.value.stream("Large")).toEqual({ ok: true, value: large });
    expect(file.value.stream("Missing")).toBeUndefined();
  });

  it("ends a looping chain instead of following it", () => {
    const bytes = buildCfb({ Large: new Uint8Array(6000) });
    // Point the stream's first FAT entry back at itself.
    const view = new DataView(bytes.buffer);
    const fatSector = view.getUint32(0x4c, true);
    view.setUint32(512 + fatSector * 512, 0, true);
    const file = openCompoundFile(bytes, 1 << 20);
    expect(file.ok && file.value.stream("Large")).toEqual({ ok: false, reason: expect.stringMatching(/damaged/) });
  });

  it.each([
    ["a file too short for a header", new Uint8Array(100)],
    ["a wrong signature", new Uint8Array(1024)],
  ])("rejects %s", (_name, bytes) => {
    expect(openCompoundFile(bytes, 1 << 20).ok).toBe(false);
  });
});

describe("readDoc", () => {
  it("reads the main text from 8-bit and UTF-16 pieces", () => {
    const main = "Inès Castellanos\rSenior Data Scientist — Larkspur\rBuilt models in PyTorch ✓\r";
    expect(lines(readDoc(buildDoc({ main, compressed: true, pieceLength: 9 })))).toEqual([
      "Inès Castellanos",
      "Senior Data Scientist — Larkspur",
      "Built models in PyTorch ✓",
    ]);
  });

  it("shows a field's result, not its instructions, and breaks lines at cell marks and soft breaks", () => {
    const main = "Links: \x13 HYPERLINK \"https://x.example\" \x14github.com/jane\x15\rSenior Engineer\x07Mar 2021 – Present\x07\x07Austin\x0bTX\r";
    expect(lines(readDoc(buildDoc({ main })))).toEqual(["Links: github.com/jane", "Senior Engineer", "Mar 2021 – Present", "Austin", "TX"]);
  });

  it("reads page headers and text boxes before the body, each header line once", () => {
    const stories = { main: "Experience\r", headers: "Jane Doe\rJane Doe\r\r", textBoxes: "jane@example.com\r", flags: 0x0200 };
    expect(lines(readDoc(buildDoc(stories)))).toEqual(["Jane Doe", "jane@example.com", "Experience"]);
  });

  it("falls back to the text between fcMin and fcMac when there is no piece table", () => {
    const { WordDocument } = buildWordStreams({ main: "Plain text\r", compressed: true });
    expect(lines(readDoc(buildCfb({ WordDocument })))).toEqual(["Plain text"]);
  });

  it.each([
    ["a password-protected document", buildDoc({ main: "secret\r", flags: 0x0100 }), "ENCRYPTED", /password/],
    ["a Word 95 document", buildDoc({ main: "old\r", nFib: 0x65 }), "UNSUPPORTED", /Word 95/],
    ["an Excel workbook", buildCfb({ Workbook: new Uint8Array(100) }), "UNSUPPORTED", /Excel/],
    ["a damaged header", buildCfb({ WordDocument: new Uint8Array(600) }), "CORRUPT", /damaged/],
    ["an empty document", buildDoc({ main: "\r\r" }), "NO_TEXT", /no text/],
  ])("fails %s with %s", (_name, bytes, code, message) => {
    expect(readDoc(bytes)).toEqual({ ok: false, error: { code, message: expect.stringMatching(message) } });
  });

  it("survives lying sizes and counts", () => {
    const { WordDocument, table } = buildWordStreams({ main: "Text\r" });
    const view = new DataView(WordDocument.buffer);
    view.setUint32(0x4c, 0x7fffffff, true); // ccpText far past the text
    view.setUint32(0x1a6, 0x7fffffff, true); // lcbClx past the table
    const result = readDoc(buildCfb({ WordDocument, "0Table": table }));
    expect(lines(result)).toEqual(["Text"]);
    const truncated = buildDoc({ main: "Text\r" });
    expect(readDoc(truncated.subarray(0, 700)).ok).toBe(false);
  });
});
