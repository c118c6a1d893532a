// Bytes written as \'hh in an RTF file → text, in the code page of the font in use (\fcharset) or of the
// document (\ansicpg). Windows-1252 is decoded by hand (Node's decoder maps 0x80–0x9F to controls).

import { decodeWindows1252 } from "./text.js";

/** \fcharsetN → Windows code page. */
const CHARSET_CODEPAGE: Record<number, number> = {
  0: 1252, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256,
  186: 1257, 204: 1251, 222: 874, 238: 1250,
};
const SYMBOL_CHARSET = 2;
/** The Symbol font's bullets, which Word writes for list markers. */
const SYMBOL_GLYPHS: Record<number, string> = { 0xb7: "•", 0xa7: "▪", 0xd8: "➢", 0xfc: "✓", 0x6f: "o" };

const LABELS: Record<number, string> = { 932: "shift_jis", 936: "gbk", 949: "euc-kr", 950: "big5", 874: "windows-874", 10000: "macintosh" };

export function codepageOfCharset(charset: number | undefined): number | undefined {
  if (charset === undefined) return undefined;
  if (charset === SYMBOL_CHARSET) return SYMBOL_CHARSET;
  return CHARSET_CODEPAGE[charset];
}

export function decodeCodepage(bytes: Uint8Array, codepage: number): string {
  if (codepage === SYMBOL_CHARSET) return [...bytes].map((byte) => SYMBOL_GLYPHS[byte] ?? "").join("");
  if (codepage === 1252 || codepage === 0) return decodeWindows1252(bytes);
  const label = LABELS[codepage] ?? (codepage >= 1250 && codepage <= 1258 ? `windows-${codepage}` : undefined);
  if (label) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // A code page this Node build cannot decode: Windows-1252 keeps at least the ASCII right.
    }
  }
  return decodeWindows1252(bytes);
}
