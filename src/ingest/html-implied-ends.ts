// The HTML parsing rules for end tags a page may leave out, as far as they change the text's lines: a new
// <li> ends the open one, a new <tr> the open row, a block ends an open <p>, and so on.

/** Layout and grouping elements, read as blocks (written as <div>). */
export const AS_DIV = new Set(["section", "article", "header", "footer", "main", "nav", "aside", "address", "dl", "dt", "dd", "figure", "figcaption", "form", "fieldset", "center", "details", "summary", "hgroup", "menu", "legend", "caption", "hr"]);
const HEADING = /^h[1-6]$/;
/** Start tags that end an open paragraph. */
const CLOSES_P = new Set([...AS_DIV, "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "div", "blockquote", "pre"]);
/** A paragraph outside these is not ended from inside them. */
const P_SCOPE = ["table", "td", "th", "button"];

/**
 * Given the open elements (outermost first) and a start tag, the depth to close back to before the new
 * element opens, or -1 when nothing closes.
 */
export function impliedEnd(open: readonly string[], tag: string): number {
  const find = (targets: string[], boundaries: string[]): number => {
    for (let i = open.length - 1; i >= 0; i--) {
      if (targets.includes(open[i]!)) return i;
      if (boundaries.includes(open[i]!)) return -1;
    }
    return -1;
  };
  if (tag === "li") return find(["li"], ["ul", "ol", "table", "td", "th"]);
  if (tag === "dt" || tag === "dd") return find(["dt", "dd"], ["dl", "table", "td", "th"]);
  if (tag === "tr") return find(["tr"], ["table"]);
  if (tag === "td" || tag === "th") return find(["td", "th"], ["tr", "table"]);
  if (tag === "thead" || tag === "tbody" || tag === "tfoot") {
    const section = find(["thead", "tbody", "tfoot"], ["table"]);
    return section >= 0 ? section : find(["tr"], ["table"]);
  }
  if (HEADING.test(tag) && open.length > 0 && HEADING.test(open[open.length - 1]!)) return open.length - 1;
  return CLOSES_P.has(tag) ? find(["p"], P_SCOPE) : -1;
}
