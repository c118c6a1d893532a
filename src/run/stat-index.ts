// The stat index: what each file hashed to, keyed by what the file system says about it (size, modification
// and change times to the nanosecond, inode, device), so a warm run stats a file instead of reading and hashing
// it. One small index per folder under <cache-dir>/files/, so a batch loads only the folders it screens and
// runs on different folders never write the same file.
//
// Safety rests on the change time (ctime): the kernel sets it to the current time on every write, truncate,
// rename or utimes, and nothing can set it back. An entry is recorded only when the file's times are well
// before a stamp taken before its bytes were read (fs-clock.ts): any later change then moves ctime past the
// recorded one, the identity no longer matches, and the file is read again. A file changed within the
// window around its read is "racily clean", as git calls it: its entry is dropped rather than trusted.
// Like git's index, this assumes the files' clock and the cache's agree to within the window: true on one
// machine; a network file system whose server clock lags by more can weaken it.
import { readFileSync, type BigIntStats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { sha256Hex } from "../hash.js";
import { fileSystemNow } from "./fs-clock.js";
import { writeFileAtomically } from "./atomic-write.js";

export interface StatIndex {
  /** The recorded content hash, when the file still has exactly the identity it had when it was hashed. */
  lookup(path: string, stat: BigIntStats): string | undefined;
  /** Call before reading a file whose hash will be recorded: it fixes the moment later changes are measured from. */
  beforeRead(): void;
  /** Remembers a hash read from the file whose identity (taken before the read) is `stat`. */
  record(path: string, stat: BigIntStats, sha256: string): void;
  /** Writes the folders whose entries changed; a cache that cannot be written only costs speed. */
  save(): void;
}

export interface StatIndexOptions {
  /** The file system's current time in nanoseconds; undefined when it cannot be told (a read-only cache). */
  now?: () => bigint | undefined;
  /** How close to the stamp a file's times may be and still be trusted; covers clocks with 1–2 s granularity. */
  racyWindowNs?: bigint;
}

/** FAT stores times to 2 s, ext3 and HFS+ to 1 s: a change inside one tick can leave the times as they were. */
export const RACY_WINDOW_NS = 2_000_000_000n;
/** Enough for any real folder of résumés; beyond it the entries recorded longest ago go first. */
const MAX_ENTRIES_PER_FOLDER = 50_000;
const SHA256 = /^[0-9a-f]{64}$/;
const VERSION = 1;

type Entry = [identity: string, sha256: string];
interface Folder {
  entries: Map<string, Entry>;
  /** Names recorded (an entry) or dropped (null) in this run, merged into the file on save. */
  changes: Map<string, Entry | null>;
}

/** Everything about a file that changes when its content can have changed. */
export function identityOf(stat: BigIntStats): string {
  return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}:${stat.dev}`;
}

/** True when a change after `stampNs` could leave the file's times as they are now. */
export function isRacilyClean(stat: BigIntStats, stampNs: bigint, windowNs: bigint): boolean {
  const latest = stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs;
  return latest + windowNs >= stampNs;
}

export function openStatIndex(cacheDir: string, options: StatIndexOptions = {}): StatIndex {
  const root = join(cacheDir, "files");
  const now = options.now ?? (() => fileSystemNow(root));
  const windowNs = options.racyWindowNs ?? RACY_WINDOW_NS;
  const folders = new Map<string, Folder>();
  let stamp: bigint | undefined | null = null; // null: not taken yet

  const fileOf = (folder: string) => join(root, `${sha256Hex(folder).slice(0, 32)}.json`);
  const folderOf = (path: string): Folder => {
    const folder = dirname(path);
    let loaded = folders.get(folder);
    if (!loaded) folders.set(folder, (loaded = { entries: loadEntries(fileOf(folder), folder), changes: new Map() }));
    return loaded;
  };

  return {
    lookup(path, stat) {
      const entry = folderOf(path).entries.get(basename(path));
      return entry && entry[0] === identityOf(stat) ? entry[1] : undefined;
    },
    beforeRead() {
      if (stamp === null) stamp = now();
    },
    record(path, stat, sha256) {
      const folder = folderOf(path);
      const name = basename(path);
      const trusted = typeof stamp === "bigint" && !isRacilyClean(stat, stamp, windowNs);
      const entry: Entry | null = trusted ? [identityOf(stat), sha256] : null;
      const known = folder.entries.get(name);
      if (entry ? known?.[0] === entry[0] && known[1] === entry[1] : !known) return; // nothing to write
      if (entry) folder.entries.set(name, entry);
      else folder.entries.delete(name);
      folder.changes.set(name, entry);
    },
    save() {
      for (const [folder, { changes }] of folders) {
        if (changes.size === 0) continue;
        const file = fileOf(folder);
        // Merged into what is on disk now, so a run on the same folder at the same time loses little.
        const entries = loadEntries(file, folder);
        for (const [name, entry] of changes) {
          entries.delete(name); // re-inserted last: the newest entries are the last to be dropped
          if (entry) entries.set(name, entry);
        }
        for (const name of entries.keys()) {
          if (entries.size <= MAX_ENTRIES_PER_FOLDER) break;
          entries.delete(name);
        }
        writeFileAtomically(file, JSON.stringify({ version: VERSION, folder, files: Object.fromEntries(entries) }));
        changes.clear();
      }
    },
  };
}

/** A folder's entries; a missing, damaged or foreign index file is an empty one, and bad entries are left out. */
function loadEntries(file: string, folder: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let parsed: { version?: unknown; folder?: unknown; files?: unknown };
  try {
    parsed = JSON.parse(readFileSync(file, "utf8")) as typeof parsed;
  } catch {
    return entries;
  }
  if (parsed?.version !== VERSION || parsed.folder !== folder || !parsed.files || typeof parsed.files !== "object") return entries;
  for (const [name, entry] of Object.entries(parsed.files as Record<string, unknown>)) {
    if (Array.isArray(entry) && entry.length === 2 && typeof entry[0] === "string" && typeof entry[1] === "string" && SHA256.test(entry[1])) {
      entries.set(name, entry as Entry);
    }
  }
  return entries;
}
