// Blind mode: identity is removed from a Resume BEFORE any check runs, so no check can use it and no output can
// show it. What counts as identity: the candidate's name, e-mail, phone, links, street addresses, dates of birth
// and ages, gender words and pronouns, nationality and marital status.
import type { Evidence, Resume } from "./read/resume.js";

export const REDACTED = "[redacted]";

const PATTERNS: RegExp[] = [
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // e-mail
  /\b(?:https?:\/\/|www\.)\S+/gi, // links
  /\b(?:linkedin\.com|github\.com|gitlab\.com|twitter\.com|x\.com)\/\S*/gi,
  /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}[\s.-]\d{2,4}[\s.-]\d{2,5}\b/g, // phone numbers
  /\b\d{1,5}\s+(?:[A-Z][\w'.-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Straße|Strasse|Rue)\b\.?/g,
  /\b(?:date of birth|birth ?date|d\.?o\.?b\.?|born(?: on| in)?)\s*:?\s*[^,;|]*/gi,
  /\b(?:age\s*:?\s*\d{1,2}|\d{1,2}\s*(?:years old|y\/o|yrs old))\b/gi,
  /\b(?:nationality|citizenship|marital status|gender|sex)\s*:\s*[^,;|]*/gi,
  /\bcitizen of\s+[^,;|]*/gi,
  /\b(?:married|unmarried|single|divorced|widowed|separated)\b(?=\s*(?:$|[,;|.)]))/gim,
  /\b(?:he|she|him|her|his|hers|himself|herself|male|female|man|woman)\b/gi,
  // Titles only as written before a name: "MS" in capitals is a degree, not a title.
  /\b(?:Mr|Mrs|Ms|Miss|Mx)\b\.?/g,
];

/** A stable short label for a candidate: the first hex digits of the file's content hash. */
export function candidateIdFor(sha256: string): string {
  return `C-${sha256.slice(0, 8)}`;
}

export function redactText(text: string, nameParts: readonly string[]): string {
  let out = text;
  for (const part of nameParts) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`, "giu"), REDACTED);
  for (const pattern of PATTERNS) out = out.replace(pattern, REDACTED);
  return out.replace(/(?:\[redacted\][\s,;|·•-]*){2,}/g, `${REDACTED} `).trim();
}

export function blindResume(resume: Resume): Resume {
  const nameParts = (resume.contact.name ?? "")
    .split(/[\s,]+/)
    .map((p) => p.replace(/[.]/g, ""))
    .filter((p) => p.length >= 2);
  const text = (t: string) => redactText(t, nameParts);
  const ev = <E extends Evidence>(e: E): E => ({ ...e, text: text(e.text) });
  return {
    ...resume,
    lines: resume.lines.map(ev),
    sections: resume.sections.map((s) => ({ ...s, evidence: ev(s.evidence) })),
    contact: { links: [], evidence: [] },
    degrees: resume.degrees.map((d) => ({ ...d, evidence: ev(d.evidence) })),
    periods: resume.periods.map((p) => ({ ...p, evidence: ev(p.evidence), details: p.details.map(ev) })),
    skills: resume.skills.map((s) => ({ ...s, evidence: s.evidence.map(ev) })),
    warnings: resume.warnings.map((w) => (w.text === undefined ? w : { ...w, text: text(w.text) })),
    hidden: [],
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
