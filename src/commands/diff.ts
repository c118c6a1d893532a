// shortlist diff <paths...> --base <rubric> --head <rubric>: reads the files once, scores them under both
// rubrics, and shows what changed. Either rubric may be `git:REV:path`, read from the repository.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { compareReports } from "../diff/compare.js";
import { renderDiff, type DiffFormat } from "../diff/render.js";
import type { LoadedRubric } from "../rubric/types.js";
import { buildReport } from "../screen.js";
import { readBatch, startReaders, type BatchOptions } from "./batch.js";
import { emit, loadVocabulary, printError, toolVersion } from "./environment.js";
import { loadRubricBytes, loadRubricFile, reportProblems } from "./rubric-file.js";

export interface DiffOptions extends BatchOptions {
  base: string;
  head: string;
  format: DiffFormat;
  out?: string;
}

export async function diffCommand(paths: string[], options: DiffOptions): Promise<number> {
  const readers = await startReaders(options);
  const base = await loadSide(options.base);
  const head = await loadSide(options.head);
  if (!base || !head) {
    await readers?.close();
    return 2;
  }
  const batch = await readBatch(paths, options, undefined, readers);
  if (!batch.ok) return batch.exitCode;
  const settings = { asOf: batch.asOf, version: toolVersion(), vocabulary: batch.vocabulary };
  const diff = compareReports(buildReport(batch.outcomes, base, settings), buildReport(batch.outcomes, head, settings));
  await emit(renderDiff(diff, options.format), options.out);
  return 0;
}

async function loadSide(spec: string): Promise<LoadedRubric | undefined> {
  const vocabulary = await loadVocabulary();
  const git = /^git:([^:]+):(.+)$/.exec(spec);
  if (!git) {
    const { loaded, problems } = await loadRubricFile(spec, vocabulary);
    return reportProblems(problems) ? undefined : loaded;
  }
  const [, rev, path] = git as unknown as [string, string, string];
  let text: string;
  try {
    ({ stdout: text } = await promisify(execFile)("git", ["show", `${rev}:${path}`], { maxBuffer: 16 << 20 }));
  } catch (error) {
    printError(`cannot read ${spec} from git: ${String((error as { stderr?: string }).stderr ?? (error as Error).message).trim()}`);
    return undefined;
  }
  const { loaded, problems } = await loadRubricBytes(Buffer.from(text), spec, vocabulary);
  return reportProblems(problems) ? undefined : loaded;
}
