// Parallel flows of text on a page: beside a sidebar, the main column and the sidebar each have their own
// sections. Full-width lines and pages without columns belong to the main flow.
import type { TextLine } from "./lines.js";

/** Lines a column needs before it counts as a flow of its own. */
const MIN_FLOW_LINES = 8;
/** Share of a page's lines that must sit in columns: a grid of skills inside one flow is not a sidebar. */
const MIN_COLUMN_SHARE = 0.7;

export type Flow = "main" | "side";

interface ColumnStats {
  lines: number;
  chars: number;
}

/**
 * A sidebar is read as a block: the reading order switches column a few times per page. A table of dates
 * beside entries switches on every row, and is one flow.
 */
function readAsBlocks(lines: readonly TextLine[], page: number, columns: number): boolean {
  let switches = 0;
  let previous: number | undefined;
  for (const l of lines) {
    if (l.page !== page || l.column === undefined) continue;
    if (l.column !== previous) switches++;
    previous = l.column;
  }
  return switches <= 2 * columns;
}

/** The columns of each page that are parallel flows, and which of them is the main one (the most text). */
function mainColumns(lines: readonly TextLine[]): Map<number, number> {
  const columns = new Map<number, Map<number, ColumnStats>>();
  const linesPerPage = new Map<number, number>();
  for (const l of lines) {
    linesPerPage.set(l.page, (linesPerPage.get(l.page) ?? 0) + 1);
    if (l.column === undefined) continue;
    const page = columns.get(l.page) ?? new Map<number, ColumnStats>();
    const stats = page.get(l.column) ?? { lines: 0, chars: 0 };
    stats.lines++;
    stats.chars += l.text.length;
    page.set(l.column, stats);
    columns.set(l.page, page);
  }
  const main = new Map<number, number>();
  for (const [page, stats] of columns) {
    const all = [...stats.values()];
    const inColumns = all.reduce((n, s) => n + s.lines, 0);
    if (all.filter((s) => s.lines >= MIN_FLOW_LINES).length < 2 || inColumns < MIN_COLUMN_SHARE * (linesPerPage.get(page) ?? 0)) continue;
    if (!readAsBlocks(lines, page, all.length)) continue;
    const [column] = [...stats].sort((a, b) => b[1].chars - a[1].chars || a[0] - b[0])[0]!;
    main.set(page, column);
  }
  return main;
}

/**
 * The flow of every line. A section that a sidebar interrupts, or that runs onto the next page, goes on in
 * the main flow; the sidebar's headings open sections of their own.
 */
export function flowsOf(lines: readonly TextLine[]): Flow[] {
  const main = mainColumns(lines);
  return lines.map((l) => (l.column === undefined || !main.has(l.page) || main.get(l.page) === l.column ? "main" : "side"));
}
