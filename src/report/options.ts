// What every reporter receives besides the report itself. Reporters are pure: same report and options, same text.
import type { ScreenReport } from "../model.js";

export interface ReportOptions {
  /** ANSI colour in the terminal table; the other formats ignore it. */
  color: boolean;
  /** Every check with its weight, message and all its evidence, not only the strongest line. */
  explain: boolean;
  /** Show only the first n ranked candidates (failed files are always listed). json and ndjson ignore it. */
  top?: number;
  /** Terminal columns for the table. */
  width?: number;
}

export type Reporter = (report: ScreenReport, options: ReportOptions) => string;

export const DEFAULT_WIDTH = 100;
