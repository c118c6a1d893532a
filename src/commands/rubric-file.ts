// Reads a rubric file (or the bundled default) and validates it against the vocabulary.
import { readFile } from "node:fs/promises";
import { formatProblem, parseRubric } from "../rubric/load.js";
import type { LoadedRubric, RubricProblem } from "../rubric/types.js";
import type { Vocabulary } from "../read/vocabulary.js";
import { BUNDLED_RUBRIC, packagePath, sha256Hex } from "./environment.js";

export interface RubricFileResult {
  loaded?: LoadedRubric;
  problems: RubricProblem[];
}

export async function loadRubricFile(given: string | undefined, vocabulary: Vocabulary): Promise<RubricFileResult> {
  const display = given ?? BUNDLED_RUBRIC;
  let bytes: Buffer;
  try {
    bytes = await readFile(given ?? packagePath(BUNDLED_RUBRIC));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    return { problems: [{ file: display, line: 1, column: 1, message: `cannot read the rubric: ${reason}`, severity: "error" }] };
  }
  return loadRubricBytes(bytes, display, vocabulary);
}

/** Validates rubric bytes read from anywhere (a file, `git show`); `display` names them in messages. */
export function loadRubricBytes(bytes: Uint8Array, display: string, vocabulary: Vocabulary): RubricFileResult {
  const { rubric, problems } = parseRubric(Buffer.from(bytes).toString("utf8"), display, vocabulary);
  const hasErrors = problems.some((p) => p.severity === "error");
  if (!rubric || hasErrors) return { problems };
  return { loaded: { rubric, path: display, sha256: sha256Hex(bytes) }, problems };
}

/** Prints problems to stderr; true when any is an error. */
export function reportProblems(problems: RubricProblem[]): boolean {
  for (const problem of problems) process.stderr.write(formatProblem(problem) + "\n");
  return problems.some((p) => p.severity === "error");
}
