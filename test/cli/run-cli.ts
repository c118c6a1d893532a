// Runs the built CLI as a user would (node bin/shortlist.js …) and compares with golden files under
// test/cli/golden/. UPDATE_GOLDEN=1 rewrites them; otherwise a difference fails the test.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect } from "vitest";

export const ROOT = join(import.meta.dirname, "..", "..");
/** One content cache per test file: the first screen reads the fixtures, later ones reuse what it read. */
export const SHARED_CACHE = mkdtempSync(join(tmpdir(), "shortlist-cli-cache-"));
const GOLDEN = join(import.meta.dirname, "golden");

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, "bin", "shortlist.js"), ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", ...options.env },
    timeout: 120_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Compares `actual` with the golden file; the file records the command and exit code too. */
export function expectGolden(name: string, args: string[], run: CliRun): void {
  // The shared cache folder is random per run: the golden file names it by its role.
  const shown = args.map((arg) => (arg === SHARED_CACHE ? "<cache>" : arg));
  const text = `$ shortlist ${shown.join(" ")}\n# exit ${run.status}\n${run.stdout}`;
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  expect(existsSync(path), `missing golden file ${name}: run UPDATE_GOLDEN=1 npm test`).toBe(true);
  expect(text).toBe(readFileSync(path, "utf8"));
}
