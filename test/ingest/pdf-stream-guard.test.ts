// The PDF decompression-bomb guard: every Flate stream is inflated counting only, and stops past the cap.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { checkPdfStreams, decompressionBomb } from "../../src/ingest/pdf-stream-guard.js";
import { handWrittenPdf, zlibWrap } from "../hostile/hand-pdf.js";
import { MB, deflatedZeros } from "./make-zip.js";

const image = (flate: Uint8Array) => ({ width: 4096, height: 4096, flate });

describe("PDF stream guard", () => {
  it("passes a real résumé and measures its largest stream", () => {
    const pdf = new Uint8Array(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "resumes", "strong-fit.pdf")));
    const finding = checkPdfStreams(pdf, "other", 20 * MB);
    expect(finding.overCap).toBe(false);
    expect(finding.largest).toBeGreaterThan(1000);
    expect(decompressionBomb(pdf, "other")).toBeUndefined();
  });

  it.each([
    ["page content, zlib-wrapped", handWrittenPdf({ flateContent: zlibWrap(deflatedZeros(64)) }), "other"],
    ["page content, raw deflate without the zlib header", handWrittenPdf({ flateContent: deflatedZeros(64) }), "other"],
    ["a picture", handWrittenPdf({ image: image(zlibWrap(deflatedZeros(64))) }), "images"],
  ] as const)("stops %s at the cap, quickly", (_what, pdf, kind) => {
    const started = performance.now();
    expect(checkPdfStreams(pdf, kind, 16 * MB)).toMatchObject({ overCap: true });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(checkPdfStreams(pdf, kind === "images" ? "other" : "images", 16 * MB)).toEqual({ largest: 0, overCap: false });
  });

  it("follows a chain of two Flate filters, where the ratio multiplies", () => {
    // 64 MB of zeros → ~64 KB → deflated again to a few hundred bytes: each layer alone looks harmless.
    const inner = zlibWrap(deflatedZeros(64));
    const outer = deflateSync(inner);
    const pdf = Buffer.from(handWrittenPdf({ flateContent: outer })).toString("latin1").replace("/Filter /FlateDecode", "/Filter [/FlateDecode /FlateDecode]");
    expect(outer.length).toBeLessThan(2048);
    expect(checkPdfStreams(new Uint8Array(Buffer.from(pdf, "latin1")), "other", 16 * MB)).toMatchObject({ overCap: true });
  });

  it("skips only streams too short to pass the cap, so a stream just over it is still caught", () => {
    const pdf = new Uint8Array(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "resumes", "strong-fit.pdf")));
    expect(checkPdfStreams(pdf, "other", 20 * MB, { measure: false })).toEqual({ largest: 0, overCap: false });
    const justOver = deflateSync(Buffer.alloc(MB + 1), { level: 9 });
    expect(justOver.length).toBeLessThan(MB / 1000);
    expect(checkPdfStreams(handWrittenPdf({ flateContent: justOver }), "other", MB, { measure: false })).toEqual({ largest: MB + 1, overCap: true });
    expect(decompressionBomb(handWrittenPdf({ flateContent: justOver }), "other", MB)).toMatchObject({ ok: false, error: { code: "TOO_LARGE" } });
  });

  it("explains a bomb as TOO_LARGE, with the limit", () => {
    const pdf = handWrittenPdf({ flateContent: zlibWrap(deflatedZeros(64)) });
    expect(decompressionBomb(pdf, "other", 10 * MB)).toEqual({
      ok: false,
      error: { code: "TOO_LARGE", message: "This PDF is built to expand: its text or fonts inflate past 10 MB, far more than a résumé holds; it was not opened." },
    });
  });
});
