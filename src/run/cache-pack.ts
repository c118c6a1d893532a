// Packs: many cache entries in one file. A pack is two files in the cache folder: NAME.entries, the entries'
// text one after another, and NAME.index, a line per entry ("<sha256> <offset> <length>"). A run writes only
// packs it created (the name carries its process id and random bytes), appends each index line only after
// the entry it points to is written, and reads other runs' packs as they are. So runs can share a folder
// without locks: a reader sees an entry whole or not at all, and a torn or damaged one fails the caller's
// check and is read again. Entries are ASCII (asciiJson), so reading them back is a latin1 decode.
import { randomBytes } from "node:crypto";
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, writeSync } from "node:fs";
import { compactPacks } from "./cache-compact.js";
import { join } from "node:path";

interface Location {
  pack: string;
  offset: number;
  length: number;
}

const INDEX_LINE = /^([0-9a-f]{64}) (\d+) (\d+)$/;
/**
 * Entries are written once this much text is waiting, and at the end: a write per handful of entries. Larger
 * batches make larger strings, and a 10,000-file batch's main thread then grew its heap by a fifth.
 */
const WRITE_AT_BYTES = 1 << 16;
/** An entry is a few kilobytes; anything claiming more than this is damage, not an entry. */
const MAX_ENTRY_BYTES = 256 << 20;
/** Read handles kept open at once; a folder with more packs than this reopens them as needed. */
const MAX_OPEN_PACKS = 64;
const NOT_ASCII = /[^\x00-\x7f]/;

export class PackShelf {
  /** Every entry's places, oldest first; loaded at the first lookup. */
  private places?: Map<string, Location[]>;
  private readonly open = new Map<string, number>();
  private writing?: { pack: string; entriesFd: number; indexFd: number; offset: number };
  private waiting: { sha256: string; text: string }[] = [];
  private waitingBytes = 0;
  private writable = true;
  private scratch = Buffer.allocUnsafe(64 * 1024);

  constructor(private readonly folder: string) {}

  /** The stored texts for `sha256`, newest first; the caller checks each. */
  *entries(sha256: string): Generator<string> {
    for (let i = this.waiting.length - 1; i >= 0; i--) if (this.waiting[i]!.sha256 === sha256) yield this.waiting[i]!.text;
    const places = this.loadPlaces().get(sha256) ?? [];
    for (let i = places.length - 1; i >= 0; i--) {
      const text = this.read(places[i]!);
      if (text !== undefined) yield text;
    }
  }

  /** `text` must be ASCII. */
  add(sha256: string, text: string): void {
    if (!this.writable) return;
    this.waiting.push({ sha256, text });
    this.waitingBytes += text.length + 1;
    if (this.waitingBytes >= WRITE_AT_BYTES) this.write();
  }

  /** Writes what is waiting and closes every file; a later add starts a new pack. */
  close(): void {
    this.write();
    for (const fd of this.open.values()) closeQuietly(fd);
    this.open.clear();
    if (!this.writing) return;
    const { pack, entriesFd, indexFd } = this.writing;
    closeQuietly(entriesFd);
    closeQuietly(indexFd);
    this.writing = undefined;
    // This run added a pack: the moment to see whether the folder has too many. The pack's own time, just
    // written, is "now" on the file system's clock, the clock the other packs' times come from.
    const now = writtenAt(join(this.folder, `${pack}.index`));
    if (now !== undefined && compactPacks(this.folder, now, new Set([pack])) > 0) this.places = undefined;
  }

  private loadPlaces(): Map<string, Location[]> {
    if (this.places) return this.places;
    const places = new Map<string, Location[]>();
    let names: string[] = [];
    try {
      names = readdirSync(this.folder).filter((name) => name.endsWith(".index")).sort();
    } catch {
      // No folder yet: nothing cached.
    }
    for (const name of names) {
      let text: string;
      try {
        text = readFileSync(join(this.folder, name), "latin1");
      } catch {
        continue;
      }
      const pack = name.slice(0, -".index".length);
      for (const line of text.split("\n")) {
        const m = INDEX_LINE.exec(line);
        if (!m) continue;
        const location = { pack, offset: Number(m[2]), length: Number(m[3]) };
        if (location.length > MAX_ENTRY_BYTES) continue;
        const list = places.get(m[1]!);
        if (list) list.push(location);
        else places.set(m[1]!, [location]);
      }
    }
    this.places = places;
    return places;
  }

  private read(location: Location): string | undefined {
    try {
      const fd = this.handle(location.pack);
      // A damaged index line can claim any length: nothing is allocated for text the pack does not hold.
      if (location.offset + location.length > fstatSync(fd).size) return undefined;
      // One buffer serves every read (the text is copied out of it): a warm batch reads thousands of entries.
      if (this.scratch.length < location.length) this.scratch = Buffer.allocUnsafe(Math.max(location.length, 2 * this.scratch.length));
      if (readSync(fd, this.scratch, 0, location.length, location.offset) !== location.length) return undefined;
      const text = this.scratch.toString("latin1", 0, location.length);
      return NOT_ASCII.test(text) ? undefined : text;
    } catch {
      return undefined;
    }
  }

  private handle(pack: string): number {
    const known = this.open.get(pack) ?? (this.writing?.pack === pack ? this.writing.entriesFd : undefined);
    if (known !== undefined) return known;
    if (this.open.size >= MAX_OPEN_PACKS) {
      for (const fd of this.open.values()) closeQuietly(fd);
      this.open.clear();
    }
    const fd = openSync(join(this.folder, `${pack}.entries`), "r");
    this.open.set(pack, fd);
    return fd;
  }

  /** Entries first, then their index lines: an index line never points at text not yet written. */
  private write(): void {
    if (this.waiting.length === 0) return;
    const batch = this.waiting;
    this.waiting = [];
    this.waitingBytes = 0;
    try {
      const target = (this.writing ??= this.startPack());
      let text = "";
      let index = "";
      let offset = target.offset;
      for (const { sha256, text: entry } of batch) {
        text += `${entry}\n`;
        index += `${sha256} ${offset} ${entry.length}\n`;
        offset += entry.length + 1;
      }
      const bytes = Buffer.from(text, "latin1");
      writeAll(target.entriesFd, bytes, target.offset);
      writeAll(target.indexFd, Buffer.from(index, "latin1"));
      const places = this.loadPlaces();
      offset = target.offset;
      for (const { sha256, text: entry } of batch) {
        const location = { pack: target.pack, offset, length: entry.length };
        const list = places.get(sha256);
        if (list) list.push(location);
        else places.set(sha256, [location]);
        offset += entry.length + 1;
      }
      target.offset = offset;
    } catch {
      // A cache that cannot be written (read-only, full disk) only costs speed; stop trying for this run.
      this.writable = false;
    }
  }

  private startPack(): { pack: string; entriesFd: number; indexFd: number; offset: number } {
    mkdirSync(this.folder, { recursive: true });
    const pack = `${process.pid}-${randomBytes(6).toString("hex")}`;
    const entriesFd = openSync(join(this.folder, `${pack}.entries`), "wx+");
    let indexFd: number;
    try {
      indexFd = openSync(join(this.folder, `${pack}.index`), "wx");
    } catch (error) {
      closeQuietly(entriesFd);
      throw error;
    }
    return { pack, entriesFd, indexFd, offset: 0 };
  }
}

function writeAll(fd: number, bytes: Buffer, position?: number): void {
  let done = 0;
  while (done < bytes.length) {
    done += writeSync(fd, bytes, done, bytes.length - done, position === undefined ? null : position + done);
  }
}

function writtenAt(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}
