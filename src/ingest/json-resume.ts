// JSON Resume (jsonresume.org) → Document. The structured data is kept for the reader (Document.structured),
// and the text is written out as one page of lines, each saying where in the JSON it comes from, so every
// fact cites a line a person can read and find in the file:
//
//   basics.name: Maya Lindqvist
//   work[0]: Senior Machine Learning Engineer, Northwind Analytics, Seattle, WA (2023-03 – present)
//   work[0].highlights[1]: Designed a feature pipeline in PySpark …
//   education[0]: Master, Computer Science, University of Washington (2017-09 – 2019-06)
//   skills[1]: Machine Learning: PyTorch, TensorFlow, scikit-learn
//
// An entry (a job, a degree, a skill group) is one line with its path; its free text (summary,
// highlights, courses) follows, a line per item with the item's path.

import { cleanLineText } from "./clean.js";
import { fail, ok, type Document, type Line, type Result } from "./document.js";
import { isObject, parseJsonResume, type JsonObject } from "./json-resume-shape.js";
import { decodeText } from "./text.js";

interface SectionShape {
  /** Fields joined into the entry's own line, in this order. */
  head: string[];
  /** A field shown after a colon on the entry's line (skills: keywords). */
  list?: string;
  /** Fields with a line of their own (strings) or a line per item (arrays of strings). */
  text: string[];
  dated?: boolean;
}

const SECTIONS: Record<string, SectionShape> = {
  work: { head: ["position", "name", "location"], text: ["description", "summary", "highlights"], dated: true },
  volunteer: { head: ["position", "organization"], text: ["summary", "highlights"], dated: true },
  education: { head: ["studyType", "area", "institution"], text: ["score", "courses"], dated: true },
  projects: { head: ["name", "entity"], text: ["description", "highlights", "keywords", "roles"], dated: true },
  awards: { head: ["title", "awarder", "date"], text: ["summary"] },
  certificates: { head: ["name", "issuer", "date"], text: [] },
  publications: { head: ["name", "publisher", "releaseDate"], text: ["summary"] },
  skills: { head: ["name", "level"], list: "keywords", text: [] },
  languages: { head: ["language", "fluency"], text: [] },
  interests: { head: ["name"], list: "keywords", text: [] },
  references: { head: ["name"], text: ["reference"] },
};
const BASICS = ["name", "label", "email", "phone", "url"];

export function readJsonResume(bytes: Uint8Array): Result<Document> {
  const data = parseJsonResume(decodeText(bytes));
  if (!data) return fail("CORRUPT", "This JSON Resume file is not valid JSON; ask the candidate to send it again.");
  const lines: Line[] = [];
  const add = (path: string, value: string) => {
    const text = cleanLineText(value);
    if (text) lines.push({ page: 1, line: lines.length + 1, text: `${path}: ${text}`, path });
  };
  basicsLines(isObject(data.basics) ? data.basics : {}, add);
  for (const [key, shape] of Object.entries(SECTIONS)) {
    const entries = Array.isArray(data[key]) ? data[key] : [];
    entries.forEach((entry, i) => {
      if (isObject(entry)) entryLines(`${key}[${i}]`, entry, shape, add);
    });
  }
  if (lines.length === 0) return fail("NO_TEXT", "This JSON Resume file contains no text.");
  return ok({ format: "json-resume", pages: [{ number: 1, lines }], warnings: [], hidden: [], structured: data });
}

function basicsLines(basics: JsonObject, add: (path: string, value: string) => void): void {
  for (const key of BASICS) if (isText(basics[key])) add(`basics.${key}`, String(basics[key]));
  if (isObject(basics.location)) {
    const { address, city, region, postalCode, countryCode } = basics.location;
    const place = [address, city, region, postalCode, countryCode].filter(isText).join(", ");
    if (place) add("basics.location", place);
  }
  const profiles = Array.isArray(basics.profiles) ? basics.profiles : [];
  profiles.forEach((profile, i) => {
    if (!isObject(profile)) return;
    const where = [profile.url, profile.username && !profile.url ? profile.username : undefined].filter(isText).join(" ");
    if (where || isText(profile.network)) add(`basics.profiles[${i}]`, [profile.network, where].filter(isText).join(": "));
  });
  if (isText(basics.summary)) add("basics.summary", String(basics.summary));
}

function entryLines(path: string, entry: JsonObject, shape: SectionShape, add: (path: string, value: string) => void): void {
  let head = shape.head.map((key) => entry[key]).filter(isText).join(", ");
  if (shape.list && Array.isArray(entry[shape.list])) {
    const items = (entry[shape.list] as unknown[]).filter(isText).join(", ");
    if (items) head = head ? `${head}: ${items}` : items;
  }
  if (shape.dated && (isText(entry.startDate) || isText(entry.endDate))) {
    const range = `${isText(entry.startDate) ? entry.startDate : "?"} – ${isText(entry.endDate) ? entry.endDate : "present"}`;
    head = head ? `${head} (${range})` : range;
  }
  if (head) add(path, head);
  for (const key of shape.text) {
    const value = entry[key];
    if (isText(value)) add(`${path}.${key}`, String(value));
    else if (Array.isArray(value)) value.forEach((item, i) => isText(item) && add(`${path}.${key}[${i}]`, String(item)));
  }
}

function isText(value: unknown): value is string | number {
  return (typeof value === "string" && value.trim() !== "") || (typeof value === "number" && Number.isFinite(value));
}
