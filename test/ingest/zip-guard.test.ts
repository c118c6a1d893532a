import { deflateSync, zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/ingest/document.js";
import { ingest } from "../../src/ingest/index.js";
import { listZipEntries } from "../../src/ingest/zip.js";
import { inflateZipWithinLimits } from "../../src/ingest/zip-guard.js";
import { MB, buildZip, deflatedZeros } from "./make-zip.js";

describe("zip bomb guard", () => {
  it("stops a 200 MB part at the 10 MB limit, quickly and without inflating it all", async () => {
    const bomb = buildZip([
      { name: "[Content_Types].xml", data: strToU8("<Types/>"), method: 0, declaredSize: 8 },
      { name: "word/document.xml", data: deflatedZeros(200), method: 8, declaredSize: 200 * MB },
    ]);
    expect(bomb.length).toBeLessThan(MB);
    const before = process.memoryUsage().arrayBuffers;
    const start = performance.now();
    const result = await ingest(bomb, { ...DEFAULT_LIMITS, maxPartBytes: 10 * MB });
    const elapsed = performance.now() - start;
    expect(result).toMatchObject({ ok: false, error: { code: "TOO_LARGE", message: expect.stringMatching(/word\/document\.xml/) } });
    expect(elapsed).toBeLessThan(2000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * MB);
  });

  it("measures what a part really inflates to, not what the archive declares", () => {
    const liar = buildZip([{ name: "word/document.xml", data: deflatedZeros(3), method: 8, declaredSize: 100 }]);
    const listing = listZipEntries(liar);
    expect(listing.ok && listing.entries[0]!.declaredSize).toBe(100);
    expect(inflateZipWithinLimits(liar, { maxPartBytes: MB })).toMatchObject({ ok: false, error: { code: "TOO_LARGE" } });
    expect(inflateZipWithinLimits(liar, { maxPartBytes: 4 * MB }).ok).toBe(true);
  });

  it("checks stored (uncompressed) parts too, and returns the parts asked for", () => {
    const stored = zipSync({ "word/media/photo.bin": [new Uint8Array(2 * MB), { level: 0 }], "word/header1.xml": strToU8("<w:hdr/>") });
    expect(inflateZipWithinLimits(stored, { maxPartBytes: MB })).toMatchObject({ ok: false, error: { code: "TOO_LARGE" } });
    const kept = inflateZipWithinLimits(stored, { maxPartBytes: 4 * MB }, (name) => name.endsWith(".xml"));
    expect(kept.ok && [...kept.value.keys()]).toEqual(["word/header1.xml"]);
    expect(kept.ok && new TextDecoder().decode(kept.value.get("word/header1.xml"))).toBe("<w:hdr/>");
  });

  it("caps all parts together, so many parts just under the limit do not add up to gigabytes", () => {
    const parts = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`word/part${i}.xml`, new Uint8Array(MB - 1)]));
    expect(inflateZipWithinLimits(zipSync(parts), { maxPartBytes: MB })).toMatchObject({
      ok: false,
      error: { code: "TOO_LARGE", message: expect.stringMatching(/together/) },
    });
  });

  it("reports damaged archives as CORRUPT", () => {
    const good = zipSync({ "word/document.xml": strToU8("<w:document/>".repeat(2000)) });
    expect(inflateZipWithinLimits(good.subarray(0, good.length - 30), DEFAULT_LIMITS)).toMatchObject({ ok: false, error: { code: "CORRUPT" } });
    const garbled = good.slice();
    garbled.fill(0x55, 40, 80);
    expect(inflateZipWithinLimits(garbled, DEFAULT_LIMITS)).toMatchObject({ ok: false, error: { code: "CORRUPT" } });
  });

  it("reports a part whose compressed data ends early as CORRUPT", () => {
    const xml = strToU8(`<w:document>${Array.from({ length: 400 }, (_, i) => `<w:t>line ${i * 7919}</w:t>`).join("")}</w:document>`);
    const deflated = deflateSync(xml);
    const cut = buildZip([{ name: "word/document.xml", data: deflated.subarray(0, deflated.length >> 1), method: 8, declaredSize: xml.length }]);
    expect(inflateZipWithinLimits(cut, DEFAULT_LIMITS)).toMatchObject({ ok: false, error: { code: "CORRUPT", message: expect.stringMatching(/document\.xml/) } });
    const whole = buildZip([{ name: "word/document.xml", data: deflated, method: 8, declaredSize: xml.length }]);
    const read = inflateZipWithinLimits(whole, DEFAULT_LIMITS, () => true);
    expect(read.ok && read.value.get("word/document.xml")).toEqual(xml);
  });
});
