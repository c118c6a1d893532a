// A screening report read back from JSON for the audit. Only what the audit relies on is required; anything else
// a report from this schema may lack gets a neutral default, so an older or trimmed report still audits.
import { SCHEMA_VERSION, type Candidate, type ScreenReport } from "../model.js";

export type LoadedReport = { ok: true; report: ScreenReport } | { ok: false; message: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function parseReportJson(text: string): LoadedReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail("not a JSON report: screen with --format json (an NDJSON stream can be joined with `shortlist merge`)");
  }
  if (!isObject(data) || typeof data.schemaVersion !== "number" || !Array.isArray(data.candidates)) {
    return fail("not a shortlist report: it needs schemaVersion and candidates (screen with --format json)");
  }
  if (data.schemaVersion > SCHEMA_VERSION) {
    return fail(`written by a newer shortlist (schema ${data.schemaVersion}); this one reads schema ${SCHEMA_VERSION}`);
  }
  for (const [index, candidate] of data.candidates.entries()) {
    const problem = candidateProblem(candidate);
    if (problem) return fail(`candidates[${index}]: ${problem}`);
  }
  const rubric = isObject(data.rubric) ? data.rubric : {};
  const summary = isObject(data.summary) ? data.summary : {};
  const report: ScreenReport = {
    ...(data as unknown as ScreenReport),
    tool: { name: "shortlist", version: isObject(data.tool) ? String(data.tool.version ?? "unknown") : "unknown" },
    asOf: typeof data.asOf === "string" ? data.asOf : "unknown",
    rubric: {
      id: String(rubric.id ?? "unknown"),
      name: String(rubric.name ?? rubric.id ?? "unknown"),
      path: String(rubric.path ?? ""),
      sha256: String(rubric.sha256 ?? ""),
    },
    checks: Array.isArray(data.checks) ? (data.checks as ScreenReport["checks"]) : [],
    summary: { ...(summary as ScreenReport["summary"]), files: typeof summary.files === "number" ? summary.files : data.candidates.length },
  };
  return { ok: true, report };
}

function candidateProblem(candidate: unknown): string | undefined {
  if (!isObject(candidate) || typeof candidate.file !== "string") return "a candidate needs a file";
  const status = (candidate as Partial<Candidate>).status;
  if (status === "error") return undefined;
  if (status !== "scored") return `status must be "scored" or "error", not ${JSON.stringify(status)}`;
  if (typeof candidate.score !== "number") return "a scored candidate needs a score";
  if (typeof candidate.meetsRequired !== "boolean") return "a scored candidate needs meetsRequired";
  if (!Array.isArray(candidate.checks)) return "a scored candidate needs its checks";
  return undefined;
}

function fail(message: string): LoadedReport {
  return { ok: false, message };
}
