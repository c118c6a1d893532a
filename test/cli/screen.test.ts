import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectGolden, runCli, SHARED_CACHE } from "./run-cli.js";

// OCR of the scanned fixture takes seconds; a generous per-file limit keeps a loaded machine from turning it into TIMEOUT.
const AS_OF = ["--as-of", "2026-11-29", "--cache-dir", SHARED_CACHE, "-j", "2", "--quiet", "--file-timeout", "120"];

describe("shortlist screen", () => {
  it.each([
    ["screen-table.txt", ["fixtures/resumes", ...AS_OF]],
    ["screen-explain.txt", ["fixtures/resumes/strong-fit.pdf", "fixtures/resumes/encrypted.pdf", "--explain", ...AS_OF]],
    ["screen-json.json", ["fixtures/resumes", "--format", "json", ...AS_OF]],
    ["screen-csv.csv", ["fixtures/resumes", "--format", "csv", ...AS_OF]],
    ["screen-md.md", ["fixtures/resumes", "--format", "md", "--top", "3", ...AS_OF]],
  ])("%s", (golden, args) => {
    const run = runCli(args);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expectGolden(golden, args, run);
  }, 90_000); // the first run reads the scanned fixture through OCR; later ones hit the cache

  it("lists every input file exactly once, failures last", () => {
    const run = runCli(["fixtures/resumes", "--format", "json", ...AS_OF]);
    const report = JSON.parse(run.stdout);
    const files = readdirSync("fixtures/resumes").map((f) => `fixtures/resumes/${f}`).sort();
    expect([...report.candidates.map((c: { file: string }) => c.file)].sort()).toEqual(files);
    const firstError = report.candidates.findIndex((c: { status: string }) => c.status === "error");
    expect(report.candidates.slice(firstError).every((c: { status: string }) => c.status === "error")).toBe(true);
    expect(report.summary).toEqual({ files: 17, scored: 14, errors: 3, meetsRequired: report.summary.meetsRequired });
  });

  it("gives byte-identical output for the same files, rubric and --as-of, with or without the cache", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "shortlist-cli-cache-"));
    const args = ["fixtures/resumes", "--format", "json", "--as-of", "2026-11-29", "--quiet", "--file-timeout", "120", "--cache-dir", cacheDir];
    const cold = runCli(args);
    const warm = runCli(args);
    const uncached = runCli([...args, "--no-cache", "-j", "1"]);
    expect(warm.stdout).toBe(cold.stdout);
    expect(uncached.stdout).toBe(cold.stdout);
    expect(readdirSync(cacheDir, { recursive: true }).some((f) => String(f).endsWith(".json"))).toBe(true);
  }, 180_000); // two of the three runs read the scanned fixture through OCR

  it("writes --out atomically and prints nothing on stdout", () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-cli-out-"));
    const out = join(dir, "report.html");
    const run = runCli(["fixtures/resumes/strong-fit.pdf", "--format", "html", "--out", out, ...AS_OF]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toMatch(/^<!DOCTYPE html>/i);
    expect(readdirSync(dir)).toEqual(["report.html"]);
  });

  it.each([
    [["fixtures/resumes", "--as-of", "2026-02-30"], /--as-of wants a date/],
    [["fixtures/resumes", "--format", "xml"], /argument 'xml' is invalid/],
    [["fixtures/resumes", "--shard", "3/2"], /--shard wants k\/n/],
    [["nowhere/at/all"], /nothing to screen/],
    [["fixtures/resumes", "--rubric", "missing.yaml"], /missing.yaml:1:1: error: cannot read the rubric/],
    // Without a cache the readers start before the rubric is read: they must not keep the process alive.
    [["fixtures/resumes", "--no-cache", "--rubric", "missing.yaml"], /missing.yaml:1:1: error: cannot read the rubric/],
    [["fixtures/resumes", "--no-cache", "--shard", "3/2"], /--shard wants k\/n/],
    [["nowhere/at/all", "--no-cache"], /nothing to screen/],
    [["check", "fixtures/resumes", "--no-cache", "--expect", "fixtures/expect.yaml", "--rubric", "missing.yaml"], /cannot read the rubric/],
    [["diff", "fixtures/resumes", "--no-cache", "--base", "rubrics/ml-engineer.yaml", "--head", "missing.yaml"], /cannot read the rubric/],
  ])("exits 2 on bad usage: %j", (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });

  it("reports a missing path among good ones and goes on", () => {
    const run = runCli(["fixtures/resumes/strong-fit.pdf", "nope.pdf", "--format", "json", ...AS_OF]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.candidates.map((c: { file: string; status: string }) => [c.file, c.status])).toEqual([
      ["fixtures/resumes/strong-fit.pdf", "scored"],
      ["nope.pdf", "error"],
    ]);
  });
});
