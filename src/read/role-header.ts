// Title and organisation from the lines that introduce a role: "Senior ML Engineer, Acme Corp",
// "Acme Corp | Senior ML Engineer", "Acme Corp, New Orleans, LA, Accountant", or two lines "Title" / "Org".
import { isPlace, isRegion, withoutCity } from "./places.js";

/** Words that make a phrase a job title rather than an organisation. */
const ROLE_WORDS = new RegExp(
  "\\b(?:" +
    [
      "engineer", "engineering\\s+manager", "developer", "programmer", "scientist", "analyst", "manager", "director",
      "lead", "leader", "head", "architect", "consultant", "specialist", "administrator", "technician", "designer",
      "intern", "internship", "trainee", "assistant", "associate", "researcher", "research\\s+fellow", "fellow",
      "postdoc", "professor", "lecturer", "instructor", "teacher", "tutor", "officer", "president", "vice\\s+president",
      "vp", "cto", "ceo", "cfo", "coo", "founder", "co-?founder", "owner", "partner", "accountant", "auditor",
      "coordinator", "supervisor", "advisor", "adviser", "representative", "clerk", "writer", "editor", "member",
      "volunteer", "sre", "devops", "staff", "principal", "contractor", "freelancer", "freelance", "self[-\\s]employed",
      "executive", "strategist", "economist", "statistician", "mathematician", "physicist", "chemist", "nurse",
      "physician", "attorney", "lawyer", "paralegal", "coach", "mentor", "chair", "secretary", "treasurer",
      "student", "ta", "curator", "composer", "producer", "cashier", "agent", "operator", "planner", "barista",
      "recruiter", "buyer", "marketer", "investigator", "practitioner", "therapist", "counselor", "technologist",
    ].join("|") +
    ")s?\\b",
  "iu",
);

/** Words that make a phrase an organisation wherever they stand ("University of Michigan", "Acme Corp."). */
const ORG_NAMES = /\b(?:inc|llc|ltd|plc|corp|corporation|gmbh|company|university|universität|université|universidad|college|institute|bank|hospital|clinic|laboratory|foundation|ministry|department)\b/iu;
/** Words that end an organisation's name, even one holding a role word ("Meridian Health Partners"). */
const ORG_ENDINGS = /\b(?:co|labs?|technologies|partners|group|systems|solutions|services|center|centre|agency|studios?|consulting|capital|holdings|ventures|networks?|health|analytics|media|software|games|robotics|insurance|energy|telecom|retail|council|union)\.?$/iu;

/** A phrase that names an organisation: "Acme Corp", "Westbrook University", "Tilde Games". */
export function isOrgName(phrase: string): boolean {
  return ORG_NAMES.test(phrase) || ORG_ENDINGS.test(phrase.trim());
}

export interface RoleHeader {
  title?: string;
  org?: string;
}

export function isRoleTitle(phrase: string): boolean {
  return ROLE_WORDS.test(phrase) && !isOrgName(phrase);
}

/**
 * Commas separate title, organisation and place ("Acme Corp, New Orleans, LA, Accountant"), but not "Acme, Inc.";
 * a region ends an address, and takes the city before it along ("Northwind Analytics Seattle, WA").
 */
function splitCommas(text: string): string[] {
  const pieces: string[] = [];
  for (const piece of text.split(/,\s*/)) {
    // "Co" is a company, "CO" is Colorado.
    if (pieces.length && /^(?:Inc|INC|LLC|Ltd|LTD|Co|Corp|GmbH|S\.?A|PLC|L\.?P)\b\.?$/u.test(piece)) pieces[pieces.length - 1] += `, ${piece}`;
    else pieces.push(piece);
  }
  const out: string[] = [];
  let afterRegion = false;
  for (const piece of pieces) {
    const region = isRegion(piece);
    if (region && !afterRegion && out.length > 0) {
      const last = out[out.length - 1]!;
      // "…, Cupertino, CA": a lone word before the region is its city. Otherwise a city may have run onto the
      // organisation ("Granite Peak Insurance Denver, CO") and comes off its end.
      if (out.length > 1 && isLoneWord(last)) out.pop();
      else if (last.split(/\s+/).length >= 2 && !isRoleTitle(last) && !ORG_ENDINGS.test(last)) out[out.length - 1] = withoutCity(last);
    } else if (!region) out.push(piece);
    afterRegion = region;
  }
  return out;
}

const isLoneWord = (piece: string): boolean => /^[\p{Lu}][\p{L}.'-]*$/u.test(piece.trim()) && !isRoleTitle(piece) && !isOrgName(piece);

/** The phrases of one header line, split at the usual separators, with places dropped. */
export function headerPhrases(text: string): string[] {
  return text
    .replace(/^[•●▪■◦○◆►▸‣∙*–—-]\s*/u, "")
    .split(/\s+(?:[|·•@–—]|-|at|@)\s+|\s*[|·•]\s*|\s{3,}|\t|\s*\(\s*|\s*\)\s*/u)
    .flatMap(splitCommas)
    .map((p) => p.trim().replace(/^[,;:–—-]+|[,;:–—-]+$/gu, "").trim())
    .filter((p) => p.length >= 2 && /\p{L}/u.test(p) && !isPlace(p));
}

/**
 * Title = the first phrase with a role word; organisation = the first other phrase, one that reads as an
 * organisation first. With `guessTitle`, a lone phrase that is not an organisation is taken for the title
 * ("Sommelier" is a title the word list does not know).
 */
export function parseRoleHeader(lines: readonly string[], guessTitle = true): RoleHeader {
  const phrases = lines.flatMap(headerPhrases);
  const header: RoleHeader = {};
  if (guessTitle && phrases.length === 1 && !isOrgName(phrases[0]!)) return { title: phrases[0]! };
  const titleAt = phrases.findIndex(isRoleTitle);
  if (titleAt >= 0) header.title = phrases[titleAt];
  const others = phrases.filter((p, i) => i !== titleAt && p.split(/\s+/).length <= 8);
  const org = others.find(isOrgName) ?? others.find((p) => !isRoleTitle(p));
  if (org) header.org = org;
  else if (guessTitle && titleAt < 0 && phrases[0]) header.title = phrases[0];
  return header;
}
