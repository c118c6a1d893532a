// Byte-for-byte comparison with a file under test/report/golden/. With `update` the file is (re)written instead;
// the test decides that from UPDATE_GOLDEN, so a changed output never rewrites its expectation by accident.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), "golden");

export type GoldenResult = { status: "updated" } | { status: "missing" } | { status: "compared"; expected: string };

export function readOrUpdateGolden(name: string, actual: string, update: boolean): GoldenResult {
  const path = join(GOLDEN_DIR, name);
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual, "utf8");
    return { status: "updated" };
  }
  if (!existsSync(path)) return { status: "missing" };
  return { status: "compared", expected: readFileSync(path, "utf8") };
}
