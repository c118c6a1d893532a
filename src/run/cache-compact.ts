// Packs accumulate, one per run that read new files. Once a folder holds more than a few dozen settled packs
// (none written to for an hour, so no run is still filling them), the run that notices folds them into one:
// the newest entry of each hash is copied, then the old packs are removed. Runs reading at the same time
// keep the files they have open (unlinked files stay readable); one that had not opened a pack yet finds it
// gone, and reads that file again. Entries are copied as they are: they are checked when read, as always.
import { randomBytes } from "node:crypto";
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";

/** More settled packs than this in one folder, and they are folded into one. */
export const MAX_SETTLED_PACKS = 32;
/** A pack untouched for this long is no longer being written by any run. */
export const SETTLED_AFTER_MS = 60 * 60 * 1000;
const INDEX_LINE = /^([0-9a-f]{64}) (\d+) (\d+)$/;

/** Folds the folder's settled packs into one when there are too many; returns how many it folded. Never throws. */
export function compactPacks(folder: string, nowMs: number, keep: ReadonlySet<string> = new Set()): number {
  try {
    const settled = readdirSync(folder)
      .filter((name) => name.endsWith(".index"))
      .map((name) => name.slice(0, -".index".length))
      .filter((pack) => !keep.has(pack) && isSettled(folder, pack, nowMs))
      .sort();
    if (settled.length <= MAX_SETTLED_PACKS) return 0;
    fold(folder, settled);
    for (const pack of settled) {
      removeQuietly(join(folder, `${pack}.index`));
      removeQuietly(join(folder, `${pack}.entries`));
    }
    return settled.length;
  } catch {
    return 0;
  }
}

function isSettled(folder: string, pack: string, nowMs: number): boolean {
  try {
    const latest = Math.max(statSync(join(folder, `${pack}.index`)).mtimeMs, statSync(join(folder, `${pack}.entries`)).mtimeMs);
    return nowMs - latest >= SETTLED_AFTER_MS;
  } catch {
    return false;
  }
}

/** Writes the newest entry of every hash in `packs` to a new pack, entries before index as always. */
function fold(folder: string, packs: string[]): void {
  const newest = new Map<string, { pack: string; offset: number; length: number }>();
  for (const pack of packs) {
    for (const line of readFileSync(join(folder, `${pack}.index`), "latin1").split("\n")) {
      const m = INDEX_LINE.exec(line);
      if (m) newest.set(m[1]!, { pack, offset: Number(m[2]), length: Number(m[3]) });
    }
  }
  const name = `${process.pid}-${randomBytes(6).toString("hex")}`;
  const entriesPath = join(folder, `${name}.entries`);
  const entriesFd = openSync(entriesPath, "wx");
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
      index += `${sha256} ${offset} ${place.length}\n`;
      offset += buffer.length;
    }
    writeFileSync(join(folder, `${name}.index`), index, { flag: "wx" });
  } catch (error) {
    removeQuietly(entriesPath);
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
      fd = openSync(join(folder, `${pack}.entries`), "r");
    } catch {
      fd = null;
    }
    handles.set(pack, fd);
  }
  return fd;
}

function writeAll(fd: number, bytes: Buffer, position: number): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
