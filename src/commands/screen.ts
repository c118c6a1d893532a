// shortlist screen <paths...>: discover → read (workers, cache) → score → report → stdout or --out.
import type { FormatName } from "../report/index.js";
import { loadChunks } from "../report/load.js";
import { cacheDirOf, screenBatch, startReaders, type BatchOptions } from "./batch.js";
import { appendRunLog, emit, loadVocabulary, useColor } from "./environment.js";
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
  const readers = await startReaders(options);
  const { loaded, problems } = await loadRubricFile(options.rubric, await loadVocabulary(), cacheDirOf(options));
  if (reportProblems(problems) || !loaded) {
    await readers?.close();
    return 2;
  }
  const screened = await screenBatch(paths, options, loaded, { shard: options.shard, blind: options.blind === true }, readers);
  if (!screened.ok) return screened.exitCode;
  const { report } = screened;
  const color = options.format === "table" && !options.out && useColor(process.stdout);
  const output = await loadChunks(options.format, report, {
    color,
    explain: options.explain === true,
    top: options.top,
    width: process.stdout.columns && !options.out ? Math.max(60, process.stdout.columns) : 100,
  });
  await emit(output, options.out);
  if (options.log) await appendRunLog(options.log, report, "screen");
  return 0;
}
