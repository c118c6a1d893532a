// Mutated fixtures of every format (bit flips, cuts, doubled and spliced chunks, damaged XML inside a DOCX or
// ODT) through ingest and the reader in-process: never a throw, never an INTERNAL error, only the known codes,
// never a hang. Then a small mutated batch through the CLI's worker pool: every file accounted for.
// FUZZ_SEED=<n> replays a run; FUZZ_SEED=random explores new cases. The seed is printed either way.
import { readdirSync, readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, type IngestErrorCode } from "../../src/ingest/document.js";
import { ingest } from "../../src/ingest/index.js";
import type { ScreenReport } from "../../src/model.js";
import { readResume } from "../../src/read/index.js";
import { parseVocabulary } from "../../src/read/vocabulary-load.js";
import { tolerateStrayPdfRejections } from "../../src/run/stray-rejections.js";
import { runCli } from "../cli/run-cli.js";
import { MUTATIONS, mutate } from "./mutate.js";
import { below, mulberry32 } from "./prng.js";

const FIXTURE_FOLDERS = ["resumes", "formats"].map((folder) => join(import.meta.dirname, "..", "..", "fixtures", folder));
const CASES = 400;
/** The in-process part stops here even if cases remain, so a slow machine cannot blow the suite's budget. */
const BUDGET_MS = 18_000;
/** One fixture reads in tens of milliseconds; a mutant many times slower is a hang in the making. */
const PER_INPUT_MS = 5_000;
const KNOWN: ReadonlySet<IngestErrorCode> = new Set(["UNSUPPORTED", "ENCRYPTED", "CORRUPT", "NO_TEXT", "TOO_LARGE", "TOO_MANY_PAGES", "EMPTY"]);

const seed = process.env.FUZZ_SEED === "random" ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? 20261129);
// image-only.pdf is left out: its pages are drawn glyph by glyph as vector outlines, and each read of it
// takes seconds, which would spend the whole budget on one file.
const fixtures = FIXTURE_FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name !== "image-only.pdf")
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) })),
);
const vocabulary = parseVocabulary(readFileSync(join(import.meta.dirname, "..", "..", "rubrics", "skills.yaml"), "utf8"));

/** Case i depends only on the seed and i. */
function fuzzCase(i: number): { label: string; bytes: Uint8Array } {
  const random = mulberry32(seed ^ Math.imul(i + 1, 0x9e3779b1));
  const input = fixtures[below(random, fixtures.length)]!;
  const donor = fixtures[below(random, fixtures.length)]!;
  const kind = MUTATIONS[below(random, MUTATIONS.length)]!;
  return { label: `seed ${seed} case ${i}: ${kind} of ${input.name} (donor ${donor.name})`, bytes: mutate(kind, input.bytes, donor.bytes, random) };
}

describe(`fuzz (seed ${seed})`, () => {
  it("ingest and read never throw, never hang, and fail only with known codes", async () => {
    // As in the CLI's workers: pdf.js may leave its own rejections behind on damaged files (see
    // stray-rejection.test.ts); any other unhandled rejection still fails this test.
    tolerateStrayPdfRejections();
    console.log(`fuzz seed ${seed} (replay with FUZZ_SEED=${seed})`);
    const started = performance.now();
    const tally = new Map<string, number>();
    let ran = 0;
    for (let i = 0; i < CASES && performance.now() - started < BUDGET_MS; i++, ran++) {
      const { label, bytes } = fuzzCase(i);
      const begun = performance.now();
      const doc = await ingest(bytes, DEFAULT_LIMITS).catch((error: unknown) => expect.fail(`${label}: ingest threw ${String(error)}`));
      if (doc.ok) {
        const resume = readResume(doc.value, vocabulary);
        expect(Array.isArray(resume.lines) && Array.isArray(resume.skills), label).toBe(true);
        expect(resume.warnings.map((w) => w.code), label).not.toContain("READ_FAILED");
      } else {
        expect(KNOWN.has(doc.error.code) ? "known" : doc.error, label).toBe("known");
        expect(doc.error.message.length, label).toBeGreaterThan(10);
      }
      expect(performance.now() - begun, `${label} took too long`).toBeLessThan(PER_INPUT_MS);
      const outcome = doc.ok ? "read" : doc.error.code;
      tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
    }
    console.log(`fuzz: ${ran} cases in ${((performance.now() - started) / 1000).toFixed(1)} s:`, Object.fromEntries(tally));
    expect(ran).toBeGreaterThan(40);
  }, 40_000);

  it("a mutated batch through the CLI's worker pool: every file reported once, exit 0", () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-fuzz-"));
    const names = Array.from({ length: 12 }, (_, i) => {
      const { bytes } = fuzzCase(CASES + i);
      const name = `mutant-${String(i).padStart(2, "0")}.bin`;
      writeFileSync(join(dir, name), bytes);
      return name;
    });
    const run = runCli([dir, "--format", "json", "--no-cache", "--as-of", "2026-11-29", "--quiet", "-j", "2", "--ocr", "off", "--file-timeout", "10"]);
    expect(run.status, `seed ${seed}`).toBe(0);
    const report = JSON.parse(run.stdout) as ScreenReport;
    expect(report.candidates.map((c) => c.file.slice(dir.length + 1)).sort()).toEqual(names);
    for (const candidate of report.candidates) {
      if (candidate.status === "error") expect(candidate.error.code, `seed ${seed}: ${candidate.file}`).not.toBe("INTERNAL");
    }
  }, 60_000);
});
