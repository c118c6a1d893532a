// shortlist init --from <posting>: a draft rubric from a job posting (text, Markdown, PDF or DOCX).
// The draft is validated before it is written, so what comes out can screen at once.
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { DEFAULT_LIMITS, allLines } from "../ingest/document.js";
import { draftRubric } from "../rubric/draft.js";
import { parseRubric } from "../rubric/load.js";
import { emit, loadVocabulary, packagePath, printError } from "./environment.js";
import { reportProblems } from "./rubric-file.js";

export interface InitOptions {
  from: string;
  out?: string;
}

export async function initCommand(options: InitOptions): Promise<number> {
  const text = await postingText(options.from);
  if (typeof text !== "string") {
    printError(text.error);
    return 2;
  }
  const vocabulary = (await loadVocabulary()).parsed;
  const here = options.out ? dirname(resolve(options.out)) : process.cwd();
  const posting = relative(here, resolve(options.from)).split("\\").join("/");
  const schema = relative(here, packagePath("rubrics/rubric.schema.json")).split("\\").join("/");
  const draft = draftRubric(text, vocabulary, { posting, schema });
  const { problems } = parseRubric(draft, options.out ?? "(draft)", vocabulary);
  if (reportProblems(problems)) return 2;
  await emit(draft, options.out);
  return 0;
}

/** Plain text and Markdown are used as they are (their headings and bullets carry meaning); other formats are read. */
async function postingText(file: string): Promise<string | { error: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { error: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  const { ingest } = await import("../ingest/index.js");
  const doc = await ingest(new Uint8Array(bytes), DEFAULT_LIMITS);
  if (!doc.ok) return { error: `${file}: ${doc.error.message}` };
  if (doc.value.format === "text" || doc.value.format === "markdown") return new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  return allLines(doc.value).map((line) => line.text).join("\n");
}
