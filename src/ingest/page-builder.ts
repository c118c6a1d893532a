// Turns the raw lines a format reader produced into a numbered Page: cleans each line, drops the ones
// left empty, and numbers the rest 1..n in the order given (the reader already chose reading order).

import { cleanLineText } from "./clean.js";
import type { Line, Page } from "./document.js";

export interface RawLine {
  text: string;
  x?: number;
  y?: number;
  width?: number;
  fontSize?: number;
  bold?: boolean;
  column?: number;
}

export interface PageSize {
  width: number;
  height: number;
}

export function buildPage(number: number, raw: readonly RawLine[], size?: PageSize): Page {
  const lines: Line[] = [];
  for (const source of raw) {
    const text = cleanLineText(source.text);
    if (text === "") continue;
    lines.push(withGeometry({ page: number, line: lines.length + 1, text }, source));
  }
  const page: Page = { number, lines };
  if (size) {
    page.width = round(size.width);
    page.height = round(size.height);
  }
  return page;
}

function withGeometry(line: Line, source: RawLine): Line {
  if (source.x !== undefined) line.x = round(source.x);
  if (source.y !== undefined) line.y = round(source.y);
  if (source.width !== undefined) line.width = round(source.width);
  if (source.fontSize !== undefined) line.fontSize = round(source.fontSize);
  if (source.bold !== undefined) line.bold = source.bold;
  if (source.column !== undefined) line.column = source.column;
  return line;
}

/** Two decimals: positions are for layout reasoning, and stable output beats false precision. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
