// Runs the built CLI and measures what it cost: wall time and peak resident memory (the main thread and
// all its worker threads share one process). GNU time reports the exact peak; without it, the kernel's
// high-water mark (VmHWM in /proc/<pid>/status) is read while the process runs.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../cli/run-cli.js";

export interface MeasuredRun {
  status: number;
  stdout: string;
  stderr: string;
  seconds: number;
  peakRssMb: number;
  method: "gnu-time" | "vmhwm";
}

const GNU_TIME = "/usr/bin/time";

export function runCliMeasured(args: string[], env: Record<string, string> = {}): Promise<MeasuredRun> {
  const cli = [join(ROOT, "bin", "shortlist.js"), ...args];
  const useTime = existsSync(GNU_TIME);
  const report = join(mkdtempSync(join(tmpdir(), "shortlist-time-")), "time.txt");
  const [command, commandArgs] = useTime ? [GNU_TIME, ["-f", "%M", "-o", report, process.execPath, ...cli]] : [process.execPath, cli];
  const child = spawn(command, commandArgs, { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", ...env } });
  const started = performance.now();
  let stdout = "";
  let stderr = "";
  let highWaterKb = 0;
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const poll = useTime
    ? undefined
    : setInterval(() => {
        try {
          const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? 0);
          highWaterKb = Math.max(highWaterKb, kb);
        } catch {
          // The process has just ended.
        }
      }, 20);
  return new Promise((resolve) => {
    child.on("close", (code) => {
      if (poll) clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (useTime) highWaterKb = Number(/(\d+)\s*$/.exec(readFileSync(report, "utf8"))?.[1] ?? 0);
      resolve({ status: code ?? -1, stdout, stderr, seconds, peakRssMb: Math.round(highWaterKb / 1024), method: useTime ? "gnu-time" : "vmhwm" });
    });
  });
}
