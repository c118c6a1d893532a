// The zip guard's two kinds of part: XML that a reader parses (held to maxPartBytes, since parsing costs ~100×
// its size in memory) and pictures or fonts that are only counted (allowed up to maxBytes, a whole file).
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/ingest/document.js";
import { ingest } from "../../src/ingest/index.js";
import { inflateZipWithinLimits } from "../../src/ingest/zip-guard.js";
import { paragraph, rawDocx } from "../hostile/raw-docx.js";
import { MB } from "./make-zip.js";

const photo = (megabytes: number) => new Uint8Array(megabytes * MB).fill(0x7f);

describe("zip guard: parsed parts and counted parts", () => {
  it.each([
    ["a 3 MB picture, within the file limit", { "word/media/photo.jpg": photo(3) }, { maxPartBytes: MB, maxBytes: 20 * MB }, "ok"],
    ["the same picture when no file limit is given (the part limit applies to all)", { "word/media/photo.jpg": photo(3) }, { maxPartBytes: MB }, "TOO_LARGE"],
    ["a 1.5 MB XML part over a 1 MB part limit", { "word/styles.xml": photo(1.5) }, { maxPartBytes: MB, maxBytes: 20 * MB }, "TOO_LARGE"],
    ["a picture larger than the file limit", { "word/media/photo.png": photo(21) }, { maxPartBytes: MB, maxBytes: 20 * MB }, "TOO_LARGE"],
    ["five XML parts just under the limit, together over 4×", Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`word/part${i}.xml`, photo(0.99)])), { maxPartBytes: MB, maxBytes: 20 * MB }, "TOO_LARGE"],
  ])("%s", (_what, files, limits, expected) => {
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { level: 1 }]])));
    const result = inflateZipWithinLimits(zip, limits);
    expect(result.ok ? "ok" : result.error.code).toBe(expected);
  });

  it("names the part and the limit a recruiter can raise", () => {
    const zip = zipSync({ "word/document.xml": [photo(1.5), { level: 1 }] });
    expect(inflateZipWithinLimits(zip, { maxPartBytes: 512 * 1024, maxBytes: 20 * MB })).toMatchObject({
      ok: false,
      error: { code: "TOO_LARGE", message: expect.stringMatching(/part word\/document\.xml expands past 512 KB/) },
    });
  });

  it("a DOCX with a large photo is read with the default limits", async () => {
    const docx = rawDocx(paragraph("Henrik Aalto") + paragraph("Machine Learning Engineer"));
    // unzipSync is safe here: the archive was built by this test.
    const withPhoto = zipSync({ ...unzipSync(docx), "word/media/image1.jpeg": [photo(6), { level: 0 }] });
    const result = await ingest(withPhoto, DEFAULT_LIMITS);
    expect(result.ok && result.value.pages[0]!.lines.map((l) => l.text)).toEqual(["Henrik Aalto", "Machine Learning Engineer"]);
  });
});
