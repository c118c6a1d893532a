// One JSON object per line, one line per candidate (scored and failed, in report order), nothing else:
// shards written this way can be concatenated and re-ranked by `shortlist merge`, and streamed by line tools.
//
// Each line is the candidate exactly as in the JSON report (same keys, same order: rank, file, sha256, status,
// score, meetsRequired, …, or rank: null, file, status, error for a failed file), followed by the context a
// merge needs to refuse mixing incompatible shards:
//   "schemaVersion": 1,
//   "asOf": "2026-11-29",
//   "rubric": { "id": "ml-engineer", "sha256": "…" },
//   "shard": "2/4"            (only when the report is a shard)
// Like json, the output is complete: --top does not apply.
import type { ScreenReport } from "../model.js";
import type { Reporter } from "./options.js";

/** One line per candidate, made as it is written. */
export function* renderNdjsonChunks(report: ScreenReport): Generator<string> {
  const context = {
    schemaVersion: report.schemaVersion,
    asOf: report.asOf,
    rubric: { id: report.rubric.id, sha256: report.rubric.sha256 },
    ...(report.shard === undefined ? {} : { shard: report.shard }),
  };
  for (const candidate of report.candidates) yield JSON.stringify({ ...candidate, ...context }) + "\n";
}

export const renderNdjson: Reporter = (report) => [...renderNdjsonChunks(report)].join("");
