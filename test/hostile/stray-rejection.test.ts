// pdf.js can leave a rejected promise behind on a damaged file, after the call shortlist made has failed and
// been reported. Unhandled, it would crash `shortlist parse`, and in a worker it would be charged to the next
// file that worker reads. Reproduced with two damaged bytes in a fixture (a broken "obj" keyword and /Count).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ScreenReport } from "../../src/model.js";
import { ROOT, runCli } from "../cli/run-cli.js";
import { PLAIN_RESUME } from "./make-corpus.js";

let dir: string;
let damaged: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "shortlist-stray-"));
  damaged = join(dir, "a-damaged.pdf");
  const original = readFileSync(join(ROOT, "fixtures", "resumes", "academic-phd.pdf"), "latin1");
  const broken = original.replace("13 0 obj", "13 0 \u007fbj").replace("/Count 2", "/Coun| 2");
  writeFileSync(damaged, Buffer.from(broken, "latin1"));
  writeFileSync(join(dir, "b-good.txt"), PLAIN_RESUME);
});

/** Runs a module in a fresh Node process and returns what it printed. */
function node(source: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ["--input-type=module", "-e", source], { cwd: ROOT, encoding: "utf8" });
}

describe("stray rejections from pdf.js", () => {
  it("the damaged file really leaves one behind when read in-process (the precondition of these tests)", () => {
    const run = node(`
      import { readFileSync } from "node:fs";
      import { ingest } from "./dist/ingest/index.js";
      import { DEFAULT_LIMITS } from "./dist/ingest/document.js";
      const stray = [];
      process.on("unhandledRejection", (reason) => stray.push(reason.name));
      const result = await ingest(new Uint8Array(readFileSync(${JSON.stringify(damaged)})), DEFAULT_LIMITS);
      await new Promise((resolve) => setTimeout(resolve, 300));
      console.log(JSON.stringify({ code: result.ok ? "ok" : result.error.code, stray }));`);
    // Whether the damaged page can still be read depends on the PDF reader's repairs; the stray rejection is what matters.
    expect(JSON.parse(run.stdout)).toMatchObject({ stray: ["XRefEntryException"] });
  });

  it("shortlist parse shows what it could read instead of crashing", () => {
    const run = runCli(["parse", damaged]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/a-damaged\.pdf(: CORRUPT: This PDF is damaged| — pdf, 2 pages)/);
  });

  it("a worker that met one goes on to read the next file, which is not blamed", () => {
    const run = runCli([dir, "--format", "json", "--no-cache", "--quiet", "-j", "1", "--as-of", "2026-11-29"]);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as ScreenReport;
    const outcome = (name: string) => {
      const candidate = report.candidates.find((c) => c.file === `${dir}/${name}`);
      return candidate?.status === "error" ? candidate.error.code : candidate?.status;
    };
    expect(report.candidates).toHaveLength(2);
    expect(outcome("b-good.txt")).toBe("scored");
    expect(["scored", "CORRUPT"]).toContain(outcome("a-damaged.pdf"));
  });

  it("only pdf.js's own exceptions are let go: any other unhandled rejection still crashes", () => {
    const script = (name: string) => `
      import { tolerateStrayPdfRejections } from "./dist/run/stray-rejections.js";
      tolerateStrayPdfRejections();
      const error = new Error("left behind"); error.name = ${JSON.stringify(name)};
      Promise.reject(error);
      setTimeout(() => console.log("still running"), 100);`;
    expect(node(script("XRefEntryException"))).toMatchObject({ status: 0, stdout: "still running\n" });
    const crash = node(script("TypeError"));
    expect(crash.status).not.toBe(0);
    expect(crash.stdout).toBe("");
    expect(crash.stderr).toMatch(/left behind/);
  });
});
