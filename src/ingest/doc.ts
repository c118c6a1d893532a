// Word 97–2003 (.doc) → Document. The text lives in the WordDocument stream as pieces listed by the piece
// table (the Clx, in the 0Table or 1Table stream); the FIB at the start of WordDocument says where. Read:
// the main text, the page headers and the text boxes (templates put the name and contact there). Not read:
// formatting (so no bold), footnotes and comments. One page, like a DOCX.

import { openCompoundFile, type CompoundFile } from "./cfb.js";
import { fail, ok, type Document, type Result } from "./document.js";
import { wordTextLines } from "./doc-text.js";
import { buildPage } from "./page-builder.js";
import { decodeWindows1252 } from "./text.js";

const WORD_IDENT = 0xa5ec;
const WORD_97 = 0xc1;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE = 0x0200;
const CLX_INDEX = 33;
const SAVE_AS = "ask the candidate for a PDF or Word (.docx) copy";

interface Fib {
  table: string;
  /** Character counts of the stories, in the order Word stores them. */
  ccp: { text: number; ftn: number; hdd: number; atn: number; edn: number; txbx: number };
  clx: { offset: number; length: number };
  fcMin: number;
  fcMac: number;
}

/** Nothing in a compound file is compressed: no stream is larger than the file (limits.maxBytes). */
export function readDoc(bytes: Uint8Array): Result<Document> {
  const opened = openCompoundFile(bytes, bytes.length);
  if (!opened.ok) return corrupt(opened.reason);
  const file = opened.value;
  const word = file.stream("WordDocument");
  if (!word) return notWord(file);
  if (!word.ok) return corrupt(word.reason);
  const fib = readFib(word.value);
  if (typeof fib === "string") return fib === "encrypted"
    ? fail("ENCRYPTED", "This Word document is password-protected; ask the candidate for an unlocked copy.")
    : fib === "old"
      ? fail("UNSUPPORTED", `This is a Word 6 or Word 95 document, older than shortlist reads; ${SAVE_AS}.`)
      : corrupt(fib);
  const table = file.stream(fib.table);
  const text = table?.ok ? pieceText(word.value, table.value, fib) : undefined;
  const all = text ?? decodeWindows1252(word.value.subarray(fib.fcMin, Math.max(fib.fcMin, fib.fcMac)));
  const { ccp } = fib;
  const headersFrom = ccp.text + ccp.ftn;
  const boxesFrom = headersFrom + ccp.hdd + ccp.atn + ccp.edn;
  const lines = [
    ...wordTextLines(all.slice(headersFrom, headersFrom + ccp.hdd), true),
    ...wordTextLines(all.slice(boxesFrom, boxesFrom + ccp.txbx), true),
    ...wordTextLines(all.slice(0, ccp.text || all.length), false),
  ];
  const page = buildPage(1, lines.map((line) => ({ text: line })));
  if (page.lines.length === 0) return fail("NO_TEXT", "This Word document contains no text.");
  return ok({ format: "doc", pages: [page], warnings: [], hidden: [] });
}

function readFib(word: Uint8Array): Fib | "encrypted" | "old" | string {
  if (word.length < 0x200) return "the document header is cut short";
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength);
  const u16 = (at: number) => (at + 2 <= word.length ? view.getUint16(at, true) : 0);
  const u32 = (at: number) => (at + 4 <= word.length ? view.getUint32(at, true) : 0);
  if (u16(0) !== WORD_IDENT) return "the document header is not a Word header";
  const flags = u16(0x0a);
  if (flags & F_ENCRYPTED) return "encrypted";
  if (u16(2) < WORD_97) return "old";
  const csw = u16(0x20);
  const rgLw = 0x22 + csw * 2 + 2;
  const cslw = u16(rgLw - 2);
  const rgFcLcb = rgLw + cslw * 4 + 2;
  const count = (index: number) => Math.min(u32(rgLw + index * 4), word.length);
  return {
    table: flags & F_WHICH_TABLE ? "1Table" : "0Table",
    ccp: { text: count(3), ftn: count(4), hdd: count(5), atn: count(7), edn: count(8), txbx: count(9) },
    clx: { offset: u32(rgFcLcb + CLX_INDEX * 8), length: u32(rgFcLcb + CLX_INDEX * 8 + 4) },
    fcMin: u32(0x18),
    fcMac: Math.min(u32(0x1c), word.length),
  };
}

/** The document's characters in CP order, from the piece table; undefined when there is none. */
function pieceText(word: Uint8Array, table: Uint8Array, fib: Fib): string | undefined {
  const end = Math.min(table.length, fib.clx.offset + fib.clx.length);
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  let at = fib.clx.offset;
  // Formatting records (Prc) come first, then the piece table (Pcdt).
  while (at + 5 <= end && table[at] === 0x01) {
    const size = view.getInt16(at + 1, true);
    if (size < 0) return undefined;
    at += 3 + size;
  }
  if (at + 5 > end || table[at] !== 0x02) return undefined;
  const plcLength = Math.min(view.getUint32(at + 1, true), end - at - 5);
  const plc = at + 5;
  const pieces = Math.floor((plcLength - 4) / 12);
  if (pieces <= 0) return undefined;
  const wordView = new DataView(word.buffer, word.byteOffset, word.byteLength);
  const wanted = fib.ccp.text + fib.ccp.ftn + fib.ccp.hdd + fib.ccp.atn + fib.ccp.edn + fib.ccp.txbx;
  let text = "";
  for (let i = 0; i < pieces && text.length < wanted; i++) {
    const cpStart = view.getUint32(plc + i * 4, true);
    const cpEnd = view.getUint32(plc + (i + 1) * 4, true);
    const length = Math.max(0, Math.min(cpEnd - cpStart, word.length));
    const fcRaw = view.getUint32(plc + (pieces + 1) * 4 + i * 8 + 2, true);
    if (fcRaw & 0x40000000) {
      const from = (fcRaw & 0x3fffffff) / 2;
      text += decodeWindows1252(word.subarray(from, from + length));
    } else {
      const from = fcRaw & 0x3fffffff;
      const units = Math.min(length, Math.floor((word.length - Math.min(from, word.length)) / 2));
      text += Array.from({ length: units }, (_, k) => String.fromCharCode(wordView.getUint16(from + k * 2, true))).join("");
    }
  }
  return text;
}

function notWord(file: CompoundFile): Result<never> {
  const kind = file.stream("Workbook") || file.stream("Book") ? "an Excel workbook"
    : file.stream("PowerPoint Document") ? "a PowerPoint presentation"
      : file.stream("__properties_version1.0") ? "an Outlook message"
        : "an Office file but not a Word document";
  return fail("UNSUPPORTED", `This is ${kind}, not a résumé document; ${SAVE_AS}.`);
}

function corrupt(reason: string): Result<never> {
  return fail("CORRUPT", `This Word document is damaged and cannot be read (${reason}); ask the candidate to send it again.`);
}
