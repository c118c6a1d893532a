// JSON with every character past ASCII written as a \u escape. Résumés are full of dashes, bullets and
// accents; decoding UTF-8 that turns out to be all ASCII is about three times faster, and JSON.parse reads
// the escapes back into the very same strings.

const NOT_ASCII = /[\u007f-\uffff]/g;
/** Escapes already written: a batch uses the same few dozen dashes, bullets and accents over and over. */
const escapes = new Map<string, string>();

function escape(c: string): string {
  let written = escapes.get(c);
  if (written === undefined) {
    written = `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    if (escapes.size < 4096) escapes.set(c, written);
  }
  return written;
}

export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NOT_ASCII, escape);
}
