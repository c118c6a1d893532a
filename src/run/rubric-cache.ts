// Validated rubrics by the hash of their text (with the validator's code and the vocabulary's hash), so a
// re-screen does not load the YAML parser nor validate the same rubric again: together ~60 ms, a tenth of
// re-screening a thousand cached résumés. Only rubrics without errors are kept; their warnings are kept
// with them, to be shown again. An entry that is damaged or not for this key is a miss, never trusted.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Rubric, RubricProblem } from "../rubric/types.js";
import { writeFileAtomically } from "./atomic-write.js";

export interface CachedRubric {
  rubric: Rubric;
  /** Warnings, without the file they were found in: the same text may be read under another name. */
  warnings: Omit<RubricProblem, "file">[];
}

const KEY = /^[0-9a-f]{64}$/;

const pathOf = (dir: string, key: string) => join(dir, "rubrics", `${key}.json`);

export function cachedRubric(dir: string, key: string): CachedRubric | undefined {
  if (!KEY.test(key)) return undefined;
  try {
    const entry = JSON.parse(readFileSync(pathOf(dir, key), "utf8")) as { key?: unknown; rubric?: Partial<Rubric>; warnings?: unknown };
    const { rubric, warnings } = entry;
    if (entry.key !== key || !rubric || typeof rubric.id !== "string" || typeof rubric.name !== "string" || !Array.isArray(rubric.checks)) return undefined;
    if (!Array.isArray(warnings) || !warnings.every(isWarning)) return undefined;
    return { rubric: rubric as Rubric, warnings };
  } catch {
    return undefined;
  }
}

/** A cache that cannot be written only costs speed. */
export function rememberRubric(dir: string, key: string, value: CachedRubric): void {
  if (KEY.test(key)) writeFileAtomically(pathOf(dir, key), JSON.stringify({ key, ...value }));
}

function isWarning(value: unknown): value is Omit<RubricProblem, "file"> {
  const w = value as Partial<RubricProblem> | null;
  return !!w && w.severity === "warning" && typeof w.message === "string" && typeof w.line === "number" && typeof w.column === "number";
}
