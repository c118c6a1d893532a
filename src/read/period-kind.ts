// What kind of position a role is, from its title line: internships, student jobs and volunteering are listed
// but not counted as professional experience.
import type { PeriodKind } from "./resume.js";

const INTERNSHIP = /\b(?:interns?|internships?|co-?op|trainee|apprentice(?:ship)?|praktikum|praktikant(?:in)?|stagiaire|summer\s+(?:analyst|associate|student|research|job))\b/iu;
const STUDENT = /\b(?:teaching\s+assistant|student\s+assistant|research\s+assistant|graduate\s+(?:student\s+)?(?:assistant|researcher)|student\s+(?:researcher|worker|employee|ambassador|intern)|working\s+student|werkstudent(?:in)?|undergraduate\s+(?:researcher|research\s+assistant)|resident\s+assistant|peer\s+(?:tutor|mentor|advisor|counselor)|tutor|(?:ph\.?\s?d|doctoral|graduate|master['’]?s)\s+(?:student|candidate)|visiting\s+(?:graduate\s+)?student|student)\b/iu;
/** Abbreviations that are student jobs only in capitals ("TA", not "ta"). */
const STUDENT_ABBREVIATION = /\b(?:TA|GTA|GRA)\b/u;
const RESEARCH = /\b(?:post-?doc(?:toral)?(?:\s+(?:fellow|researcher|scholar))?|research\s+(?:scientist|fellow|associate|engineer|staff)|researcher|(?:ph\.?\s?d|doctoral)\s+researcher|wissenschaftliche[rn]?\s+mitarbeiter(?:in)?)\b/iu;
const VOLUNTEER = /\b(?:volunteer(?:ing|ed)?|pro\s+bono|b[ée]n[ée]vole|ehrenamtlich(?:e[rn]?)?)\b/iu;

function isStudentJob(text: string): boolean {
  return STUDENT.test(text) || STUDENT_ABBREVIATION.test(text);
}

export interface KindInput {
  /** The role's header: title, organisation and the date line, without the dates themselves. */
  header: string;
  /** The role sits in a volunteer or activities section. */
  inVolunteerSection: boolean;
  /** The dates are one summer ("Summer 2021"): a seasonal position. */
  summerOnly: boolean;
}

export function classifyPeriod(input: KindInput): PeriodKind {
  const { header } = input;
  if (input.inVolunteerSection || VOLUNTEER.test(header)) return "volunteer";
  if (INTERNSHIP.test(header) || /\bsummer\b/iu.test(header) || input.summerOnly) return "internship";
  // "PhD researcher" is employed research, "PhD student" a student: check research titles first.
  if (RESEARCH.test(header) && !/\b(?:student|assistant)\b/iu.test(header)) return "research";
  if (isStudentJob(header)) return "student";
  if (RESEARCH.test(header)) return "research";
  return "job";
}
