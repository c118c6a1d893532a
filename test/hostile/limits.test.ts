// Each per-file limit has a flag and works end to end through the CLI: bytes per file, pages per PDF,
// inflated bytes per DOCX part, and time per file (the reader is stopped, the batch goes on).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Candidate, ScreenReport } from "../../src/model.js";
import { makePdf, put } from "../ingest/make-pdf.js";
import { runCli } from "../cli/run-cli.js";
import { PLAIN_RESUME } from "./make-corpus.js";
import { denseBody, rawDocx } from "./raw-docx.js";

const COMMON = ["--format", "json", "--no-cache", "--as-of", "2026-11-29", "--quiet", "-j", "2"];

function folder(files: Record<string, Uint8Array | string>): string {
  const dir = mkdtempSync(join(tmpdir(), "shortlist-limits-"));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return dir;
}

function screen(dir: string, flags: string[]): { report: ScreenReport; byName: (name: string) => Candidate } {
  const run = runCli([dir, ...COMMON, ...flags]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const report = JSON.parse(run.stdout) as ScreenReport;
  return { report, byName: (name) => report.candidates.find((c) => c.file === `${dir}/${name}`)! };
}

const outcome = (c: Candidate) => (c.status === "error" ? c.error.code : "scored");

describe("per-file limits, end to end", () => {
  it("--max-bytes: a file one byte over is TOO_LARGE, one at the limit is read", () => {
    const resume = Buffer.from(PLAIN_RESUME);
    const dir = folder({ "at-limit.txt": resume, "over-limit.txt": Buffer.concat([resume, Buffer.from("\n")]) });
    const { byName } = screen(dir, ["--max-bytes", String(resume.length)]);
    expect(outcome(byName("at-limit.txt"))).toBe("scored");
    expect(byName("over-limit.txt")).toMatchObject({ status: "error", error: { code: "TOO_LARGE", message: expect.stringMatching(/over the .* limit \(--max-bytes\)/) } });
  });

  it("--max-pages: only the first n pages of a long PDF are read, and the report says so", async () => {
    const pdf = await makePdf((doc) => {
      put(doc, "Ingrid Solberg", 72, 72, 18);
      for (let page = 2; page <= 12; page++) {
        doc.addPage();
        put(doc, page === 12 ? "Skills: TensorFlow" : `Notes, page ${page}`, 72, 72);
      }
    });
    const dir = folder({ "twelve-pages.pdf": pdf });
    const three = screen(dir, ["--max-pages", "3"]).byName("twelve-pages.pdf");
    expect(three.status === "scored" && three.warnings.find((w) => w.code === "TOO_MANY_PAGES")?.message).toBe(
      "This PDF has 12 pages; only the first 3 were read.",
    );
    expect(three.status === "scored" && three.profile.skills.map((s) => s.id)).not.toContain("tensorflow");
    const all = screen(dir, ["--max-pages", "12"]).byName("twelve-pages.pdf");
    expect(all.status === "scored" && all.profile.skills.map((s) => s.id)).toContain("tensorflow");
  });

  it("--max-part-bytes: a DOCX whose text part inflates past it is TOO_LARGE; the default reads it", () => {
    const dir = folder({ "long.docx": rawDocx(denseBody(200_000, "Henrik Aalto")) });
    const limited = screen(dir, ["--max-part-bytes", "100000"]).byName("long.docx");
    expect(limited).toMatchObject({ status: "error", error: { code: "TOO_LARGE", message: expect.stringMatching(/word\/document\.xml expands past 98 KB/) } });
    const byDefault = screen(dir, []).byName("long.docx");
    expect(byDefault).toMatchObject({ status: "scored", contact: { name: "Henrik Aalto" } });
  });

  it("rejects limits that are not whole numbers ≥ 1 with exit 2", () => {
    for (const flag of ["--max-part-bytes", "--max-bytes", "--max-pages"]) {
      const run = runCli(["fixtures/resumes/plain-text.txt", flag, "0", "--quiet"]);
      expect(run.status, flag).toBe(2);
      expect(run.stderr, flag).toMatch(/expected a whole number ≥ 1/);
    }
  });

  it("--file-timeout: a file that reads too long is stopped at the limit and the batch goes on", () => {
    // 2.5 MB of paragraphs take mammoth and the reader about two seconds, within a worker's memory; the limit
    // is one. (Much larger bodies run out of memory first, and would be stopped as TOO_LARGE instead.)
    const dir = folder({ "slow.docx": rawDocx(denseBody(2_500_000, "Henrik Aalto")), "quick.txt": PLAIN_RESUME });
    const started = performance.now();
    const { byName } = screen(dir, ["--file-timeout", "1", "--max-part-bytes", "9000000"]);
    const seconds = (performance.now() - started) / 1000;
    expect(byName("slow.docx")).toMatchObject({
      status: "error",
      error: { code: "TIMEOUT", message: "reading this file took longer than 1 s; it was skipped so the batch could go on" },
    });
    expect(byName("quick.txt")).toMatchObject({ status: "scored", contact: { name: "Søren Müller-Ibáñez" } });
    expect(seconds).toBeLessThan(6);
  });
});
