// Expectations for `shortlist check`: assertions that only read a finished ScreenReport (Lighthouse CI style).

export type Level = "error" | "warn";

export interface FileAssertion {
  file: string;
  level: Level;
  minScore?: number;
  maxScore?: number;
  meetsRequired?: boolean;
  inTop?: number;
  rankAbove?: string;
  /** The file must be read (true) or must fail with this error code (a string). */
  status?: "scored" | string;
  /** 1-based line in the expectations file, for messages. */
  line: number;
}

export interface BatchAssertion {
  batch: true;
  level: Level;
  minMeetsRequired?: number;
  maxMeetsRequired?: number;
  minScored?: number;
  maxErrors?: number;
  line: number;
}

export type Assertion = FileAssertion | BatchAssertion;

export interface AssertionOutcome {
  level: Level;
  /** "strong-fit.pdf minScore" or "batch minMeetsRequired". */
  name: string;
  passed: boolean;
  expected: string;
  actual: string;
  /** Why, in the report's own words: the checks that held the candidate back, with their evidence. */
  details: string[];
  line: number;
}
