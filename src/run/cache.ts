// The content cache: a file's Resume (or its permanent read error) keyed by the sha256 of its bytes and
// the reader's fingerprint, so a rubric change re-screens a batch without parsing a single file.
//
// Entries live in packs (cache-pack.ts): each run that reads new files appends their entries to a pack of its
// own, so runs never write the same file, and a batch costs a couple of files instead of one per résumé —
// creating a thousand small files took longer than everything else the main thread does in a cold batch.
// Every entry names its own hash and fingerprint and is checked on the way back in: a damaged entry is a
// miss, never trusted, and the file is read again and its entry written anew.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { IngestError, Result } from "../ingest/document.js";
import type { Resume } from "../read/resume.js";
import { asciiJson, isAscii } from "./ascii-json.js";
import { PackShelf } from "./cache-pack.js";

export type CachedRead = Result<Resume, IngestError>;

/** Errors that depend on this run (time, crashes, limits), not on the bytes: never cached. */
const TRANSIENT = new Set(["TIMEOUT", "INTERNAL", "UNREADABLE"]);

export interface ContentCache {
  /** Synchronous: an entry is a few kilobytes, and a warm run reads one per file. */
  get(sha256: string): CachedRead | undefined;
  /**
   * A cache that cannot be written (read-only home, full disk) only costs speed: never throws. `json` is
   * asciiJson(value) when the caller already has it (workers send it), saving a second serialisation.
   */
  set(sha256: string, value: CachedRead, json?: string): void;
  /** Writes every entry set so far (or gives up on them), and lets go of open files. */
  flush(): Promise<void>;
}

const packsOf = (dir: string, fingerprint: string): string => join(dir, "packs", fingerprint.slice(0, 16));

/** Whether the cache holds no reading by this reader at all: then every file of a batch must be read. */
export function holdsNothingFor(dir: string, fingerprint: string): boolean {
  return !existsSync(packsOf(dir, fingerprint));
}

export function openCache(dir: string, fingerprint: string): ContentCache {
  const shelf = new PackShelf(packsOf(dir, fingerprint));
  return {
    get(sha256) {
      // Newest first: an entry written again after damage is found before the damaged one.
      for (const text of shelf.entries(sha256)) {
        const value = verified(text, sha256, fingerprint);
        if (value) return value;
      }
      return undefined;
    },
    set(sha256, value, json) {
      if (!value.ok && TRANSIENT.has(value.error.code)) return;
      // The same text asciiJson({ sha256, fingerprint, value }) writes, built around the value's own. Packs
      // hold ASCII only; a caller's text that is not gets written again.
      const valueJson = json !== undefined && isAscii(json) ? json : asciiJson(value);
      shelf.add(sha256, `{"sha256":${asciiJson(sha256)},"fingerprint":${asciiJson(fingerprint)},"value":${valueJson}}`);
    },
    async flush() {
      shelf.close();
    },
  };
}

function verified(text: string, sha256: string, fingerprint: string): CachedRead | undefined {
  try {
    const entry = JSON.parse(text) as { sha256?: string; fingerprint?: string; value?: CachedRead };
    if (entry.sha256 !== sha256 || entry.fingerprint !== fingerprint || !isRead(entry.value)) return undefined;
    return entry.value;
  } catch {
    return undefined;
  }
}

function isRead(value: unknown): value is CachedRead {
  if (!value || typeof value !== "object") return false;
  const v = value as { ok?: unknown; value?: Partial<Resume>; error?: Partial<IngestError> };
  if (v.ok === true) return !!v.value && Array.isArray(v.value.lines) && Array.isArray(v.value.periods) && Array.isArray(v.value.skills);
  if (v.ok === false) return !!v.error && typeof v.error.code === "string" && typeof v.error.message === "string";
  return false;
}
