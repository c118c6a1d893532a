// shortlist screen <paths...>: discover → read (workers, cache) → score → report → stdout or --out.
import { REPORTERS, type FormatName } from "../report/index.js";
import { buildReport } from "../screen.js";
import { readBatch, type BatchOptions } from "./batch.js";
import { appendRunLog, emit, loadVocabulary, toolVersion, useColor } from "./environment.js";
import { loadRubricFile, reportProblems } from "./rubric-file.js";

export interface ScreenOptions extends BatchOptions {
  rubric?: string;
  format: FormatName;
  out?: string;
  explain?: boolean;
  top?: number;
  log?: string;
  blind?: boolean;
}

export async function screenCommand(paths: string[], options: ScreenOptions): Promise<number> {
  const { loaded, problems } = await loadRubricFile(options.rubric, loadVocabulary().parsed);
  if (reportProblems(problems) || !loaded) return 2;
  const batch = await readBatch(paths, options);
  if (!batch.ok) return batch.exitCode;
  const report = buildReport(batch.outcomes, loaded, {
    asOf: batch.asOf,
    version: toolVersion(),
    vocabulary: batch.vocabulary,
    shard: options.shard,
    blind: options.blind === true,
  });
  const color = options.format === "table" && !options.out && useColor(process.stdout);
  const text = REPORTERS[options.format](report, {
    color,
    explain: options.explain === true,
    top: options.top,
    width: process.stdout.columns && !options.out ? Math.max(60, process.stdout.columns) : 100,
  });
  await emit(text, options.out);
  if (options.log) await appendRunLog(options.log, report, "screen");
  return 0;
}
