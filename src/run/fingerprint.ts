// The reader's fingerprint: a hash of the code that turns bytes into a Resume, the vocabulary and the
// limits that change what is read. Any change to one of them makes every cached read a miss.
import { createHash, type Hash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { IngestLimits } from "../ingest/document.js";

const DIST = fileURLToPath(new URL("..", import.meta.url));
const READER_FOLDERS = ["ingest", "read"];
const READER_FILES = ["run/read-one.js"];

export function readerFingerprint(vocabularyText: string, limits: IngestLimits): string {
  const hash = hashOfCode(READER_FOLDERS, READER_FILES);
  hash.update(vocabularyText).update("\0");
  hash.update(JSON.stringify({ maxPages: limits.maxPages, maxPartBytes: limits.maxPartBytes, ocr: limits.ocr }));
  return hash.digest("hex");
}

/** A hash of the code that validates rubrics: a remembered rubric is only good for the validator that passed it. */
export function validatorFingerprint(): string {
  return hashOfCode(["rubric"], []).digest("hex");
}

/**
 * A hash fed with the code's files, to be fed more and digested. The files are read and hashed once per
 * process (the code does not change while it runs), though a batch asks for its fingerprint more than once.
 */
function hashOfCode(folders: string[], files: string[]): Hash {
  const key = [...folders, "", ...files].join("\0");
  let hash = codeHashes.get(key);
  if (!hash) {
    hash = createHash("sha256");
    const all = [...folders.flatMap((folder) => listJs(join(DIST, folder)).map((name) => join(folder, name))), ...files].sort();
    for (const file of all) {
      hash.update(file).update("\0");
      hash.update(readFileSync(join(DIST, file))).update("\0");
    }
    codeHashes.set(key, hash);
  }
  return hash.copy();
}

const codeHashes = new Map<string, Hash>();

function listJs(folder: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...listJs(join(folder, entry.name), join(prefix, entry.name)));
    else if (entry.name.endsWith(".js")) out.push(join(prefix, entry.name));
  }
  return out;
}
