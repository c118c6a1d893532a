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
/** Candidates written per piece: pieces of a few hundred kilobytes, few calls to JSON.stringify, each small enough to encode straight into an output buffer. */
const PER_PIECE = 16;
/** How JSON.stringify(…, null, 2) opens and closes an array under the key "candidates" at the top level. */
const OPEN = '{\n  "candidates": [\n';
const CLOSE = "\n  ]\n}";

export function* renderJsonChunks(report: ScreenReport): Generator<string> {
  const frame = JSON.stringify({ ...report, candidates: SLOT }, null, 2);
  const marker = JSON.stringify(SLOT);
  const at = frame.indexOf(marker);
  yield frame.slice(0, at);
  if (report.candidates.length === 0) {
    yield "[]";
  } else {
    yield "[\n";
    for (let from = 0; from < report.candidates.length; from += PER_PIECE) {
      // Inside { candidates: […] } the candidates sit at the depth they have in the report, so the text
      // between the brackets is exactly theirs, indentation included.
      const text = JSON.stringify({ candidates: report.candidates.slice(from, from + PER_PIECE) }, null, 2);
      // Yielded apart, not joined: a slice of the text is written out as it is, where a joined string would
      // first be copied whole.
      if (from > 0) yield ",\n";
      yield text.slice(OPEN.length, text.length - CLOSE.length);
    }
    yield "\n  ]";
  }
  yield frame.slice(at + marker.length) + "\n";
}

export const renderJson: Reporter = (report) => [...renderJsonChunks(report)].join("");
