// Colours for the terminal table. Text is laid out plain first and coloured last, so widths never count escapes.
import { Chalk } from "chalk";

export interface TerminalStyle {
  good: (text: string) => string;
  bad: (text: string) => string;
  warn: (text: string) => string;
  dim: (text: string) => string;
  strong: (text: string) => string;
}

export function terminalStyle(color: boolean): TerminalStyle {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return {
    good: (text) => chalk.green(text),
    bad: (text) => chalk.red(text),
    warn: (text) => chalk.yellow(text),
    dim: (text) => chalk.dim(text),
    strong: (text) => chalk.bold(text),
  };
}

export const PASS_MARK = "✓";
export const FAIL_MARK = "✗";
export const WARNING_MARK = "!";
