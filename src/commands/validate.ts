// shortlist validate <rubric...>: every problem at once as file:line:column, exit 2 on any error.
import { loadVocabulary } from "./environment.js";
import { loadRubricFile, reportProblems } from "./rubric-file.js";

export async function validateCommand(files: string[]): Promise<number> {
  const vocabulary = await loadVocabulary();
  let failed = false;
  for (const file of files) {
    const { problems } = await loadRubricFile(file, vocabulary);
    if (reportProblems(problems)) failed = true;
    else process.stdout.write(`${file}: ok${problems.length ? ` (${problems.length} warning${problems.length === 1 ? "" : "s"})` : ""}\n`);
  }
  return failed ? 2 : 0;
}
