import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectGolden, runCli, SHARED_CACHE } from "./run-cli.js";

// OCR of the scanned fixture takes seconds; a generous per-file limit keeps a loaded machine from turning it into TIMEOUT.
const READ = ["--as-of", "2026-11-29", "--cache-dir", SHARED_CACHE, "-j", "2", "--quiet", "--file-timeout", "120"];

describe("shortlist --help and --version", () => {
  it("prints help and exits 0", () => {
    const run = runCli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: shortlist/);
    for (const command of ["screen", "parse", "validate", "check", "diff", "merge", "audit"]) expect(run.stdout).toContain(command);
  });

  it("exits 2 on an unknown option", () => {
    expect(runCli(["fixtures/resumes", "--frobnicate"]).status).toBe(2);
  });
});

describe("shortlist validate", () => {
  it("accepts the bundled rubric", () => {
    const run = runCli(["validate", "rubrics/ml-engineer.yaml"]);
    expect(run).toMatchObject({ status: 0, stdout: "rubrics/ml-engineer.yaml: ok\n" });
  });

  it("reports every problem at once with file:line:column and exits 2", () => {
    const args = ["validate", "test/cli/inputs/bad-rubric.yaml"];
    const run = runCli(args);
    expect(run.status).toBe(2);
    expectGolden("validate-bad.txt", args, { ...run, stdout: run.stderr });
    expect(run.stderr).toMatch(/bad-rubric\.yaml:5:11: error: .*did you mean "degree"/);
    expect(run.stderr).toMatch(/bad-rubric\.yaml:9:11: error: .*"sklearn".*"scikit-learn"/);
  });
});

describe("shortlist parse", () => {
  it("shows lines, sections, degrees, periods and skills with their evidence", () => {
    const args = ["parse", "fixtures/resumes/two-column.pdf", "--as-of", "2026-11-29"];
    const run = runCli(args);
    expect(run.status).toBe(0);
    expectGolden("parse-two-column.txt", args, run);
  });

  it("writes JSON with every line's page and line number", () => {
    const run = runCli(["parse", "fixtures/resumes/strong-fit.pdf", "--format", "json", "--as-of", "2026-11-29"]);
    const parsed = JSON.parse(run.stdout);
    expect(parsed.pages).toBe(2);
    expect(parsed.lines[0]).toMatchObject({ page: 1, line: 1, text: "Maya Lindqvist" });
    expect(parsed.totalYears).toBeCloseTo(7, 0);
  });

  it("reports an unreadable file as a value, not a crash", () => {
    const run = runCli(["parse", "fixtures/resumes/encrypted.pdf"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^fixtures\/resumes\/encrypted\.pdf: ENCRYPTED: /);
  });

  it("writes what it read as a JSON Resume", () => {
    const run = runCli(["parse", "fixtures/formats/resume.rtf", "--format", "json-resume", "--as-of", "2026-11-29"]);
    expect(run.status).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document.basics).toMatchObject({ name: "Inès Castellanos", email: "ines.castellanos@example.com" });
    expect(document.work.map((role: { position: string }) => role.position)).toEqual(["Senior Data Scientist", "Machine Learning Engineer", "Data Science Intern"]);
    expect(document.meta.shortlist).toMatchObject({ asOf: "2026-11-29", sourceFormat: "rtf", totalYears: 8.2, professionalYears: 7.9 });
  });

  it("leaves a scan unread with --ocr off, and refuses an unknown mode", () => {
    const off = runCli(["parse", "fixtures/resumes/image-only.pdf", "--ocr", "off"]);
    expect(off.stdout).toMatch(/image-only\.pdf: NO_TEXT: /);
    const bad = runCli(["fixtures/resumes", "--ocr", "sometimes"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/argument 'sometimes' is invalid/);
  });
});

describe("shortlist check", () => {
  it("passes the project's own expectations", () => {
    const run = runCli(["check", "fixtures/resumes", "--expect", "fixtures/expect.yaml", ...READ]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/0 failed/);
    expect(run.status).toBe(0);
  }, 90_000); // the first read of the fixtures in this file OCRs the scanned one

  it("prints each failed assertion with the actual value and the evidence, and exits 1", () => {
    const args = ["check", "fixtures/resumes", "--expect", "test/cli/inputs/expect-failing.yaml", ...READ];
    const run = runCli(args);
    expect(run.status).toBe(1);
    expectGolden("check-failing.txt", args, run);
  });
});

describe("shortlist diff", () => {
  it.each([
    ["diff.txt", "table"],
    ["diff.md", "md"],
  ])("%s: shows who moved and which checks moved them", (golden, format) => {
    const args = ["diff", "fixtures/resumes", "--base", "rubrics/ml-engineer.yaml", "--head", "test/cli/inputs/strict.yaml", "--format", format, ...READ];
    const run = runCli(args);
    expect(run.status).toBe(0);
    expectGolden(golden, args, run);
  });

  it("reads a side from git", () => {
    const run = runCli(["diff", "fixtures/resumes/strong-fit.pdf", "--base", "git:HEAD:rubrics/ml-engineer.yaml", "--head", "rubrics/ml-engineer.yaml", "--format", "json", ...READ]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).base.path).toBe("git:HEAD:rubrics/ml-engineer.yaml");
  });
});

