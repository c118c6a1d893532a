// RTF's lexical layer: groups, control words (\b0, \u8226), control symbols (\~, \'e9) and text.
// One pass over the bytes; \binN data is stepped over (never further than the file goes), so the work is
// linear in the input whatever it claims.

export type RtfToken =
  | { kind: "open" }
  | { kind: "close" }
  | { kind: "word"; name: string; param?: number }
  | { kind: "symbol"; char: string }
  | { kind: "hex"; byte: number }
  | { kind: "text"; bytes: Uint8Array };

const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const MAX_WORD = 32;
const MAX_DIGITS = 10;

export function* rtfTokens(bytes: Uint8Array): Generator<RtfToken> {
  let at = 0;
  while (at < bytes.length) {
    const byte = bytes[at]!;
    if (byte === OPEN || byte === CLOSE) {
      at++;
      yield { kind: byte === OPEN ? "open" : "close" };
    } else if (byte === BACKSLASH) {
      const token = controlAt(bytes, at + 1);
      at = token.next;
      if (token.kind === "word" && token.name === "bin" && token.param !== undefined && token.param > 0) {
        at = Math.min(bytes.length, at + token.param);
        continue;
      }
      if (token.value) yield token.value;
    } else if (byte === 0x0d || byte === 0x0a) {
      at++;
    } else {
      const start = at;
      while (at < bytes.length && !isSpecial(bytes[at]!)) at++;
      yield { kind: "text", bytes: bytes.subarray(start, at) };
    }
  }
}

function isSpecial(byte: number): boolean {
  return byte === BACKSLASH || byte === OPEN || byte === CLOSE || byte === 0x0d || byte === 0x0a;
}

interface Control {
  kind: "word" | "other";
  name?: string;
  param?: number;
  value?: RtfToken;
  next: number;
}

function controlAt(bytes: Uint8Array, at: number): Control {
  if (at >= bytes.length) return { kind: "other", next: at };
  const first = bytes[at]!;
  if (!isLetter(first)) {
    if (first === 0x27) {
      // \'hh: one byte in the document's code page.
      const hex = String.fromCharCode(bytes[at + 1] ?? 0, bytes[at + 2] ?? 0);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return { kind: "other", next: at + 1 };
      return { kind: "other", value: { kind: "hex", byte: parseInt(hex, 16) }, next: at + 3 };
    }
    // A backslash before a line break is a paragraph mark.
    if (first === 0x0d || first === 0x0a) return { kind: "other", value: { kind: "word", name: "par" }, next: at + 1 };
    return { kind: "other", value: { kind: "symbol", char: String.fromCharCode(first) }, next: at + 1 };
  }
  let end = at;
  while (end < bytes.length && end - at < MAX_WORD && isLetter(bytes[end]!)) end++;
  const name = String.fromCharCode(...bytes.subarray(at, end));
  let numberEnd = bytes[end] === 0x2d ? end + 1 : end;
  const digitsFrom = numberEnd;
  while (numberEnd < bytes.length && numberEnd - digitsFrom < MAX_DIGITS && isDigit(bytes[numberEnd]!)) numberEnd++;
  let param: number | undefined;
  if (numberEnd > digitsFrom) {
    param = Number(String.fromCharCode(...bytes.subarray(end, numberEnd)));
    end = numberEnd;
  }
  // One space after a control word belongs to it.
  if (bytes[end] === 0x20) end++;
  const value: RtfToken = param === undefined ? { kind: "word", name } : { kind: "word", name, param };
  return { kind: "word", name, ...(param === undefined ? {} : { param }), value, next: end };
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

function isLetter(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
}
