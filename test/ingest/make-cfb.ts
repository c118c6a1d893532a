// Hand-built OLE compound files and Word 97 streams for the .doc tests: small enough to read, and free to
// lie (looping chains, wrong sizes) where a test needs them to.

const SECTOR = 512;
const MINI = 64;
const CUTOFF = 4096;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/** A version-3 compound file holding these streams in its root storage: small ones in the mini stream. */
export function buildCfb(streams: Record<string, Uint8Array>): Uint8Array {
  const sectors: Uint8Array[] = [];
  const fat: number[] = [];
  const place = (data: Uint8Array): number => {
    if (data.length === 0) return END;
    const first = sectors.length;
    for (let at = 0; at < data.length; at += SECTOR) {
      const sector = new Uint8Array(SECTOR);
      sector.set(data.subarray(at, at + SECTOR));
      sectors.push(sector);
      fat.push(at + SECTOR < data.length ? sectors.length : END);
    }
    return first;
  };
  const entries: Array<{ name: string; type: number; start: number; size: number }> = [];
  const miniChunks: Uint8Array[] = [];
  const miniFat: number[] = [];
  for (const [name, data] of Object.entries(streams)) {
    if (data.length >= CUTOFF) {
      entries.push({ name, type: 2, start: place(data), size: data.length });
      continue;
    }
    const first = miniFat.length;
    const count = Math.max(1, Math.ceil(data.length / MINI));
    for (let i = 0; i < count; i++) {
      const chunk = new Uint8Array(MINI);
      chunk.set(data.subarray(i * MINI, (i + 1) * MINI));
      miniChunks.push(chunk);
      miniFat.push(i + 1 < count ? miniFat.length + 1 : END);
    }
    entries.push({ name, type: 2, start: first, size: data.length });
  }
  const miniStream = concat(miniChunks);
  const rootStart = place(miniStream);
  const miniFatStart = place(u32s(miniFat));
  const directory = new Uint8Array(SECTOR * Math.ceil((entries.length + 1) / 4));
  writeEntry(directory, 0, { name: "Root Entry", type: 5, start: rootStart, size: miniStream.length }, entries.length > 0 ? 1 : FREE);
  entries.forEach((entry, i) => writeEntry(directory, i + 1, entry, i + 2 <= entries.length ? i + 2 : FREE, true));
  const directoryStart = place(directory);
  let fatSectors = 1;
  while ((sectors.length + fatSectors) > fatSectors * (SECTOR / 4)) fatSectors++;
  const fatFirst = sectors.length;
  for (let i = 0; i < fatSectors; i++) fat.push(FAT_SECTOR);
  const table = u32s([...fat, ...Array(fatSectors * (SECTOR / 4) - fat.length).fill(FREE)]);
  for (let i = 0; i < fatSectors; i++) sectors.push(table.slice(i * SECTOR, (i + 1) * SECTOR));

  const header = new Uint8Array(SECTOR);
  const view = new DataView(header.buffer);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, fatSectors, true);
  view.setUint32(0x30, directoryStart, true);
  view.setUint32(0x38, CUTOFF, true);
  view.setUint32(0x3c, miniFat.length > 0 ? miniFatStart : END, true);
  view.setUint32(0x40, Math.ceil((miniFat.length * 4) / SECTOR), true);
  view.setUint32(0x44, END, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i < fatSectors ? fatFirst + i : FREE, true);
  return concat([header, ...sectors]);
}

function writeEntry(directory: Uint8Array, index: number, entry: { name: string; type: number; start: number; size: number }, right: number, isStream = false): void {
  const at = index * 128;
  const view = new DataView(directory.buffer, directory.byteOffset);
  const name = Buffer.from(`${entry.name}\0`, "utf16le");
  directory.set(name, at);
  view.setUint16(at + 0x40, name.length, true);
  directory[at + 0x42] = entry.type;
  view.setUint32(at + 0x44, FREE, true);
  view.setUint32(at + 0x48, isStream ? right : FREE, true);
  view.setUint32(at + 0x4c, isStream ? FREE : right, true);
  view.setUint32(at + 0x74, entry.start, true);
  view.setUint32(at + 0x78, entry.size, true);
}

