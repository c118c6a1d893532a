// How much work the optimising compiler does, for the whole process (worker threads included).
//
// A batch's readers are worker threads that live for one batch: each compiles pdf.js, mammoth and the reader
// afresh, and its optimising compiles run on the same two or so cores as the reading. Two settings make that
// cheaper, measured on 1,000 files (700 PDF, 300 DOCX) against the defaults, in same-run pairs:
//
// - no inlining: the hottest functions (page layout, operator replay, heading matching) took tens of
//   milliseconds each to compile with their callees inlined, and some were compiled again after a
//   deoptimisation. Without it a batch used ~6% less CPU and finished ~5% sooner.
// - a later tier-up (an interrupt budget six times V8's 67,584): a function is optimised once it has run
//   longer, so code that is hot only for a moment is not compiled at all. ~6% less CPU again, and a re-screen
//   from the cache ~5% sooner.
//
// 10,000 files, where compiled code has longest to pay for itself, took the same time either way.
import { setFlagsFromString } from "node:v8";

const INTERRUPT_BUDGET = 6 * 67_584;

let limited = false;

/**
 * Must run before the hot code is first optimised and before any worker thread starts. Both are compiler
 * settings, read at each compile; V8's heap and collector settings cannot be changed this way once it runs.
 */
export function limitOptimisingCompiles(): void {
  if (limited) return;
  limited = true;
  setFlagsFromString("--no-turbo-inlining");
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
