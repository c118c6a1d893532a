// shortlist merge <reports...>: shards (JSON or NDJSON) → one ranked report, identical to a single run.
import { readFile } from "node:fs/promises";
import { mergeShards, type NdjsonLine, type Shard } from "../merge.js";
import type { ScreenReport } from "../model.js";
import { reportHeader, type ReportHeader } from "../screen.js";
import type { FormatName } from "../report/index.js";
import { loadChunks } from "../report/load.js";
import { emit, loadVocabulary, printError, toolVersion, useColor } from "./environment.js";
import { loadRubricFile, reportProblems } from "./rubric-file.js";

export interface MergeOptions {
  rubric?: string;
  format: FormatName;
  out?: string;
  top?: number;
  explain?: boolean;
}

export async function mergeCommand(files: string[], options: MergeOptions): Promise<number> {
  const shards: Shard[] = [];
  for (const file of files) {
    const shard = await readShard(file);
    if (typeof shard === "string") {
      printError(shard);
      return 2;
    }
    shards.push(shard);
  }
  const header = await headerFor(shards, options.rubric);
  if (!header) return 2;
  const merged = mergeShards(shards, header);
  if (!merged.ok) {
    for (const problem of merged.problems) printError(problem);
    return 2;
  }
  const color = options.format === "table" && !options.out && useColor(process.stdout);
  await emit(await loadChunks(options.format, merged.report, { color, explain: options.explain === true, top: options.top }), options.out);
  return 0;
}

async function readShard(file: string): Promise<Shard | string> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  }
  try {
    const whole = JSON.parse(text) as ScreenReport;
    if (whole && typeof whole === "object" && Array.isArray(whole.candidates)) return { source: file, report: whole };
  } catch {
    // not one JSON document: try one candidate per line
  }
  const lines: NdjsonLine[] = [];
  for (const [index, line] of text.split("\n").entries()) {
    if (!line.trim()) continue;
    try {
      lines.push(JSON.parse(line) as NdjsonLine);
    } catch {
      return `${file}:${index + 1}: not a JSON report nor NDJSON (one candidate per line)`;
    }
  }
  return { source: file, lines };
}

/** The report header: from a whole JSON shard when there is one, else rebuilt from the rubric the shards name. */
async function headerFor(shards: Shard[], rubricPath: string | undefined): Promise<ReportHeader | undefined> {
  const full = shards.find((s): s is Extract<Shard, { report: unknown }> => "report" in s);
  if (full) {
    const { schemaVersion, tool, asOf, rubric, checks } = full.report;
    return { schemaVersion, tool, asOf, rubric, checks };
  }
  const first = shards.flatMap((s) => ("lines" in s ? s.lines : []))[0];
  if (!first) {
    printError("the shards hold no candidates");
    return undefined;
  }
  const { loaded, problems } = await loadRubricFile(rubricPath, await loadVocabulary());
  if (reportProblems(problems) || !loaded) return undefined;
  return reportHeader(loaded, first.asOf, toolVersion());
}
