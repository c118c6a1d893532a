// Resume → a JSON Resume document (jsonresume.org, schema v1.0.0): what shortlist read, in a format other
// tools import. basics from the contact, work and volunteer from the dated roles, education from the
// degrees, skills from the vocabulary matches grouped by category. Facts the schema has no field for (the
// kind of a role, the as-of date that "present" meant, years counted) go in meta.shortlist.
import { professionalYears, totalYears } from "../read/experience-years.js";
import type { Degree, Evidence, Period, Resume } from "../read/resume.js";
import type { Vocabulary } from "../read/vocabulary.js";

export const JSON_RESUME_SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

export interface JsonResumeOptions {
  /** The date "present" meant when the résumé was read (YYYY-MM-DD). */
  asOf: string;
  /** For skill display names and categories; without it skills are listed by id in one group. */
  vocabulary?: Vocabulary;
}

type Json = Record<string, unknown>;

const NETWORKS: Array<[RegExp, string]> = [
  [/(^|\.)linkedin\.com$/i, "LinkedIn"], [/(^|\.)github\.com$/i, "GitHub"], [/(^|\.)gitlab\.com$/i, "GitLab"],
  [/(^|\.)kaggle\.com$/i, "Kaggle"], [/(^|\.)(twitter|x)\.com$/i, "Twitter"], [/^scholar\.google\./i, "Google Scholar"],
  [/(^|\.)stackoverflow\.com$/i, "Stack Overflow"], [/(^|\.)huggingface\.co$/i, "Hugging Face"], [/(^|\.)medium\.com$/i, "Medium"],
];
const CATEGORY_NAMES: Record<string, string> = {
  language: "Programming languages", "ml-library": "Machine learning libraries", "ml-concept": "Machine learning",
  cloud: "Cloud", data: "Data", database: "Databases", devops: "DevOps", tool: "Tools", web: "Web",
};
const STUDY_TYPES: Record<Degree["level"], string> = { associate: "Associate", bachelor: "Bachelor", master: "Master", phd: "PhD" };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A JSON Resume line's path prefix ("work[0].highlights[1]: "), left off when its text is exported again. */
const PATH_PREFIX = /^[A-Za-z$]+(?:\[\d+\]|\.[A-Za-z$]+)*: /;

export function toJsonResume(resume: Resume, options: JsonResumeOptions): Json {
  const document: Json = { $schema: JSON_RESUME_SCHEMA_URL, basics: basicsOf(resume) };
  const work = resume.periods.filter((p) => p.kind !== "volunteer").map((p) => roleOf(p, "name", resume.format));
  const volunteer = resume.periods.filter((p) => p.kind === "volunteer").map((p) => roleOf(p, "organization", resume.format));
  if (work.length > 0) document.work = work;
  if (volunteer.length > 0) document.volunteer = volunteer;
  if (resume.degrees.length > 0) document.education = resume.degrees.map(educationOf);
  const skills = skillsOf(resume, options.vocabulary);
  if (skills.length > 0) document.skills = skills;
  document.meta = {
    shortlist: {
      asOf: options.asOf,
      sourceFormat: resume.format,
      totalYears: totalYears(resume.periods, options.asOf),
      professionalYears: professionalYears(resume.periods, options.asOf),
      roleKinds: resume.periods.map((p) => p.kind),
    },
  };
  return document;
}

function basicsOf(resume: Resume): Json {
  const { name, email, phone, links } = resume.contact;
  const basics: Json = {};
  if (name) basics.name = name;
  if (email && EMAIL.test(email)) basics.email = email;
  if (phone) basics.phone = phone;
  const profiles: Json[] = [];
  for (const link of links) {
    const url = asUrl(link);
    if (!url) continue;
    const network = NETWORKS.find(([host]) => host.test(url.hostname))?.[1];
    if (!network && basics.url === undefined) basics.url = url.href;
    else if (network) {
      const username = url.pathname.split("/").filter(Boolean).pop();
      profiles.push(username ? { network, username, url: url.href } : { network, url: url.href });
    }
  }
  if (profiles.length > 0) basics.profiles = profiles;
  return basics;
}

function roleOf(period: Period, orgKey: "name" | "organization", format: Resume["format"]): Json {
  const role: Json = {};
  if (period.org) role[orgKey] = period.org;
  if (period.title) role.position = period.title;
  role.startDate = period.start;
  if (period.end !== "present") role.endDate = period.end;
  const highlights = joinWrappedBullets(period.details.map((detail) => textOf(detail, format)));
  if (highlights.length > 0) role.highlights = highlights;
  return role;
}

function educationOf(degree: Degree): Json {
  const entry: Json = {};
  if (degree.institution) entry.institution = degree.institution;
  if (degree.field) entry.area = degree.field;
  entry.studyType = STUDY_TYPES[degree.level];
  // JSON Resume has no "in progress": an unfinished degree simply has no end date.
  if (degree.completed && degree.year !== undefined) entry.endDate = String(degree.year);
  return entry;
}

function skillsOf(resume: Resume, vocabulary: Vocabulary | undefined): Json[] {
  const byId = new Map((vocabulary?.skills ?? []).map((skill) => [skill.id, skill]));
  const groups = new Map<string, string[]>();
  for (const mention of resume.skills) {
    const skill = byId.get(mention.id);
    const group = skill?.category ? CATEGORY_NAMES[skill.category] ?? skill.category : "Skills";
    groups.set(group, [...(groups.get(group) ?? []), skill?.name ?? mention.id]);
  }
  const order = Object.values(CATEGORY_NAMES);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...groups].sort(([a], [b]) => rank(a) - rank(b)).map(([name, keywords]) => ({ name, keywords }));
}

function textOf(evidence: Evidence, format: Resume["format"]): string {
  return (format === "json-resume" ? evidence.text.replace(PATH_PREFIX, "") : evidence.text).trim();
}

/** A bullet that wrapped onto more lines is one highlight; lines of a role without bullets stay lines. */
function joinWrappedBullets(lines: string[]): string[] {
  const highlights: string[] = [];
  let open = false;
  for (const line of lines) {
    if (line === "") continue;
    const bullet = /^•\s*/.exec(line);
    if (bullet || !open) {
      highlights.push(line.slice(bullet?.[0].length ?? 0));
      open = bullet !== null;
      continue;
    }
    const last = highlights.length - 1;
    highlights[last] = /\p{L}-$/u.test(highlights[last]!) ? highlights[last] + line : `${highlights[last]} ${line}`;
  }
  return highlights;
}

/** A link as an absolute URL (résumés write "github.com/ana"); undefined when it is not one. */
function asUrl(link: string): URL | undefined {
  const text = /^[a-z][a-z0-9+.-]*:/i.test(link) ? link : `https://${link}`;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}
