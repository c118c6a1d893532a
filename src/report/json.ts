// The report itself (DESIGN.md §5), complete: --top does not cut it, so a script always sees every file.
// Key order is the model's, as the screen step built it; it is not re-sorted here.
//
// The text is made a candidate at a time (renderJsonChunks), so a batch of ten thousand files is written
// without ever holding its whole report as one string; joined, the chunks are exactly
// JSON.stringify(report, null, 2) followed by a newline.
import type { ScreenReport } from "../model.js";
import type { Reporter } from "./options.js";

/** Stands in for the candidates while the rest of the report is written; no real value can look like it. */
const SLOT = "\u0000candidates\u0000";
/** Candidates sit two levels deep: their lines are indented by two steps of two spaces. */
const CANDIDATE_INDENT = "    ";

export function* renderJsonChunks(report: ScreenReport): Generator<string> {
  const frame = JSON.stringify({ ...report, candidates: SLOT }, null, 2);
  const marker = JSON.stringify(SLOT);
  const at = frame.indexOf(marker);
  yield frame.slice(0, at);
  if (report.candidates.length === 0) {
    yield "[]";
  } else {
    yield "[\n";
    for (let i = 0; i < report.candidates.length; i++) {
      const text = JSON.stringify(report.candidates[i], null, 2);
      yield (i > 0 ? ",\n" : "") + CANDIDATE_INDENT + text.replace(/\n/g, `\n${CANDIDATE_INDENT}`);
    }
    yield "\n  ]";
  }
  yield frame.slice(at + marker.length) + "\n";
}

export const renderJson: Reporter = (report) => [...renderJsonChunks(report)].join("");
