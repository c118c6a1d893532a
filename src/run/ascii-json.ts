// JSON with every character past ASCII written as a \u escape. Résumés are full of dashes, bullets and
// accents; decoding UTF-8 that turns out to be all ASCII is about three times faster, and JSON.parse reads
// the escapes back into the very same strings.

import { remembered } from "../remembered.js";

const TO_ESCAPE = /[\u007f-\uffff]/g;
const NOT_ASCII = /[^\x00-\x7f]/;
/** A batch writes the same few dozen dashes, bullets and accents over and over. */
const escape = remembered((c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`, 4096);

export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(TO_ESCAPE, escape);
}

export function isAscii(text: string): boolean {
  return !NOT_ASCII.test(text);
}
