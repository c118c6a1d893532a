// One format's reporter, loaded alone: a run that writes JSON does not load the terminal table's or the HTML
// page's code, which together take ~35 ms to load (index.ts loads every reporter, for whoever wants them all).
import type { ScreenReport } from "../model.js";
import type { FormatName } from "./index.js";
import type { ReportOptions } from "./options.js";

type Chunks = (report: ScreenReport, options: ReportOptions) => Iterable<string>;

const LOADERS: Record<FormatName, () => Promise<Chunks>> = {
  table: async () => whole((await import("./table.js")).renderTable),
  json: async () => (await import("./json.js")).renderJsonChunks,
  ndjson: async () => (await import("./ndjson.js")).renderNdjsonChunks,
  csv: async () => whole((await import("./csv.js")).renderCsv),
  md: async () => whole((await import("./markdown.js")).renderMarkdown),
  html: async () => whole((await import("./html.js")).renderHtml),
};

const whole =
  (render: (report: ScreenReport, options: ReportOptions) => string): Chunks =>
  (report, options) => [render(report, options)];

/** The report in the format as pieces to write in turn: joined, exactly what index.ts's REPORTERS[format] gives. */
export async function loadChunks(format: FormatName, report: ScreenReport, options: ReportOptions): Promise<Iterable<string>> {
  return (await LOADERS[format]())(report, options);
}
