// Packs: many cache entries in one file (pack-files.ts has their layout). A run writes only
// packs it created (the name carries its process id and random bytes), appends each index line only after
// the entry it points to is written, and reads other runs' packs as they are. So runs can share a folder
// without locks: a reader sees an entry whole or not at all, and a torn or damaged one fails the caller's
// check and is read again. Entries are ASCII (asciiJson), so reading them back is a latin1 decode.
import { isAscii } from "node:buffer";
import { fstatSync, mkdirSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { compactPacks } from "./cache-compact.js";
import { closeQuietly, entriesPath, indexEntries, indexLine, indexPath, newPackName, packNames, writeAll } from "./pack-files.js";

interface Location {
  pack: string;
  offset: number;
  length: number;
}

/**
 * Entries are written once this much text is waiting, and at the end: a write per handful of entries. Larger
 * batches make larger strings, and a 10,000-file batch's main thread then grew its heap by a fifth.
 */
const WRITE_AT_BYTES = 1 << 16;
/** An entry is a few kilobytes; anything claiming more than this is damage, not an entry. */
const MAX_ENTRY_BYTES = 256 << 20;
/** Read handles kept open at once; a folder with more packs than this reopens them as needed. */
const MAX_OPEN_PACKS = 64;

export class PackShelf {
  /** Every entry's places, oldest first; loaded at the first lookup. */
  private places?: Map<string, Location[]>;
  private readonly open = new Map<string, number>();
  /** Each pack's size when last looked at: packs only grow, so a size is asked again only when an entry lies past it. */
  private readonly sizes = new Map<string, number>();
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
    const now = writtenAt(indexPath(this.folder, pack));
    if (now !== undefined && compactPacks(this.folder, now, new Set([pack])) > 0) this.places = undefined;
  }

  private loadPlaces(): Map<string, Location[]> {
    if (this.places) return this.places;
    this.places = new Map();
    for (const pack of packNames(this.folder)) {
      let text: string;
      try {
        text = readFileSync(indexPath(this.folder, pack), "latin1");
      } catch {
        continue;
      }
      for (const { sha256, offset, length } of indexEntries(text)) {
        if (length <= MAX_ENTRY_BYTES) this.place(sha256, { pack, offset, length });
      }
    }
    return this.places;
  }

  private place(sha256: string, location: Location): void {
    const places = this.loadPlaces();
    const list = places.get(sha256);
    if (list) list.push(location);
    else places.set(sha256, [location]);
  }

  private read(location: Location): string | undefined {
    try {
      const fd = this.handle(location.pack);
      const end = location.offset + location.length;
      // A damaged index line can claim any length: nothing is allocated for text the pack does not hold.
      if (end > this.sizeOf(location.pack, fd, end)) return undefined;
      // One buffer serves every read (the text is copied out of it): a warm batch reads thousands of entries.
      if (this.scratch.length < location.length) this.scratch = Buffer.allocUnsafe(Math.max(location.length, 2 * this.scratch.length));
      if (readSync(fd, this.scratch, 0, location.length, location.offset) !== location.length) return undefined;
      const bytes = this.scratch.subarray(0, location.length);
      return isAscii(bytes) ? bytes.toString("latin1") : undefined;
    } catch {
      return undefined;
    }
  }

  /** The pack's size, asked of the file system again only when `end` lies past the size last seen. */
  private sizeOf(pack: string, fd: number, end: number): number {
    const seen = this.sizes.get(pack);
    if (seen !== undefined && end <= seen) return seen;
    const size = fstatSync(fd).size;
    this.sizes.set(pack, size);
    return size;
  }

  private handle(pack: string): number {
    const known = this.open.get(pack) ?? (this.writing?.pack === pack ? this.writing.entriesFd : undefined);
    if (known !== undefined) return known;
    if (this.open.size >= MAX_OPEN_PACKS) {
      for (const fd of this.open.values()) closeQuietly(fd);
      this.open.clear();
    }
    const fd = openSync(entriesPath(this.folder, pack), "r");
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
      let offset = target.offset;
      const written = batch.map(({ sha256, text: entry }) => {
        text += `${entry}\n`;
        const at = { sha256, offset, length: entry.length };
        offset += entry.length + 1;
        return at;
      });
      writeAll(target.entriesFd, Buffer.from(text, "latin1"), target.offset);
      writeAll(target.indexFd, Buffer.from(written.map(indexLine).join(""), "latin1"));
      for (const { sha256, ...at } of written) this.place(sha256, { pack: target.pack, ...at });
      target.offset = offset;
    } catch {
      // A cache that cannot be written (read-only, full disk) only costs speed; stop trying for this run.
      this.writable = false;
    }
  }

  private startPack(): { pack: string; entriesFd: number; indexFd: number; offset: number } {
    mkdirSync(this.folder, { recursive: true });
    const pack = newPackName();
    const entriesFd = openSync(entriesPath(this.folder, pack), "wx+");
    let indexFd: number;
    try {
      indexFd = openSync(indexPath(this.folder, pack), "wx");
    } catch (error) {
      closeQuietly(entriesFd);
      throw error;
    }
    return { pack, entriesFd, indexFd, offset: 0 };
  }
}

function writtenAt(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}
