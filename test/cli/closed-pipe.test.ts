import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, SHARED_CACHE } from "./run-cli.js";

/** Runs the CLI and closes its stdout after the first chunk, as `shortlist … | head -c 100` does. */
function runAndCloseEarly(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "shortlist.js"), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdout.once("data", () => child.stdout.destroy());
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

describe("a reader that stops early", () => {
  it("ends the run quietly, with no error and exit 0", async () => {
    // The fixtures' JSON report is far larger than a pipe holds, so writing it meets the closed pipe.
    const folder = join(ROOT, "fixtures", "resumes");
    const run = await runAndCloseEarly(["screen", folder, "--format", "json", "--as-of", "2026-11-29", "--quiet", "--cache-dir", SHARED_CACHE, "--file-timeout", "120"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  }, 120_000);
});
