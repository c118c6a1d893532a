// How much the optimising compiler may inline, for the whole process (worker threads included).
//
// A batch's readers are worker threads that live for one batch: each compiles pdf.js, mammoth and the reader
// afresh, and its optimising compiles run on the same two or so cores as the reading. With inlining, the
// hottest functions (page layout, operator replay, heading matching) take tens of milliseconds each to
// compile, and a few are compiled again after a deoptimisation. Without it, a 1,000-file batch used ~6% less
// CPU and finished ~5% sooner, while 10,000 files, where compiled code has longer to pay for itself, took
// the same time either way (npm run bench; same-run comparisons).
import { setFlagsFromString } from "node:v8";

let limited = false;

/** Must run before the hot code is first optimised, and before any worker thread starts. */
export function limitInlining(): void {
  if (limited) return;
  limited = true;
  setFlagsFromString("--no-turbo-inlining");
}
