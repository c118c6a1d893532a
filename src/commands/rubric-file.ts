// Reads a rubric file (or the bundled default) and validates it against the vocabulary. The validator (and the
// YAML parser under it) is loaded only when the rubric is not already known to the cache.
import { readFile } from "node:fs/promises";
import { formatProblem } from "../rubric/problem-format.js";
import type { LoadedRubric, RubricProblem } from "../rubric/types.js";
import { cachedRubric, rememberRubric } from "../run/rubric-cache.js";
import { validatorFingerprint } from "../run/fingerprint.js";
import { BUNDLED_RUBRIC, packagePath, sha256Hex, type LoadedVocabulary } from "./environment.js";

export interface RubricFileResult {
  loaded?: LoadedRubric;
  problems: RubricProblem[];
}

/** `cacheDir`: where validated rubrics are remembered; none, and every rubric is validated afresh. */
export async function loadRubricFile(given: string | undefined, vocabulary: LoadedVocabulary, cacheDir?: string): Promise<RubricFileResult> {
  const display = given ?? BUNDLED_RUBRIC;
  let bytes: Buffer;
  try {
    bytes = await readFile(given ?? packagePath(BUNDLED_RUBRIC));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    return { problems: [{ file: display, line: 1, column: 1, message: `cannot read the rubric: ${reason}`, severity: "error" }] };
  }
  return loadRubricBytes(bytes, display, vocabulary, cacheDir);
}

/** Validates rubric bytes read from anywhere (a file, `git show`); `display` names them in messages. */
export async function loadRubricBytes(bytes: Uint8Array, display: string, vocabulary: LoadedVocabulary, cacheDir?: string): Promise<RubricFileResult> {
  const sha256 = sha256Hex(bytes);
  // What a validation depends on: the text, the vocabulary it names skills from, and the validator itself.
  const cache = cacheDir ? { dir: cacheDir, key: sha256Hex(`${validatorFingerprint()}\u0000${vocabulary.sha256}\u0000${sha256}`) } : undefined;
  const known = cache && cachedRubric(cache.dir, cache.key);
  if (known) {
    return { loaded: { rubric: known.rubric, path: display, sha256 }, problems: known.warnings.map((w) => ({ file: display, ...w })) };
  }
  const { parseRubric } = await import("../rubric/load.js");
  const { rubric, problems } = parseRubric(Buffer.from(bytes).toString("utf8"), display, vocabulary.parsed);
  const hasErrors = problems.some((p) => p.severity === "error");
  if (!rubric || hasErrors) return { problems };
  if (cache) rememberRubric(cache.dir, cache.key, { rubric, warnings: problems.map(({ file: _file, ...rest }) => rest) });
  return { loaded: { rubric, path: display, sha256 }, problems };
}

/** Prints problems to stderr; true when any is an error. */
export function reportProblems(problems: RubricProblem[]): boolean {
  for (const problem of problems) process.stderr.write(formatProblem(problem) + "\n");
  return problems.some((p) => p.severity === "error");
}
