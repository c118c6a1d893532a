// Takes the hidden runs found in the XML (docx-hidden.ts) out of the lines mammoth produced, so that
// what is scored is what a reader sees. mammoth joins a paragraph's runs into one line (table rows into
// one line of cells), so each hidden line's full text is looked up inside the lines and replaced by its
// visible part.

import type { HiddenText } from "./document.js";
import { fold, type HiddenLine } from "./docx-hidden.js";
import type { RawLine } from "./page-builder.js";

/** Hidden pieces shorter than this are not looked for on their own: "Go" would be found everywhere. */
const MIN_LOOSE_PIECE = 4;
const LEFTOVER = /^[\s•·|–-]*$/;

export function withoutHiddenText(lines: readonly RawLine[], hiddenLines: readonly HiddenLine[]): { lines: RawLine[]; hidden: HiddenText[] } {
  const texts = lines.map((line) => fold(line.text));
  const changed = new Set<number>();
  const seen = new Set<string>();
  const hidden: HiddenText[] = [];
  let cursor = 0;
  for (const entry of hiddenLines) {
    // Word writes a text box twice (for new and old readers); mammoth shows it once.
    const key = `${entry.full}\u0000${entry.visible}`;
    if (seen.has(key)) continue;
    seen.add(key);
    hidden.push(...entry.hidden.map((piece) => ({ page: 1, text: piece.text, reason: piece.reason })));
    // Lines come in document order, as the hidden lines do: look from the last match on, whole lines first,
    // so a hidden "Python" takes out the hidden line and not the visible "Languages: Python, SQL".
    const at = findLine(texts, cursor, (text) => withoutMarker(text) === entry.full) ??
      (entry.full.length >= MIN_LOOSE_PIECE ? findLine(texts, cursor, (text) => text.includes(entry.full)) : undefined);
    if (at !== undefined) {
      texts[at] = fold(texts[at]!.replace(entry.full, entry.visible));
      changed.add(at);
      cursor = at;
      continue;
    }
    for (const piece of entry.hidden) {
      if (piece.text.length < MIN_LOOSE_PIECE) continue;
      const where = findLine(texts, cursor, (text) => text.includes(piece.text));
      if (where === undefined) continue;
      texts[where] = fold(texts[where]!.replace(piece.text, " "));
      changed.add(where);
    }
  }
  // A line that held only hidden text leaves at most a bullet or a cell separator behind: nothing to read.
  const kept = lines.flatMap((line, i) => (!changed.has(i) ? [line] : LEFTOVER.test(texts[i]!) ? [] : [{ ...line, text: texts[i]! }]));
  return { lines: kept, hidden };
}

function findLine(texts: readonly string[], from: number, test: (text: string) => boolean): number | undefined {
  for (let step = 0; step < texts.length; step++) {
    const i = (from + step) % texts.length;
    if (test(texts[i]!)) return i;
  }
  return undefined;
}

/** A list item's line starts with the bullet or number mammoth's list gave it. */
function withoutMarker(text: string): string {
  return text.replace(/^(?:•\s*|\d+\.\s+)/, "");
}
