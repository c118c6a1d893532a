// How a rubric problem is printed. Apart from the loader, so a command can print problems without loading the
// YAML parser.
import type { RubricProblem } from "./types.js";

/** "rubric.yaml:12:5: error: unknown key "wieght"; did you mean "weight"?" */
export function formatProblem(problem: RubricProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}
