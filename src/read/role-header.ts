// Title and organisation from the lines that introduce a role: "Senior ML Engineer, Acme Corp",
// "Acme Corp | Senior ML Engineer", "Acme Corp, New Orleans, LA, Accountant", or two lines "Title" / "Org".

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
      "student", "ta", "curator", "composer", "producer", "cashier", "associate", "agent", "operator", "planner",
      "recruiter", "buyer", "marketer", "investigator", "practitioner", "therapist", "counselor", "technologist",
    ].join("|") +
    ")s?\\b",
  "iu",
);

/** Places: "San Francisco, CA", "Remote", "Berlin, Germany". */
const PLACE = /^(?:remote|hybrid|on-?site|onsite|worldwide|[\p{Lu}][\p{L}.' -]+,\s*(?:[A-Z]{2}|[\p{Lu}][\p{L}.' -]+)|[A-Z]{2}|USA|U\.S\.A?\.?|UK|United\s+States|United\s+Kingdom)$/u;
const LOCATION_TAIL = /,\s*(?:[A-Z]{2}|USA|UK|Remote)\s*$/u;

export interface RoleHeader {
  title?: string;
  org?: string;
}

/** The phrases of one header line, split at the usual separators, with places dropped. */
export function headerPhrases(text: string): string[] {
  const parts = text
    .replace(/^[•●▪■◦○◆►▸‣∙*–—-]\s*/u, "")
    .split(/\s+(?:[|·•@–—]|-|at|@)\s+|\s*[|·•]\s*|\s{3,}|\t|\s*\(\s*|\s*\)\s*/u)
    .flatMap((p) => splitCommas(p))
    .map((p) => p.trim().replace(/^[,;:–—-]+|[,;:–—-]+$/gu, "").trim())
    .filter((p) => p.length >= 2 && /\p{L}/u.test(p) && !PLACE.test(p));
  return parts;
}

/** Commas separate title, organisation and place ("Acme Corp, New Orleans, LA, Accountant"), except in "Inc.". */
function splitCommas(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/,\s*/)) {
    if (out.length && /^(?:inc|llc|ltd|co|corp|gmbh|s\.?a|plc|l\.?p)\b\.?$/iu.test(piece)) out[out.length - 1] += `, ${piece}`;
    else out.push(piece);
  }
  // "New Orleans, LA" is one place: rejoin a city with its state code so PLACE can drop it.
  const joined: string[] = [];
  for (const piece of out) {
    if (joined.length && /^[A-Z]{2}$/.test(piece) && !ROLE_WORDS.test(joined[joined.length - 1]!)) joined[joined.length - 1] += `, ${piece}`;
    else joined.push(piece);
  }
  return joined.map((p) => p.replace(LOCATION_TAIL, ""));
}

export function isRoleTitle(phrase: string): boolean {
  return ROLE_WORDS.test(phrase);
}

/** Title = the first phrase with a role word; organisation = the first other phrase. */
export function parseRoleHeader(lines: readonly string[]): RoleHeader {
  const phrases = lines.flatMap(headerPhrases);
  const header: RoleHeader = {};
  const titleAt = phrases.findIndex(isRoleTitle);
  if (titleAt >= 0) header.title = phrases[titleAt];
  const org = phrases.find((p, i) => i !== titleAt && !isRoleTitle(p) && p.split(/\s+/).length <= 8);
  if (org) header.org = org;
  else if (titleAt < 0 && phrases[0]) header.title = phrases[0];
  return header;
}
