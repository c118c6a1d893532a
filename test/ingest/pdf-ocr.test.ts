// Which pages go to OCR and how its lines join the document. The recognizer is a stand-in that "reads"
// a fixed line per page (the real engine is exercised once, on fixtures/resumes/image-only.pdf, in
// test/fixtures.test.ts), so these tests render pages but never run tesseract.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, type Document, type IngestLimits, type Result } from "../../src/ingest/document.js";
import type { OcrOutcome, OcrWord } from "../../src/ingest/ocr.js";
import { readPdf } from "../../src/ingest/pdf.js";
import { MAX_OCR_PAGES, withOcr, type Recognizer } from "../../src/ingest/pdf-ocr.js";
import { makePdf, put } from "./make-pdf.js";

const imageOnly = new Uint8Array(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "resumes", "image-only.pdf")));

/** Reads "Scanned page N" on the Nth page it is shown, at 72 points from the top-left corner, 3 pixels a point. */
function fakeRecognizer(): { recognize: Recognizer; calls: () => number } {
  let calls = 0;
  const recognize = async (png: Uint8Array): Promise<OcrOutcome> => {
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // a PNG
    calls++;
    const words = ["Scanned", "page", String(calls)].map((text, i): OcrWord => ({
      text, confidence: 80 + i * 5, x0: 216 + i * 200, x1: 396 + i * 200, y0: 190, y1: 216, baseline: 216, lineHeight: 36, line: 0,
    }));
    return { ok: true, words };
  };
  return { recognize, calls: () => calls };
}

const limits = (ocr: IngestLimits["ocr"]): IngestLimits => ({ ...DEFAULT_LIMITS, ocr });
const textOf = (result: Result<Document>) => (result.ok ? result.value.pages.map((page) => page.lines.map((line) => line.text)) : result.error.code);
const codes = (result: Result<Document>) => (result.ok ? result.value.warnings.map((warning) => warning.code) : []);

describe("withOcr", () => {
  let scanRead: Result<Document>;
  beforeAll(async () => {
    scanRead = await readPdf(imageOnly, DEFAULT_LIMITS);
  });

  it("with OCR off, leaves a scan unread", async () => {
    const fake = fakeRecognizer();
    const result = await withOcr(scanRead, imageOnly, limits("off"), fake.recognize);
    expect(result).toEqual({ ok: false, error: { code: "NO_TEXT", message: expect.stringMatching(/no text layer/) } });
    expect(fake.calls()).toBe(0);
  });

  it("in auto, reads every page of a PDF without text, and says so", async () => {
    const fake = fakeRecognizer();
    const result = await withOcr(scanRead, imageOnly, limits("auto"), fake.recognize);
    expect(textOf(result)).toEqual([["Scanned page 1"], ["Scanned page 2"]]);
    expect(result.ok && result.value.pages[0]!.lines[0]).toMatchObject({ page: 1, line: 1, x: 72, y: 72 });
    expect(result.ok && result.value.warnings).toEqual([
      { code: "OCR", message: expect.stringMatching(/^Pages 1, 2 were read by OCR \(mean confidence 8\d%\)/) },
    ]);
  });

  it("in auto, reads only the pages without text; with force, every page", async () => {
    const bytes = await makePdf((doc) => {
      put(doc, "Jane Doe, Data Scientist", 72, 72);
      doc.addPage();
    });
    const read = await readPdf(bytes, DEFAULT_LIMITS);
    expect(codes(read)).toEqual(["PAGE_WITHOUT_TEXT"]);
    const auto = fakeRecognizer();
    const autoResult = await withOcr(read, bytes, limits("auto"), auto.recognize);
    expect(textOf(autoResult)).toEqual([["Jane Doe, Data Scientist"], ["Scanned page 1"]]);
    expect(codes(autoResult)).toEqual(["OCR"]);
    const forced = fakeRecognizer();
    expect(textOf(await withOcr(read, bytes, limits("force"), forced.recognize))).toEqual([["Scanned page 1"], ["Scanned page 2"]]);
  });

  it("leaves a PDF with a text layer alone in auto", async () => {
    const bytes = await makePdf((doc) => put(doc, "Jane Doe", 72, 72));
    const fake = fakeRecognizer();
    const read = await readPdf(bytes, DEFAULT_LIMITS);
    expect(await withOcr(read, bytes, limits("auto"), fake.recognize)).toBe(read);
    expect(fake.calls()).toBe(0);
  });

  it(`reads at most ${MAX_OCR_PAGES} pages by OCR and says how many it left`, async () => {
    const bytes = await makePdf((doc) => {
      for (let i = 1; i < MAX_OCR_PAGES + 2; i++) doc.addPage();
    });
    const fake = fakeRecognizer();
    const result = await withOcr(await readPdf(bytes, DEFAULT_LIMITS), bytes, limits("auto"), fake.recognize);
    expect(fake.calls()).toBe(MAX_OCR_PAGES);
    expect(codes(result)).toContain("OCR_PARTIAL");
  });

  it("keeps what it had when OCR cannot run", async () => {
    const failing: Recognizer = async () => ({ ok: false, reason: "the OCR model is missing" });
    const scan = await withOcr(scanRead, imageOnly, limits("auto"), failing);
    expect(scan).toEqual({ ok: false, error: { code: "NO_TEXT", message: expect.stringMatching(/OCR could not read it either \(the OCR model is missing\)/) } });
    const bytes = await makePdf((doc) => {
      put(doc, "Jane Doe", 72, 72);
      doc.addPage();
    });
    const mixed = await withOcr(await readPdf(bytes, DEFAULT_LIMITS), bytes, limits("auto"), failing);
    expect(codes(mixed)).toEqual(["PAGE_WITHOUT_TEXT", "OCR_FAILED"]);
  });

  it("does not try to read what cannot be opened", async () => {
    const fake = fakeRecognizer();
    const broken = await readPdf(imageOnly.subarray(0, 400), DEFAULT_LIMITS);
    expect(await withOcr(broken, imageOnly.subarray(0, 400), limits("force"), fake.recognize)).toBe(broken);
    expect(fake.calls()).toBe(0);
  });
});
