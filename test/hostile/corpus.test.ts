// The bad-input corpus through the real CLI: every file gets a specific error code or a correct read, a
// message a recruiter can act on, the batch finishes, each input appears exactly once, and the whole run
// stays under 500 MB of memory.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Candidate, ScreenReport } from "../../src/model.js";
import { ROOT } from "../cli/run-cli.js";
import { makeCorpus, PLAIN_RESUME, type Corpus, type CorpusEntry } from "./make-corpus.js";
import { runCliMeasured, type MeasuredRun } from "./measure.js";

const MAX_RSS_MB = 500;
const base = mkdtempSync(join(tmpdir(), "shortlist-hostile-"));
const dir = join(base, "inbox");
let corpus: Corpus;
let run: MeasuredRun;
let report: ScreenReport;

beforeAll(async () => {
  corpus = await makeCorpus(dir, join(base, "elsewhere"));
  // Two workers, whatever the machine: memory grows with the number of workers, so the budget is for two.
  run = await runCliMeasured([dir, "--format", "json", "--no-cache", "--as-of", "2026-11-29", "--quiet", "-j", "2"]);
  console.log(`hostile corpus: ${corpus.entries.length} inputs in ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMb} MB (${run.method})`);
  report = JSON.parse(run.stdout) as ScreenReport;
}, 120_000);

afterAll(() => {
  chmodSync(join(dir, "no-permission.txt"), 0o644);
  rmSync(base, { recursive: true, force: true });
});

const find = (entry: CorpusEntry): Candidate[] => report.candidates.filter((c) => c.file === `${dir}/${entry.file}`);

describe("the hostile corpus through the CLI", () => {
  it("finishes with exit 0 and nothing on stderr, within the memory budget", () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.peakRssMb).toBeGreaterThan(0);
    expect(run.peakRssMb).toBeLessThan(MAX_RSS_MB);
  });

  it("lists every input exactly once, and nothing else", () => {
    const expected = corpus.entries.map((entry) => `${dir}/${entry.file}`).sort();
    expect(report.candidates.map((c) => c.file).sort()).toEqual(expected);
    expect(report.summary.files).toBe(corpus.entries.length);
  });

  it("gives each file its specific outcome", () => {
    for (const entry of corpus.entries) {
      const [candidate, ...others] = find(entry);
      expect(others, entry.file).toEqual([]);
      expect(candidate?.status, `${entry.file} (${entry.why})`).toBe(entry.expect.status);
      if (entry.expect.status === "error") {
        if (candidate?.status !== "error") continue;
        expect(candidate.error.code, `${entry.file} (${entry.why})`).toBe(entry.expect.code);
        expect(candidate.error.message, entry.file).toMatch(entry.expect.message);
        continue;
      }
      if (candidate?.status !== "scored") continue;
      const expectation = entry.expect;
      const skills = candidate.profile.skills.map((s) => s.id);
      const warnings = candidate.warnings.map((w) => w.code);
      if (expectation.name) expect(candidate.contact.name, entry.file).toBe(expectation.name);
      for (const skill of expectation.skills ?? []) expect(skills, entry.file).toContain(skill);
      for (const skill of expectation.notSkills ?? []) expect(skills, entry.file).not.toContain(skill);
      for (const code of expectation.warnings ?? []) expect(warnings, entry.file).toContain(code);
    }
  });

  it("explains every failure in words a recruiter can act on: no stack traces, no internals", () => {
    for (const candidate of report.candidates) {
      if (candidate.status !== "error") continue;
      expect(candidate.error.code).not.toBe("INTERNAL");
      expect(candidate.error.message.length).toBeGreaterThan(15);
      expect(candidate.error.message).not.toMatch(/\bat .+:\d+:\d+|TypeError|RangeError|undefined|null|ENOENT|EACCES|Exception/);
    }
  });

  it("says which limit a too-large file crossed, and the 500-page PDF how many pages were read", () => {
    const pages = report.candidates.find((c) => c.file.endsWith("/500-pages.pdf"));
    expect(pages?.status === "scored" && pages.warnings.find((w) => w.code === "TOO_MANY_PAGES")?.message).toBe(
      "This PDF has 500 pages; only the first 50 were read.",
    );
  });
});

// chmod 000 does not stop root, so as root the run above reads no-permission.txt (and the test says so);
// the same file is then read by an unprivileged user, for whom it must be UNREADABLE.
describe("a file without read permission", () => {
  it("is UNREADABLE for a user without the right, and the batch goes on", () => {
    if (!corpus.runningAsRoot) {
      const own = report.candidates.find((c) => c.file.endsWith("/no-permission.txt"));
      expect(own).toMatchObject({ status: "error", error: { code: "UNREADABLE" } });
      return;
    }
    const shared = join(mkdtempSync(join(tmpdir(), "shortlist-perm-")), "inbox");
    mkdirSync(shared, { recursive: true });
    chmodSync(join(shared, ".."), 0o755);
    writeFileSync(join(shared, "readable.txt"), PLAIN_RESUME);
    writeFileSync(join(shared, "locked.txt"), PLAIN_RESUME);
    chmodSync(join(shared, "locked.txt"), 0o000);
    const nobody = spawnSync(process.execPath, [join(ROOT, "bin", "shortlist.js"), shared, "--format", "json", "--no-cache", "--as-of", "2026-11-29", "--quiet"], {
      cwd: ROOT,
      encoding: "utf8",
      uid: 65534,
      gid: 65534,
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", HOME: "/tmp" },
    });
    rmSync(join(shared, ".."), { recursive: true, force: true });
    expect(nobody.stderr).toBe("");
    const asNobody = JSON.parse(nobody.stdout) as ScreenReport;
    expect(asNobody.candidates.map((c) => [c.file.slice(shared.length + 1), c.status, c.status === "error" ? c.error.code : c.contact.name])).toEqual([
      ["readable.txt", "scored", "Søren Müller-Ibáñez"],
      ["locked.txt", "error", "UNREADABLE"],
    ]);
    expect(asNobody.candidates[1]).toMatchObject({ error: { message: expect.stringMatching(/cannot be read/) } });
  });
});