describe("shortlist merge", () => {
  it("turns ndjson shards into the same report as a single run", () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-merge-"));
    const whole = runCli(["fixtures/resumes", "--format", "json", ...READ]).stdout;
    const shards = [1, 2, 3].map((k) => {
      const file = join(dir, `shard-${k}.ndjson`);
      const run = runCli(["fixtures/resumes", "--format", "ndjson", "--shard", `${k}/3`, "--out", file, ...READ]);
      expect(run.status).toBe(0);
      return file;
    });
    const sizes = shards.map((f) => readFileSync(f, "utf8").split("\n").filter(Boolean).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(17);
    const merged = runCli(["merge", ...shards]);
    expect(merged.stderr).toBe("");
    expect(merged.stdout).toBe(whole);
  });

  it("refuses shards screened with different rubrics", () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-merge-"));
    const a = join(dir, "a.json");
    const b = join(dir, "b.json");
    runCli(["fixtures/resumes/strong-fit.pdf", "--format", "json", "--out", a, ...READ]);
    runCli(["fixtures/resumes/two-column.pdf", "--format", "json", "--rubric", "test/cli/inputs/strict.yaml", "--out", b, ...READ]);
    const run = runCli(["merge", a, b]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/screened with rubric ml-engineer-strict/);
  });
});

describe("shortlist --blind", () => {
  it("scores two résumés that differ only in identity the same, and shows neither identity", () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-blind-"));
    const text = (name: string, email: string, pronoun: string) =>
      [name, `${email} · (555) 010-2030 · linkedin.com/in/${name.toLowerCase().replace(/ /g, "")}`, "", "EXPERIENCE",
       "Machine Learning Engineer, Quarry Labs  Jan 2019 – Present",
       `• ${pronoun} built PyTorch and TensorFlow CNN and transformer models on large datasets with Python on AWS.`,
       "", "EDUCATION", "M.S. in Computer Science, Purdue University, 2018"].join("\n");
    writeFileSync(join(dir, "a.txt"), text("Ana Beltrán", "ana@example.com", "She"));
    writeFileSync(join(dir, "b.txt"), text("Omar Kovacs", "omar.k@example.com", "He"));
    const run = runCli([dir, "--blind", "--format", "json", ...READ]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/Ana|Beltrán|Omar|Kovacs|example\.com|linkedin|\bShe\b|\bHe\b/);
    const [a, b] = JSON.parse(run.stdout).candidates;
    expect(a.score).toBe(b.score);
    const strip = (c: Record<string, unknown>) => JSON.stringify({ ...c, rank: 0, file: "", sha256: "", candidateId: "" });
    expect(strip(a)).toBe(strip(b));
    expect(a.candidateId).toMatch(/^C-[0-9a-f]{8}$/);
  });
});

describe("shortlist --log", () => {
  it("appends a line for the run and one per file", () => {
    const log = join(mkdtempSync(join(tmpdir(), "shortlist-log-")), "runs.jsonl");
    runCli(["fixtures/resumes/strong-fit.pdf", "fixtures/resumes/corrupt.pdf", "--log", log, ...READ]);
    runCli(["fixtures/resumes/strong-fit.pdf", "--log", log, ...READ]);
    const lines = readFileSync(log, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(["run", "file", "file", "run", "file"]);
    expect(lines[0]).toMatchObject({ asOf: "2026-11-29", rubric: { id: "ml-engineer" }, tool: { name: "shortlist" } });
    expect(lines[1]).toMatchObject({ file: "fixtures/resumes/strong-fit.pdf", status: "scored", meetsRequired: true });
    expect(lines[2]).toMatchObject({ file: "fixtures/resumes/corrupt.pdf", status: "error", error: "CORRUPT" });
  });
});
