// Packs accumulate, one per run that read new files. Once a folder holds more than a few dozen settled packs
// (none written to for an hour, so no run is still filling them), the run that notices folds them into one:
// the newest entry of each hash is copied, then the old packs are removed. Runs reading at the same time
// keep the files they have open (unlinked files stay readable); one that had not opened a pack yet finds it
// gone, and reads that file again. Entries are copied as they are: they are checked when read, as always.
import { closeSync, openSync, readFileSync, readSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { entriesPath, indexEntries, indexLine, indexPath, newPackName, packNames, writeAll, type IndexEntry } from "./pack-files.js";

/** More settled packs than this in one folder, and they are folded into one. */
export const MAX_SETTLED_PACKS = 32;
/** A pack untouched for this long is no longer being written by any run. */
export const SETTLED_AFTER_MS = 60 * 60 * 1000;

/** Folds the folder's settled packs into one when there are too many; returns how many it folded. Never throws. */
export function compactPacks(folder: string, nowMs: number, keep: ReadonlySet<string> = new Set()): number {
  try {
    const settled = packNames(folder).filter((pack) => !keep.has(pack) && isSettled(folder, pack, nowMs));
    if (settled.length <= MAX_SETTLED_PACKS) return 0;
    fold(folder, settled);
    for (const pack of settled) {
      removeQuietly(indexPath(folder, pack));
      removeQuietly(entriesPath(folder, pack));
    }
    return settled.length;
  } catch {
    return 0;
  }
}

function isSettled(folder: string, pack: string, nowMs: number): boolean {
  try {
    const latest = Math.max(statSync(indexPath(folder, pack)).mtimeMs, statSync(entriesPath(folder, pack)).mtimeMs);
    return nowMs - latest >= SETTLED_AFTER_MS;
  } catch {
    return false;
  }
}

/** Writes the newest entry of every hash in `packs` to a new pack, entries before index as always. */
function fold(folder: string, packs: string[]): void {
  const newest = new Map<string, IndexEntry & { pack: string }>();
  for (const pack of packs) {
    for (const entry of indexEntries(readFileSync(indexPath(folder, pack), "latin1"))) newest.set(entry.sha256, { ...entry, pack });
  }
  const name = newPackName();
  const target = entriesPath(folder, name);
  const entriesFd = openSync(target, "wx");
  const handles = new Map<string, number | null>();
  let index = "";
  let offset = 0;
  try {
    for (const [sha256, place] of newest) {
      const fd = handleOf(folder, place.pack, handles);
      if (fd === null) continue;
      const buffer = Buffer.allocUnsafe(place.length + 1);
      if (readSync(fd, buffer, 0, place.length, place.offset) !== place.length) continue;
      buffer[place.length] = 0x0a;
      writeAll(entriesFd, buffer, offset);
      index += indexLine({ sha256, offset, length: place.length });
      offset += buffer.length;
    }
    writeFileSync(indexPath(folder, name), index, { flag: "wx" });
  } catch (error) {
    removeQuietly(target);
    throw error;
  } finally {
    closeSync(entriesFd);
    for (const fd of handles.values()) if (fd !== null) closeSync(fd);
  }
}

/** An open pack, or null when it cannot be opened (removed meanwhile): its entries are left out. */
function handleOf(folder: string, pack: string, handles: Map<string, number | null>): number | null {
  let fd = handles.get(pack);
  if (fd === undefined) {
    try {
      fd = openSync(entriesPath(folder, pack), "r");
    } catch {
      fd = null;
    }
    handles.set(pack, fd);
  }
  return fd;
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
