// A job posting's text → its title and its requirement units (bullets, or sentences of a paragraph), each
// tagged with the kind of section it sits in. Drafting reads only the units that state requirements.

export type SectionRole = "required" | "requirements" | "bonus" | "duties" | "about" | "intro";

export interface PostingUnit {
  text: string;
  role: SectionRole;
}

export interface PostingOutline {
  /** The first line or heading, as written. */
  title?: string;
  units: PostingUnit[];
}

// Checked in this order: "Preferred qualifications" is a bonus section, "Minimum qualifications" a required one,
// and "About you" describes the candidate while "About us" describes the company.
const SECTION_ROLES: ReadonlyArray<[RegExp, SectionRole]> = [
  [/nice[\s-]to[\s-]haves?|preferred|bonus|\bpluses\b|\ba plus\b|desirable|would be (great|nice)|extra credit/i, "bonus"],
  [/\brequired\b|\bminimum\b|\bmust[\s-]haves?\b|\bbasic qualifications\b|\bessential\b/i, "required"],
  [/requirement|qualification|what you bring|looking for|about you|who you are|you have|what we need|ideal candidate|\bskills\b/i, "requirements"],
  [/responsibilit|what you.ll do|what you will do|the role|day[\s-]to[\s-]day|duties|your work|you will/i, "duties"],
  [/about|benefit|perks|compensation|salary|\bpay\b|why join|equal opportunity|schedule|location|how to apply/i, "about"],
];

const BULLET = /^\s*(?:[-*•·▪●◦‣–]|\d+[.)])\s+/;

/** A line that names a section rather than stating something: "## Requirements", "**Bonus points**", "PREFERRED:". */
function headingText(line: string): string | undefined {
  const trimmed = line.trim();
  const markdown = /^#{1,6}\s+(.*)$/.exec(trimmed) ?? /^\*\*([^*]+)\*\*:?$/.exec(trimmed) ?? /^__([^_]+)__:?$/.exec(trimmed);
  if (markdown) return markdown[1]!.trim();
  if (BULLET.test(line)) return undefined;
  const words = trimmed.split(/\s+/).length;
  if (words <= 6 && /:$/.test(trimmed)) return trimmed.slice(0, -1).trim();
  if (words <= 6 && /\p{L}/u.test(trimmed) && trimmed === trimmed.toUpperCase()) return trimmed;
  if (words <= 5 && !/[.!?]$/.test(trimmed) && SECTION_ROLES.some(([re]) => re.test(trimmed))) return trimmed;
  return undefined;
}

function roleOf(heading: string): SectionRole {
  return SECTION_ROLES.find(([re]) => re.test(heading))?.[1] ?? "intro";
}

// Words before a full stop that do not end a sentence: "e.g.", "Ph.D.", "M.S.", "Inc.".
const ABBREVIATION = /(?:^|\s)(?:e\.g|i\.e|etc|vs|inc|ltd|co|dr|mr|ms|mrs|st|approx|\p{L}|(?:\p{L}\.)+\p{L}|ph\.d)$/iu;

export function sentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(/[.!?](?=\s+["“(]?\p{Lu})/gu)) {
    const end = match.index + 1;
    if (match[0] === "." && ABBREVIATION.test(paragraph.slice(start, match.index))) continue;
    out.push(paragraph.slice(start, end).trim());
    start = end;
  }
  out.push(paragraph.slice(start).trim());
  return out.filter(Boolean);
}

export function outlinePosting(text: string): PostingOutline {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const outline: PostingOutline = { units: [] };
  let role: SectionRole = "intro";
  let paragraph: string[] = [];
  let bullet: string | undefined;
  // The closing boilerplate often follows the last section without a heading of its own.
  const push = (text: string) => outline.units.push({ text, role: /equal opportunity|we offer\b/i.test(text) ? "about" : role });
  const flush = () => {
    if (bullet !== undefined) push(bullet);
    for (const sentence of sentences(paragraph.join(" "))) push(sentence);
    bullet = undefined;
    paragraph = [];
  };
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === "") {
      flush();
      continue;
    }
    if (outline.title === undefined) {
      outline.title = headingText(line) ?? trimmed;
      continue;
    }
    const heading = headingText(line);
    if (heading !== undefined) {
      flush();
      role = roleOf(heading);
    } else if (BULLET.test(line)) {
      flush();
      bullet = trimmed.replace(BULLET, "");
    } else if (bullet !== undefined) {
      bullet += " " + trimmed; // a bullet's wrapped continuation
    } else {
      paragraph.push(trimmed);
    }
  }
  flush();
  return outline;
}
