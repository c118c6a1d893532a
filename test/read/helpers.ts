// Builds Documents from plain strings, so each test shows the résumé it reads.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Document, Line } from "../../src/ingest/document.js";
import { parseVocabulary } from "../../src/read/vocabulary-load.js";
import type { Vocabulary } from "../../src/read/vocabulary.js";

/** A line as text, or with the layout hints a PDF gives. */
export type LineSpec = string | { text: string; fontSize?: number; bold?: boolean; column?: number; x?: number };

/** One page per array; lines numbered from 1 on each page. */
export function docOf(...pages: LineSpec[][]): Document {
  return {
    format: "pdf",
    pages: pages.map((lines, p) => ({
      number: p + 1,
      lines: lines.map((spec, i): Line => (typeof spec === "string" ? { page: p + 1, line: i + 1, text: spec } : { page: p + 1, line: i + 1, ...spec })),
    })),
    warnings: [],
    hidden: [],
  };
}

/** A heading set larger and bold, as résumé templates do. */
export const heading = (text: string): LineSpec => ({ text, fontSize: 14, bold: true });
/** Body text at the usual size. */
export const body = (text: string): LineSpec => ({ text, fontSize: 10 });

let bundled: Vocabulary | undefined;
/** The vocabulary shipped in rubrics/skills.yaml. */
export function bundledVocabulary(): Vocabulary {
  bundled ??= parseVocabulary(readFileSync(fileURLToPath(new URL("../../rubrics/skills.yaml", import.meta.url)), "utf8"));
  return bundled;
}
