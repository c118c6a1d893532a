// The run log (--log): an append-only record of what ran on whom — enough to show later which rubric, tool
// version and date produced each file's outcome. One JSON line for the run, then one per file.
import type { ScreenReport } from "./model.js";

export interface RunLogContext {
  /** Wall-clock time of the run, ISO 8601: the only place a timestamp enters shortlist's output. */
  time: string;
  command: string;
  runId: string;
}

export function runLogLines(report: ScreenReport, context: RunLogContext): string {
  const run = {
    type: "run",
    runId: context.runId,
    time: context.time,
    command: context.command,
    tool: report.tool,
    rubric: { id: report.rubric.id, path: report.rubric.path, sha256: report.rubric.sha256 },
    asOf: report.asOf,
    blind: report.blind === true,
    summary: report.summary,
  };
  const files = report.candidates.map((c) =>
    c.status === "scored"
      ? { type: "file", runId: context.runId, file: c.file, sha256: c.sha256, status: c.status, rank: c.rank, score: c.score, meetsRequired: c.meetsRequired,
          checks: Object.fromEntries(c.checks.map((check) => [check.id, { score: check.score, passed: check.passed }])) }
      : { type: "file", runId: context.runId, file: c.file, sha256: c.sha256 ?? null, status: c.status, error: c.error.code },
  );
  return [run, ...files].map((entry) => JSON.stringify(entry) + "\n").join("");
}
