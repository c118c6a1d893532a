// Résumé text inside Markdown must stay text: no emphasis, code, tables cells broken by "|", raw HTML, links,
// images, and none of the links renderers add on their own (GitHub turns bare URLs, "www.", e-mail addresses,
// @mentions and #123 into links, and $…$ into math).

// Backslash escapes work for any ASCII punctuation in CommonMark; these are the ones that start markup.
const MARKUP_CHARACTERS = /[\\`*_{}[\]<>|~&#@$!]/g;
const URL_SCHEMES = /\b(https?|ftps?|mailto|file|javascript|data|vbscript):/gi;
const BARE_WWW = /\bwww\./gi;

/** Text that renders as itself: escaped, on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(MARKUP_CHARACTERS, (character) => `\\${character}`)
    .replace(URL_SCHEMES, (_match, scheme: string) => `${scheme}\\:`)
    .replace(BARE_WWW, (match) => `${match.slice(0, 3)}\\.`);
}
