// The output formats, by the name --format takes. Adding a format is one file and one line here.
import { renderCsv } from "./csv.js";
import { renderHtml } from "./html.js";
import { renderJson, renderJsonChunks } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderNdjson, renderNdjsonChunks } from "./ndjson.js";
import type { ReportOptions, Reporter } from "./options.js";
import type { ScreenReport } from "../model.js";
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

/** Formats written a piece at a time: the ones a batch of thousands is written in. */
const CHUNKED: Partial<Record<FormatName, (report: ScreenReport) => Iterable<string>>> = {
  json: renderJsonChunks,
  ndjson: renderNdjsonChunks,
};

/** The report in the format, as pieces to write in turn; joined they are exactly REPORTERS[format]'s text. */
export function renderChunks(format: FormatName, report: ScreenReport, options: ReportOptions): Iterable<string> {
  const chunked = CHUNKED[format];
  return chunked ? chunked(report) : [REPORTERS[format](report, options)];
}

export const FORMATS = Object.keys(REPORTERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(REPORTERS, name);
}
