import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { READER_CODE, VALIDATOR_CODE, type CodeSet } from "../../src/run/fingerprint.js";

const SRC = fileURLToPath(new URL("../../src", import.meta.url));
/** Imports that run (type-only ones vanish when built), static or dynamic, of our own modules. */
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+"(\.{1,2}\/[^"]+)"|import\(\s*"(\.{1,2}\/[^"]+)"\s*\)/gm;

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(folder, entry.name)) : entry.name.endsWith(".ts") ? [join(folder, entry.name)] : [],
  );
}

/** "importer -> imported" for every module the set's code imports that the set does not hash. */
function uncovered({ folders, files }: CodeSet): string[] {
  const covered = new Set([...folders.flatMap((folder) => sources(join(SRC, folder))), ...files.map((file) => join(SRC, file.replace(/\.js$/, ".ts")))]);
  const missing: string[] = [];
  for (const file of covered) {
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = resolve(dirname(file), (match[1] ?? match[2])!.replace(/\.js$/, ".ts"));
      if (!covered.has(target)) missing.push(`${relative(SRC, file)} -> ${relative(SRC, target)}`);
    }
  }
  return missing;
}

describe("code fingerprints", () => {
  it.each([
    { name: "reader", code: READER_CODE },
    { name: "validator", code: VALIDATOR_CODE },
  ])("the $name's hash covers every module its code imports, so a change to any of them is a cache miss", ({ code }) => {
    expect(uncovered(code)).toEqual([]);
  });
});
