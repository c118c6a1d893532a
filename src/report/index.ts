// The output formats, by the name --format takes. Adding a format is one file, one line here and one in
// load.ts (which loads a single format's code for the command line).
import { renderCsv } from "./csv.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderNdjson } from "./ndjson.js";
import type { Reporter } from "./options.js";
import { renderTable } from "./table.js";

export type { ReportOptions, Reporter } from "./options.js";

export type FormatName = "table" | "json" | "ndjson" | "csv" | "md" | "html";

export const REPORTERS: Record<FormatName, Reporter> = {
  table: renderTable,
  json: renderJson,
  ndjson: renderNdjson,
  csv: renderCsv,
  md: renderMarkdown,
  html: renderHtml,
};

export const FORMATS = Object.keys(REPORTERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(REPORTERS, name);
}
