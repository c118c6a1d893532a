// Side-heading layouts: each section's heading sits in a left gutter, on the baseline of the section's first
// line ("Work   Senior Engineer, Acme   2019 – 2021"), so extraction joins the two into one line.
import { matchHeading } from "./headings.js";
import type { TextLine } from "./lines.js";

/** How far left of a page's text (in em) a line must begin to start in a gutter of headings. */
const GUTTER_EM = 4;

/**
 * Lines that begin in a left gutter of headings: well left of where most of their page's text begins, outside any
 * sidebar, in a document whose gutter lines are mostly a heading word with the first line of its section beside it
 * ("Work  Senior Engineer…"). Where the lines out at the margin are headings on their own and job titles (a layout
 * that indents everything else), none is. Null when the document has no such gutter.
 */
export function gutterLines(lines: readonly TextLine[], body: number | undefined): boolean[] | null {
  const starts = new Map<number, number[]>();
  for (const l of lines) {
    if (l.x === undefined || l.column !== undefined) continue;
    const xs = starts.get(l.page) ?? [];
    xs.push(l.x);
    starts.set(l.page, xs);
  }
  const typical = new Map([...starts].map(([page, xs]) => [page, [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!]));
  const outside = lines.map((l) => {
    const usual = typical.get(l.page);
    return l.x !== undefined && l.column === undefined && usual !== undefined && l.x <= usual - GUTTER_EM * (body ?? l.fontSize ?? 10);
  });
  let besideContent = 0;
  let alone = 0;
  lines.forEach((l, i) => {
    if (!outside[i]) return;
    const lead = /^(\p{Lu}\p{L}+)\s+\p{Lu}/u.exec(l.text);
    if (matchHeading(l.text.replace(/[\s:：]+$/u, ""))?.extraWords === 0) alone++;
    else if (lead && matchHeading(lead[1]!)?.extraWords === 0) besideContent++;
  });
  return besideContent >= 2 && besideContent > alone ? outside : null;
}
