// Commands and flags: the only place that sees argv. Each command's work is imported on demand, so
// `shortlist --help` and `shortlist validate` never load the PDF and DOCX readers.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { OutputError } from "./commands/output-error.js";
import { toolVersion } from "./commands/version.js";
import { tolerateStrayPdfRejections } from "./run/stray-rejections.js";

export async function main(argv: string[]): Promise<number> {
  // parse and init read a file in this thread, where pdf.js may leave a rejection behind (run/stray-rejections.ts).
  tolerateStrayPdfRejections();
  let exitCode = 0;
  const program = new Command("shortlist")
    .description("Screen résumés against a rubric and explain every score with the lines that earned it.")
    .version(toolVersion(), "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();

  withBatchOptions(
    program
      .command("screen", { isDefault: true })
      .description("screen files and folders (recursively) and print a ranking")
      .argument("<paths...>", "résumé files or folders")
      .option("-r, --rubric <file>", "the rubric (default: the bundled rubrics/ml-engineer.yaml)")
      .addOption(new Option("-f, --format <name>", "output format").choices(["table", "json", "ndjson", "csv", "md", "html"]).default("table"))
      .option("-o, --out <file>", "write the report there instead of stdout (atomically)")
      .option("--explain", "show the evidence for every check in the table")
      .option("--top <n>", "show only the first n candidates", positiveInt)
      .option("--log <file>", "append a JSON line for the run and one per file (what ran on whom)")
      .option("--blind", "hide identity in every output and label candidates by id; no check sees it"),
  ).action(async (paths: string[], options) => {
    const { screenCommand } = await import("./commands/screen.js");
    exitCode = await screenCommand(paths, options);
  });

  program
    .command("parse")
    .description("show what the reader saw in one file: lines, sections, degrees, periods, skills")
    .argument("<file>", "a résumé file")
    .addOption(new Option("-f, --format <name>", "output format").choices(["text", "json", "json-resume"]).default("text"))
    .option("--as-of <date>", "the date 'present' means, YYYY-MM-DD (default: today)")
    .option("--max-pages <n>", "most PDF pages read", positiveInt, 50)
    .addOption(ocrOption())
    .action(async (file: string, options) => {
      const { parseCommand } = await import("./commands/parse.js");
      exitCode = await parseCommand(file, options);
    });

  program
    .command("validate")
    .description("check rubrics: exit 0, or 2 with file:line:column messages")
    .argument("<rubrics...>", "rubric files")
    .action(async (files: string[]) => {
      const { validateCommand } = await import("./commands/validate.js");
      exitCode = await validateCommand(files);
    });

  withBatchOptions(
    program
      .command("check")
      .description("screen, then test assertions about the result (exit 1 when an error-level one fails)")
      .argument("<paths...>", "résumé files or folders")
      .requiredOption("--expect <file>", "the assertions (YAML)")
      .option("-r, --rubric <file>", "the rubric (default: the bundled rubrics/ml-engineer.yaml)"),
  ).action(async (paths: string[], options) => {
    const { checkCommand } = await import("./commands/check.js");
    exitCode = await checkCommand(paths, options);
  });

  withBatchOptions(
    program
      .command("diff")
      .description("what a rubric change does to the ranking of the same files")
      .argument("<paths...>", "résumé files or folders")
      .requiredOption("--base <rubric>", "the rubric before the change (a file, or git:REV:path)")
      .requiredOption("--head <rubric>", "the rubric after the change (a file, or git:REV:path)")
      .addOption(new Option("-f, --format <name>", "output format").choices(["table", "md", "json"]).default("table"))
      .option("-o, --out <file>", "write there instead of stdout (atomically)"),
  ).action(async (paths: string[], options) => {
    const { diffCommand } = await import("./commands/diff.js");
    exitCode = await diffCommand(paths, options);
  });

  program
    .command("merge")
    .description("merge shard reports (JSON or NDJSON) into one ranked report")
    .argument("<reports...>", "shard reports")
    .option("-r, --rubric <file>", "the rubric the shards were screened with (needed for NDJSON-only shards)")
    .addOption(new Option("-f, --format <name>", "output format").choices(["table", "json", "ndjson", "csv", "md", "html"]).default("json"))
    .option("-o, --out <file>", "write there instead of stdout (atomically)")
    .option("--explain", "show the evidence for every check in the table")
    .option("--top <n>", "show only the first n candidates", positiveInt)
    .action(async (files: string[], options) => {
      const { mergeCommand } = await import("./commands/merge.js");
      exitCode = await mergeCommand(files, options);
    });

  program
    .command("init")
    .description("draft a rubric from a job posting (text, Markdown, PDF or DOCX)")
    .requiredOption("--from <posting>", "the posting")
    .option("-o, --out <file>", "write the draft there instead of stdout")
    .action(async (options) => {
      const { initCommand } = await import("./commands/init.js");
      exitCode = await initCommand(options);
    });

  program
    .command("audit")
    .description("selection rates and impact ratios per group, from a JSON report and the employer's groups file")
    .argument("<report>", "a report written with --format json")
    .requiredOption("--groups <file>", "CSV: a file (or candidateId) column, then one column per attribute")
    .option("--cutoff <score>", "selected = score ≥ this (default: meets every required check)")
    .addOption(new Option("-f, --format <name>", "output format").choices(["table", "md", "json", "csv"]).default("table"))
    .option("-o, --out <file>", "write there instead of stdout (atomically)")
    .action(async (report: string, options) => {
      const { auditCommand } = await import("./commands/audit.js");
      exitCode = await auditCommand(report, options);
    });

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code);
      return benign ? 0 : 2;
    }
    if (error instanceof OutputError) {
      process.stderr.write(`shortlist: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  return exitCode;
}

/** The flags of every command that reads a batch of résumés. */
function withBatchOptions(command: Command): Command {
  return command
    .option("--as-of <date>", "the date 'present' means, YYYY-MM-DD (default: today)")
    .option("-j, --jobs <n>", "worker threads (default: the number of CPUs)", positiveInt)
    .option("--cache-dir <dir>", "where read résumés are cached (default: $XDG_CACHE_HOME/shortlist)")
    .option("--no-cache", "neither read nor write the cache")
    .option("--shard <k/n>", "screen a deterministic 1/n of the files (split by content hash)")
    .option("--quiet", "no progress bar")
    .option("--file-timeout <seconds>", "time limit per file", positiveNumber, 30)
    .option("--max-bytes <n>", "largest file read, in bytes", positiveInt, 20 * 1024 * 1024)
    .option("--max-pages <n>", "most PDF pages read per file", positiveInt, 50)
    .option("--max-part-bytes <n>", "largest uncompressed XML part of a DOCX or ODT, in bytes", positiveInt, 1024 * 1024)
    .addOption(ocrOption())
    .option("--follow-symlinks", "follow links that leave the given folders");
}

function ocrOption(): Option {
  return new Option("--ocr <mode>", "read PDF pages with no text layer through OCR: auto (those pages), off, force (every page)")
    .choices(["auto", "off", "force"])
    .default("auto");
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number ≥ 1, got "${value}"`);
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected a number > 0, got "${value}"`);
  return n;
}
