// The ScreenReport: the one model every reporter reads (DESIGN.md §5). Changing a name here breaks users' scripts.
import type { Contact as ResumeContact, DegreeLevel, Evidence, PeriodKind, YearMonth } from "./read/resume.js";

export const SCHEMA_VERSION = 1;

export interface ReportWarning {
  code: string;
  message: string;
  page?: number;
  line?: number;
  text?: string;
}

export interface CheckResult {
  id: string;
  kind: string;
  label: string;
  weight: number;
  required: boolean;
  bonus: boolean;
  /** 0..1 */
  score: number;
  passed: boolean;
  message: string;
  evidence: Evidence[];
}

export interface ProfileDegree {
  level: Exclude<DegreeLevel, "none">;
  field?: string;
  institution?: string;
  year?: number;
  completed: boolean;
  evidence: Evidence;
}

export interface ProfilePeriod {
  title?: string;
  org?: string;
  start: YearMonth;
  end: YearMonth | "present";
  kind: PeriodKind;
  evidence: Evidence;
}

export interface Profile {
  highestDegree: DegreeLevel;
  degrees: ProfileDegree[];
  /**
   * totalYears: every paid role (jobs, research, internships, student jobs), overlaps once; professionalYears:
   * jobs and research positions only. Volunteering counts in neither.
   */
  experience: { totalYears: number; professionalYears: number; periods: ProfilePeriod[] };
  skills: { id: string; mentions: number; evidence: Evidence[] }[];
}

export type Contact = Omit<ResumeContact, "evidence">;

export interface ScoredCandidate {
  rank: number;
  file: string;
  sha256: string;
  status: "scored";
  /** 0..100, one decimal. */
  score: number;
  meetsRequired: boolean;
  /** Present only in blind mode: the stable label shown instead of the name. */
  candidateId?: string;
  contact: Contact;
  profile: Profile;
  checks: CheckResult[];
  warnings: ReportWarning[];
}

export interface FailedCandidate {
  rank: null;
  file: string;
  sha256?: string;
  status: "error";
  candidateId?: string;
  error: { code: string; message: string };
}

export type Candidate = ScoredCandidate | FailedCandidate;

export interface RubricRef {
  id: string;
  name: string;
  path: string;
  sha256: string;
}

export interface ScreenReport {
  schemaVersion: number;
  tool: { name: "shortlist"; version: string };
  asOf: string;
  rubric: RubricRef;
  /** The rubric's checks in order: reporters use it for stable columns even when every file failed. */
  checks: { id: string; kind: string; label: string; weight: number; required: boolean; bonus: boolean }[];
  summary: { files: number; scored: number; errors: number; meetsRequired: number };
  candidates: Candidate[];
  /** Present when --blind was given. */
  blind?: boolean;
  /** Present when --shard was given: "k/n". */
  shard?: string;
}
