// shortlist check <paths...> --expect <file>: screen, then assert (Lighthouse CI style). Exit 1 when an
// error-level assertion fails, 2 when the expectations or the rubric cannot be used.
import { readFile } from "node:fs/promises";
import { evaluate } from "../assertions/evaluate.js";
import { parseExpectations } from "../assertions/load.js";
import { renderOutcomes } from "../assertions/render.js";
import { cacheDirOf, screenBatch, startReaders, type BatchOptions } from "./batch.js";
import { emit, loadVocabulary, printError } from "./environment.js";
import { loadRubricFile, reportProblems } from "./rubric-file.js";

export interface CheckOptions extends BatchOptions {
  rubric?: string;
  expect: string;
}

export async function checkCommand(paths: string[], options: CheckOptions): Promise<number> {
  let text: string;
  try {
    text = await readFile(options.expect, "utf8");
  } catch (error) {
    printError(`cannot read ${options.expect}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 2;
  }
  const { assertions, problems: expectProblems } = parseExpectations(text);
  for (const p of expectProblems) process.stderr.write(`${options.expect}:${p.line}:${p.column}: error: ${p.message}\n`);
  if (expectProblems.length) return 2;
  const readers = await startReaders(options);
  const { loaded, problems } = await loadRubricFile(options.rubric, await loadVocabulary(), cacheDirOf(options));
  if (reportProblems(problems) || !loaded) {
    await readers?.close();
    return 2;
  }
  const screened = await screenBatch(paths, options, loaded, {}, readers);
  if (!screened.ok) return screened.exitCode;
  const { report } = screened;
  const outcomes = evaluate(report, assertions);
  await emit(renderOutcomes(outcomes, options.expect), undefined);
  return outcomes.some((o) => !o.passed && o.level === "error") ? 1 : 0;
}
