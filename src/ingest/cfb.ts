// OLE compound files (the container of .doc, .xls, .msg): a FAT file system inside one file. Only
// reading named streams. Every chain walk is bounded by the number of sectors the file can hold, so a
// looping or lying FAT ends the walk instead of the process.

export type CfbResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface CompoundFile {
  /** The stream's bytes, or undefined when there is no such stream; a reason when it cannot be read. */
  stream(name: string): CfbResult<Uint8Array> | undefined;
}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const HEADER_DIFAT = 109;
const DIRECTORY_ENTRY = 128;
const STREAM = 2;
const ROOT = 5;

interface Entry {
  name: string;
  type: number;
  start: number;
  size: number;
}

export function openCompoundFile(bytes: Uint8Array, maxStreamBytes: number): CfbResult<CompoundFile> {
  if (bytes.length < 512 || !SIGNATURE.every((byte, i) => bytes[i] === byte)) return { ok: false, reason: "not an OLE compound file" };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : FREE);
  const sectorShift = view.getUint16(0x1e, true);
  const miniShift = view.getUint16(0x20, true);
  if (sectorShift !== 9 && sectorShift !== 12) return { ok: false, reason: `sector size 2^${sectorShift} is not valid` };
  if (miniShift !== 6) return { ok: false, reason: "mini sector size is not valid" };
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  const sectorAt = (sector: number) => sectorSize + sector * sectorSize;

  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT; i++) fatSectors.push(u32(0x4c + i * 4));
  let difat = u32(0x44);
  for (let hops = 0; difat < sectorCount && hops <= sectorCount; hops++) {
    const at = sectorAt(difat);
    for (let i = 0; i < sectorSize / 4 - 1; i++) fatSectors.push(u32(at + i * 4));
    difat = u32(at + sectorSize - 4);
  }
  const fat: number[] = [];
  for (const sector of fatSectors) {
    if (sector >= sectorCount) continue;
    const at = sectorAt(sector);
    for (let i = 0; i < sectorSize / 4; i++) fat.push(u32(at + i * 4));
    if (fat.length > sectorCount + sectorSize) break;
  }

  /** The sectors of a chain, in order; undefined when the chain loops or leaves the file. */
  const chain = (start: number, table: number[], limit: number): number[] | undefined => {
    const sectors: number[] = [];
    for (let sector = start; sector !== END_OF_CHAIN; sector = table[sector] ?? FREE) {
      if (sector >= limit || sectors.length >= limit) return undefined;
      sectors.push(sector);
    }
    return sectors;
  };
  const read = (sectors: number[], size: number, at: (sector: number) => number, unit: number, from: Uint8Array): Uint8Array => {
    const out = new Uint8Array(Math.min(size, sectors.length * unit));
    for (let i = 0; i * unit < out.length; i++) {
      const start = at(sectors[i]!);
      out.set(from.subarray(start, start + Math.min(unit, out.length - i * unit)), i * unit);
    }
    return out;
  };

  const directorySectors = chain(u32(0x30), fat, sectorCount);
  if (!directorySectors) return { ok: false, reason: "the directory chain is broken" };
  const directory = read(directorySectors, directorySectors.length * sectorSize, sectorAt, sectorSize, bytes);
  const entries = readEntries(directory);
  const root = entries.find((entry) => entry.type === ROOT);
  if (!root) return { ok: false, reason: "no root entry" };
  const miniCutoff = u32(0x38);

  let miniStream: { data: Uint8Array; fat: number[] } | undefined;
  const mini = () => {
    if (miniStream) return miniStream;
    const streamSectors = chain(root.start, fat, sectorCount) ?? [];
    const data = read(streamSectors, root.size, sectorAt, sectorSize, bytes);
    const miniFatSectors = chain(u32(0x3c), fat, sectorCount) ?? [];
    const table = read(miniFatSectors, miniFatSectors.length * sectorSize, sectorAt, sectorSize, bytes);
    const miniView = new DataView(table.buffer, table.byteOffset, table.byteLength);
    const miniFat = Array.from({ length: table.length / 4 }, (_, i) => miniView.getUint32(i * 4, true));
    miniStream = { data, fat: miniFat };
    return miniStream;
  };

  return {
    ok: true,
    value: {
      stream(name) {
        const entry = entries.find((candidate) => candidate.type === STREAM && candidate.name.toLowerCase() === name.toLowerCase());
        if (!entry) return undefined;
        if (entry.size > maxStreamBytes) return { ok: false, reason: `stream ${name} is larger than the limit` };
        if (entry.size < miniCutoff) {
          const { data, fat: miniFat } = mini();
          const sectors = chain(entry.start, miniFat, Math.ceil(data.length / 64));
          if (!sectors) return { ok: false, reason: `stream ${name} is damaged` };
          return { ok: true, value: read(sectors, entry.size, (sector) => sector * 64, 64, data) };
        }
        const sectors = chain(entry.start, fat, sectorCount);
        if (!sectors) return { ok: false, reason: `stream ${name} is damaged` };
        return { ok: true, value: read(sectors, entry.size, sectorAt, sectorSize, bytes) };
      },
    },
  };
}

function readEntries(directory: Uint8Array): Entry[] {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const entries: Entry[] = [];
  for (let at = 0; at + DIRECTORY_ENTRY <= directory.length; at += DIRECTORY_ENTRY) {
    const nameLength = Math.min(64, view.getUint16(at + 0x40, true));
    const name = new TextDecoder("utf-16le").decode(directory.subarray(at, at + Math.max(0, nameLength - 2)));
    entries.push({ name, type: directory[at + 0x42]!, start: view.getUint32(at + 0x74, true), size: view.getUint32(at + 0x78, true) });
  }
  return entries;
}
