// Résumé text is hostile input. Before it reaches a terminal, a spreadsheet or a page it loses everything that
// could steer the viewer instead of being read: ANSI escapes (recolour, move the cursor, rewrite earlier lines,
// set the window title, hyperlinks via OSC 8), other control characters, and bidirectional overrides that make
// text display in a different order than it is stored.

// CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), the 8-bit CSI, and two-character ESC sequences.
const ANSI_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[ -~]?/g;
const LINE_BREAKS = /[\t\n\r\v\f\u0085\u2028\u2029]+/g;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;
// Embeddings, overrides and isolates. The plain marks (LRM, RLM) stay: they cannot reorder text on their own.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** The text with escapes and control characters removed and line breaks or tabs folded to one space. */
export function sanitizeText(text: string): string {
  return text
    .replace(ANSI_SEQUENCE, "")
    .replace(LINE_BREAKS, " ")
    .replace(CONTROL_CHARACTERS, "")
    .replace(BIDI_CONTROLS, "");
}
