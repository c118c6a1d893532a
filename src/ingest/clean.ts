// Per-line text clean-up shared by every format. Producers emit the same words in many spellings
// (ligature glyphs, exotic spaces, icon fonts, letter-spaced headings); the reader should see one.

const LIGATURES: Record<string, string> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
  "\uFB05": "st",
  "\uFB06": "st",
};
const LIGATURE = /[\uFB00-\uFB06]/g;
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
// Tabs and line separators inside one line are word breaks, not layout.
const EXOTIC_SPACE = /[\t\n\v\f\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;
// Zero-width characters and soft hyphens split words invisibly and defeat keyword matching.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
// Word's Symbol and Wingdings bullets land in the private-use area; they are bullets, not icons.
// (Icon fonts use the same code points, so only the usual bullet shapes count, and only at line start.)
const SYMBOL_FONT_BULLET = /^\s*[\uF0B7\uF0A7\uF0A8\uF0D8\uF076\uF0FC]\s*/;
// Other private-use glyphs are icon fonts (phone, envelope, LinkedIn logo): no text value.
const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}\uFFFD]/gu;
// "-", "*" and dashes only count as bullets when a space follows: "-5%" and "*nix" are text.
const LEADING_BULLET = /^\s*(?:[•◦▪▫■□●○►▸▹‣⁃∙·◆◇♦❖➢➤➔→✓✔✗☐☑]+|[-*–—](?=\s))\s*/u;
const SPACE_RUN = / {2,}/g;
// Word's PDF export writes some hyphens as "-" followed by U+2010; one hyphen was drawn.
const HYPHEN = /-?[\u2010\u2011]/g;

export const BULLET = "• ";
/**
 * Printable ASCII is NFC already and holds none of the characters the first clean-up steps replace or
 * drop (ligatures, full-width forms, odd hyphens and spaces, invisible, control and private-use
 * characters): most lines skip those steps.
 */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7E]/;
/** Icon-font glyphs and Symbol bullets are all private-use (or U+FFFD): at or above the surrogates. */
const MAYBE_ICON = /[\uD800-\uFFFF]/;

/** Text made only of icon-font glyphs (and spaces): nothing to read, and no place in the layout. */
export function isIconOnly(text: string): boolean {
  if (!MAYBE_ICON.test(text)) return false;
  return text.replace(SYMBOL_FONT_BULLET, "x").replace(PRIVATE_USE, "").trim() === "" && text.trim() !== "";
}

/** Cleans one line of text; returns "" for a line with nothing a person would read. */
export function cleanLineText(raw: string): string {
  let text = NOT_PRINTABLE_ASCII.test(raw) ? normaliseCharacters(raw) : raw;
  text = normaliseBullet(text);
  text = joinSpacedLetters(text);
  text = text.replace(SPACE_RUN, " ").trim();
  return text === BULLET.trim() ? "" : text;
}

function normaliseCharacters(raw: string): string {
  let text = raw.normalize("NFC");
  text = text.replace(LIGATURE, (ch) => LIGATURES[ch] ?? ch);
  text = text.replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET));
  text = text.replace(HYPHEN, "-").replace(EXOTIC_SPACE, " ").replace(INVISIBLE, "").replace(CONTROL, "");
  return text.replace(SYMBOL_FONT_BULLET, BULLET).replace(PRIVATE_USE, "");
}

function normaliseBullet(text: string): string {
  const match = LEADING_BULLET.exec(text);
  if (!match) return text;
  const rest = text.slice(match[0].length);
  return rest.trim() === "" ? "" : BULLET + rest;
}

/**
 * "S U M M A R Y" → "SUMMARY" and "W O R K   H I S T O R Y" → "WORK HISTORY": letter-spaced headings are
 * common in templates and unreadable to keyword matching. Only when every token is a single letter, so
 * "A B testing" or "C / C++" are left alone.
 */
export function joinSpacedLetters(text: string): string {
  const prefix = text.startsWith(BULLET) ? BULLET : "";
  const body = text.slice(prefix.length).trim();
  // The first token must be one letter (one or two UTF-16 units): most lines fail here, before any split.
  const firstSpace = body.indexOf(" ");
  if (firstSpace < 0 || firstSpace > 2) return text;
  const words = body.split(/ {2,}/);
  const tokens = words.flatMap((word) => word.split(" "));
  if (tokens.length < 3 || !tokens.every((token) => /^\p{L}$/u.test(token))) return text;
  return prefix + words.map((word) => word.replace(/ /g, "")).join(" ");
}
