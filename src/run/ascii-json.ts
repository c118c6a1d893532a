// JSON with every character past ASCII written as a \u escape. Résumés are full of dashes, bullets and
// accents; decoding UTF-8 that turns out to be all ASCII is about three times faster, and JSON.parse reads
// the escapes back into the very same strings.

export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
