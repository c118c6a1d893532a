// Escaping for the HTML report. Every string that came from a résumé (or a file name) goes through one of these.

const HTML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Safe as element text and as a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? character);
}

/**
 * JSON that can sit inside <script type="application/json">. Every "<" becomes \u003c, so neither "</script>"
 * nor "<!--" can end or alter the element; U+2028/2029 are escaped for older JavaScript parsers. The result
 * still parses to the same value.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