export interface WordStories {
  main: string;
  headers?: string;
  textBoxes?: string;
  /** Flags at 0x0A: 0x0100 encrypted, 0x0200 the table is "1Table". */
  flags?: number;
  nFib?: number;
  /** Store the text as 8-bit (Windows-1252) pieces rather than UTF-16. */
  compressed?: boolean;
  /** Split the text into pieces of this many characters (alternating 8-bit and UTF-16 when compressed). */
  pieceLength?: number;
}

const TEXT_AT = 0x800;

/** A WordDocument stream and its table stream, with the stories in CP order and a piece table over them. */
export function buildWordStreams(stories: WordStories): { WordDocument: Uint8Array; table: Uint8Array; tableName: string } {
  const text = stories.main + (stories.headers ?? "") + (stories.textBoxes ?? "");
  const word = new Uint8Array(TEXT_AT + text.length * 2 + 16);
  const view = new DataView(word.buffer);
  view.setUint16(0, 0xa5ec, true);
  view.setUint16(2, stories.nFib ?? 0xc1, true);
  view.setUint16(0x0a, stories.flags ?? 0, true);
  view.setUint32(0x18, TEXT_AT, true);
  view.setUint32(0x1c, TEXT_AT + text.length, true);
  view.setUint16(0x20, 14, true);
  view.setUint16(0x3e, 22, true);
  view.setUint32(0x4c, stories.main.length, true);
  view.setUint32(0x54, (stories.headers ?? "").length, true);
  view.setUint32(0x64, (stories.textBoxes ?? "").length, true);
  view.setUint16(0x98, 0x5d, true);
  const pieces: Array<{ cp: number; fc: number }> = [];
  const step = stories.pieceLength ?? Math.max(1, text.length);
  let at = TEXT_AT;
  for (let cp = 0, i = 0; cp < text.length; cp += step, i++) {
    const chunk = text.slice(cp, cp + step);
    const eightBit = stories.compressed === true && i % 2 === 0 && [...chunk].every((ch) => ch.charCodeAt(0) < 0x100);
    if (eightBit) {
      word.set(Buffer.from(chunk, "latin1"), at);
      pieces.push({ cp, fc: (at * 2) | 0x40000000 });
      at += chunk.length;
    } else {
      word.set(Buffer.from(chunk, "utf16le"), at);
      pieces.push({ cp, fc: at });
      at += chunk.length * 2;
    }
  }
  const plc = new Uint8Array((pieces.length + 1) * 4 + pieces.length * 8);
  const plcView = new DataView(plc.buffer);
  pieces.forEach((piece, i) => plcView.setUint32(i * 4, piece.cp, true));
  plcView.setUint32(pieces.length * 4, text.length, true);
  pieces.forEach((piece, i) => plcView.setUint32((pieces.length + 1) * 4 + i * 8 + 2, piece.fc, true));
  // A formatting record (Prc) first, then the piece table (Pcdt).
  const clx = concat([new Uint8Array([0x01, 0x02, 0x00, 0xaa, 0xbb, 0x02]), u32s([plc.length]), plc]);
  const table = concat([new Uint8Array(16), clx]);
  view.setUint32(0x1a2, 16, true);
  view.setUint32(0x1a6, clx.length, true);
  return { WordDocument: word, table, tableName: (stories.flags ?? 0) & 0x0200 ? "1Table" : "0Table" };
}

export function buildDoc(stories: WordStories): Uint8Array {
  const { WordDocument, table, tableName } = buildWordStreams(stories);
  return buildCfb({ WordDocument, [tableName]: table });
}

function u32s(values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((value, i) => view.setUint32(i * 4, value, true));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}
