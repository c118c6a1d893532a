// What the reader understood of one résumé. Every fact carries evidence: page, line and quoted text.
import type { Warning, HiddenText, SourceFormat } from "../ingest/document.js";

export interface Evidence {
  page: number;
  line: number;
  text: string;
}

export type SectionKind =
  | "contact"
  | "summary"
  | "experience"
  | "education"
  | "skills"
  | "projects"
  | "publications"
  | "certifications"
  | "awards"
  | "languages"
  | "interests"
  | "references"
  | "volunteer"
  | "other";

export interface Section {
  kind: SectionKind;
  /** The heading as written, or null for the lines before the first heading. */
  heading: string | null;
  evidence: Evidence;
  /** Index range into Resume.lines, end exclusive. */
  start: number;
  end: number;
}

export interface ResumeLine extends Evidence {
  section: SectionKind;
}

export type DegreeLevel = "none" | "associate" | "bachelor" | "master" | "phd";
export const DEGREE_LEVELS: readonly DegreeLevel[] = ["none", "associate", "bachelor", "master", "phd"];

export interface Degree {
  level: Exclude<DegreeLevel, "none">;
  /** The degree as written: "M.S.", "Master of Science". */
  name?: string;
  field?: string;
  institution?: string;
  year?: number;
  /** false for "expected 2027", "candidate", "ABD", "in progress". */
  completed: boolean;
  evidence: Evidence;
}

export type PeriodKind = "job" | "research" | "internship" | "student" | "volunteer";

/** A month as "YYYY-MM". */
export type YearMonth = string;

export interface Period {
  title?: string;
  org?: string;
  start: YearMonth;
  end: YearMonth | "present";
  kind: PeriodKind;
  /** The line with the dates (or the title line when they share it). */
  evidence: Evidence;
  /** The role's description lines (bullets), for relevance matching. */
  details: Evidence[];
}

export interface SkillMention {
  id: string;
  mentions: number;
  evidence: Evidence[];
}

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
  links: string[];
  evidence: Evidence[];
}

export interface Resume {
  format: SourceFormat;
  pages: number;
  lines: ResumeLine[];
  sections: Section[];
  contact: Contact;
  degrees: Degree[];
  periods: Period[];
  skills: SkillMention[];
  warnings: Warning[];
  hidden: HiddenText[];
}
