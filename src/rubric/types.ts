// A validated rubric: the posting's requirements as weighted checks.
import type { DegreeLevel } from "../read/resume.js";

interface CheckBase {
  id: string;
  label: string;
  weight: number;
  /** Knockout: a candidate that fails it is flagged and ranked below the rest. */
  required: boolean;
  /** "Is a plus": adds credit, never takes it away. */
  bonus: boolean;
  /** Score at or above which the check counts as passed (default 1). */
  pass: number;
}

export interface DegreeCheckSpec extends CheckBase {
  kind: "degree";
  min: Exclude<DegreeLevel, "none">;
  /** Accepted fields of study, lower case; empty means any field. */
  fields: string[];
  /** Whether a degree in progress counts (default false). */
  in_progress: boolean;
}

export interface ExperienceCheckSpec extends CheckBase {
  kind: "experience";
  min_years: number;
  /** Terms a role's title or description must contain to count; empty means every role counted. */
  relevant: string[];
  /** Which roles count: "professional" (jobs and research) or "all" (internships and student jobs too). */
  count: ExperienceCount;
}

export type ExperienceCount = "professional" | "all";

export interface SkillsCheckSpec extends CheckBase {
  kind: "skills";
  any?: string[];
  all?: string[];
  /** With `any`: how many of the list earn full credit (default 1). */
  min?: number;
}

export interface KeywordsCheckSpec extends CheckBase {
  kind: "keywords";
  /** Phrases (case-insensitive, whole words) or regular expressions written /like this/i. */
  any: string[];
  /** How many distinct terms earn full credit (default 1). */
  min: number;
}

export type CheckSpec = DegreeCheckSpec | ExperienceCheckSpec | SkillsCheckSpec | KeywordsCheckSpec;
export type CheckKind = CheckSpec["kind"];

export interface Rubric {
  id: string;
  name: string;
  posting?: string;
  /** Free text for the rubric's maintainers; never scored. */
  description?: string;
  checks: CheckSpec[];
}

export interface LoadedRubric {
  rubric: Rubric;
  /** As given on the command line (or the bundled default's path relative to the package). */
  path: string;
  sha256: string;
}

export interface RubricProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: "error" | "warning";
}
