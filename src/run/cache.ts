// The content cache: a file's Resume (or its permanent read error) keyed by the sha256 of its bytes and
// the reader's fingerprint, so a rubric change re-screens a batch without parsing a single file.
// Entries are written atomically and checked on the way back in: a damaged entry is a miss, never trusted.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { IngestError, Result } from "../ingest/document.js";
import type { Resume } from "../read/resume.js";

export type CachedRead = Result<Resume, IngestError>;

/** Errors that depend on this run (time, crashes, limits), not on the bytes: never cached. */
const TRANSIENT = new Set(["TIMEOUT", "INTERNAL", "UNREADABLE"]);

export interface ContentCache {
  get(sha256: string): Promise<CachedRead | undefined>;
  set(sha256: string, value: CachedRead): Promise<void>;
}

export function openCache(dir: string, fingerprint: string): ContentCache {
  const folder = join(dir, "reads", fingerprint.slice(0, 16));
  const pathOf = (sha256: string) => join(folder, sha256.slice(0, 2), `${sha256}.json`);
  return {
    async get(sha256) {
      let text: string;
      try {
        text = await readFile(pathOf(sha256), "utf8");
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
    async set(sha256, value) {
      if (!value.ok && TRANSIENT.has(value.error.code)) return;
      const target = pathOf(sha256);
      try {
        await mkdir(join(folder, sha256.slice(0, 2)), { recursive: true });
        const temp = `${target}.${process.pid}.tmp`;
        await writeFile(temp, JSON.stringify({ sha256, fingerprint, value }));
        await rename(temp, target);
      } catch {
        // A cache that cannot be written (read-only home, full disk) only costs speed.
      }
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
