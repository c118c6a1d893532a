// The reader's fingerprint: a hash of the code that turns bytes into a Resume, the vocabulary and the
// limits that change what is read. Any change to one of them makes every cached read a miss.
import { createHash, type Hash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extname, join } from "node:path";
import type { IngestLimits } from "../ingest/document.js";

const DIST = fileURLToPath(new URL("..", import.meta.url));
/** ".js" as built; ".ts" where the sources run as they are (the tests). Code sets name their files ".js". */
const EXT = extname(fileURLToPath(import.meta.url));

/** Folders and files of the built code, relative to dist/. */
export interface CodeSet {
  folders: string[];
  files: string[];
}

/**
 * The code a reading depends on: every module it runs, those it imports from outside its folders included
 * (a test holds each set to everything its modules import).
 */
export const READER_CODE: CodeSet = { folders: ["ingest", "read"], files: ["run/read-one.js", "remembered.js"] };
/** The code a validated rubric depends on: the validator and the reading helpers it checks terms with. */
export const VALIDATOR_CODE: CodeSet = { folders: ["rubric", "read"], files: ["remembered.js"] };

export function readerFingerprint(vocabularyText: string, limits: IngestLimits): string {
  const hash = hashOfCode(READER_CODE);
  hash.update(vocabularyText).update("\0");
  hash.update(JSON.stringify({ maxPages: limits.maxPages, maxPartBytes: limits.maxPartBytes, ocr: limits.ocr }));
  return hash.digest("hex");
}

/** A hash of the code that validates rubrics: a remembered rubric is only good for the validator that passed it. */
export function validatorFingerprint(): string {
  return hashOfCode(VALIDATOR_CODE).digest("hex");
}

/**
 * A hash fed with the code's files, to be fed more and digested. The files are read and hashed once per
 * process (the code does not change while it runs), though a batch asks for its fingerprint more than once.
 */
function hashOfCode({ folders, files }: CodeSet): Hash {
  const key = [...folders, "", ...files].join("\0");
  let hash = codeHashes.get(key);
  if (!hash) {
    hash = createHash("sha256");
    const named = files.map((file) => file.replace(/\.js$/, EXT));
    const all = [...folders.flatMap((folder) => listCode(join(DIST, folder)).map((name) => join(folder, name))), ...named].sort();
    for (const file of all) {
      hash.update(file).update("\0");
      hash.update(readFileSync(join(DIST, file))).update("\0");
    }
    codeHashes.set(key, hash);
  }
  return hash.copy();
}

const codeHashes = new Map<string, Hash>();

function listCode(folder: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...listCode(join(folder, entry.name), join(prefix, entry.name)));
    else if (entry.name.endsWith(EXT)) out.push(join(prefix, entry.name));
  }
  return out;
}
