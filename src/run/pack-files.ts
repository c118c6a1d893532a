// The files of a pack and the format of its index, shared by the runs that write packs (cache-pack.ts) and the
// one that folds them (cache-compact.ts). A pack NAME is NAME.entries, its entries' text one after another,
// and NAME.index, a line per entry: "<sha256> <offset> <length>".
import { randomBytes } from "node:crypto";
import { closeSync, readdirSync, writeSync } from "node:fs";
import { join } from "node:path";

export interface IndexEntry {
  sha256: string;
  offset: number;
  length: number;
}

const INDEX_LINE = /^([0-9a-f]{64}) (\d+) (\d+)$/;
const INDEX = ".index";

export const entriesPath = (folder: string, pack: string): string => join(folder, `${pack}.entries`);
export const indexPath = (folder: string, pack: string): string => join(folder, `${pack}${INDEX}`);

/** The folder's packs by name, sorted; none when it does not exist yet. */
export function packNames(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => name.endsWith(INDEX)).map((name) => name.slice(0, -INDEX.length)).sort();
  } catch {
    return [];
  }
}

/** A name no other run or thread picks: the process id and random bytes. */
export function newPackName(): string {
  return `${process.pid}-${randomBytes(6).toString("hex")}`;
}

export function indexLine({ sha256, offset, length }: IndexEntry): string {
  return `${sha256} ${offset} ${length}\n`;
}

/** The index's well-formed lines; a torn or damaged line is left out. */
export function* indexEntries(text: string): Generator<IndexEntry> {
  for (const line of text.split("\n")) {
    const m = INDEX_LINE.exec(line);
    if (m) yield { sha256: m[1]!, offset: Number(m[2]), length: Number(m[3]) };
  }
}

/** Writes all of `bytes`, at `position` or, without one, where the file stands. */
export function writeAll(fd: number, bytes: Buffer, position?: number): void {
  for (let done = 0; done < bytes.length; ) {
    done += writeSync(fd, bytes, done, bytes.length - done, position === undefined ? null : position + done);
  }
}

export function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}
