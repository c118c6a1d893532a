// What every check kind implements: one requirement, scored 0..1 with the evidence behind it.
// A check never knows its weight; scoring.ts does.
import type { Evidence, Resume } from "../../read/resume.js";
import type { Vocabulary } from "../../read/vocabulary.js";

export interface CheckContext {
  /** "YYYY-MM-DD": the date "present" means. */
  asOf: string;
  vocabulary: Vocabulary;
}

export interface CheckOutcome {
  /** 0..1 */
  score: number;
  evidence: Evidence[];
  /** One sentence a recruiter understands: "M.S. Computer Science (2016)", "3.2 of 5 years". */
  message: string;
}

export type CheckFn<Spec> = (resume: Resume, spec: Spec, context: CheckContext) => CheckOutcome;
