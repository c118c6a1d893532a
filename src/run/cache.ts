// The content cache: a file's Resume (or its permanent read error) keyed by the sha256 of its bytes and
// the reader's fingerprint, so a rubric change re-screens a batch without parsing a single file.
// Entries are written atomically and checked on the way back in: a damaged entry is a miss, never trusted.
// Reads are synchronous: an entry is a few kilobytes, and a warm run reads one per file, where a trip through
// the thread pool costs more than the read itself.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { IngestError, Result } from "../ingest/document.js";
import type { Resume } from "../read/resume.js";
import { asciiJson } from "./ascii-json.js";
import { writeFileAtomicallyInBackground } from "./atomic-write.js";

export type CachedRead = Result<Resume, IngestError>;

/** Errors that depend on this run (time, crashes, limits), not on the bytes: never cached. */
const TRANSIENT = new Set(["TIMEOUT", "INTERNAL", "UNREADABLE"]);

export interface ContentCache {
  get(sha256: string): CachedRead | undefined;
  /**
   * A cache that cannot be written (read-only home, full disk) only costs speed: never throws. `json` is
   * asciiJson(value) when the caller already has it (workers send it), saving a second serialisation.
   */
  set(sha256: string, value: CachedRead, json?: string): void;
  /** Resolves when every entry set so far is written (or has failed to be). */
  flush(): Promise<void>;
}

export function openCache(dir: string, fingerprint: string): ContentCache {
  const folder = join(dir, "reads", fingerprint.slice(0, 16));
  // Entries are written in the background (see atomic-write.ts); these are the writes not yet done.
  const writing = new Set<Promise<unknown>>();
  const pathOf = (sha256: string) => join(folder, sha256.slice(0, 2), `${sha256}.json`);
  return {
    get(sha256) {
      let text: string;
      try {
        text = readFileSync(pathOf(sha256), "utf8");
      } catch {
        return undefined;
      }
      try {
        const entry = JSON.parse(text) as { sha256?: string; fingerprint?: string; value?: CachedRead };
        if (entry.sha256 !== sha256 || entry.fingerprint !== fingerprint || !isRead(entry.value)) return undefined;
        return entry.value;
      } catch {
        return undefined;
      }
    },
    set(sha256, value, json) {
      if (!value.ok && TRANSIENT.has(value.error.code)) return;
      // The same text asciiJson({ sha256, fingerprint, value }) writes, built around the value's own.
      const entry = `{"sha256":${asciiJson(sha256)},"fingerprint":${asciiJson(fingerprint)},"value":${json ?? asciiJson(value)}}`;
      const write = writeFileAtomicallyInBackground(pathOf(sha256), entry);
      writing.add(write);
      void write.then(() => writing.delete(write));
    },
    async flush() {
      await Promise.all([...writing]);
    },
  };
}

function isRead(value: unknown): value is CachedRead {
  if (!value || typeof value !== "object") return false;
  const v = value as { ok?: unknown; value?: Partial<Resume>; error?: Partial<IngestError> };
  if (v.ok === true) return !!v.value && Array.isArray(v.value.lines) && Array.isArray(v.value.periods) && Array.isArray(v.value.skills);
  if (v.ok === false) return !!v.error && typeof v.error.code === "string" && typeof v.error.message === "string";
  return false;
}
