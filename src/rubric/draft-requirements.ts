// One requirement unit of a posting → the checks it asks for: a degree, years of experience, vocabulary skills,
// or, when none of these, a list of keywords. Cue words decide required / bonus and the emphasis.
import { findDegreeMentions } from "../read/degree-patterns.js";
import { matchSkills } from "../read/skills.js";
import type { Vocabulary } from "../read/vocabulary.js";
import { spellOutField } from "./checks/field-match.js";
import type { DegreeCheckSpec } from "./types.js";

export type DraftSpec =
  | { kind: "degree"; min: DegreeCheckSpec["min"]; fields: string[] }
  | { kind: "experience"; min_years: number; relevant: string[] }
  | { kind: "skills"; any?: string[]; all?: string[] }
  | { kind: "keywords"; any: string[]; min: number };

export interface DraftRequirement {
  spec: DraftSpec;
  required: boolean;
  bonus: boolean;
  /** -1 light ("some", "familiarity"), 0 plain, 1 strong ("strong", "expert", "solid"). */
  emphasis: number;
}

const REQUIRED_CUE = /\b(required|requirements?|requires?|must|mandatory|essential|minimum)\b/i;
const BONUS_CUE = /\b(a plus|preferred|nice[\s-]to[\s-]have|bonus|familiarity|desirable|ideally|advantage(?:ous)?)\b/i;
const STRONG_CUE = /\b(strong|expert|expertise|deep|extensive|proven|solid|excellent|advanced|proficien\w*|mastery|fluent)\b/i;
const LIGHT_CUE = /\b(basic|some|exposure|familiarity|understanding|working knowledge|knowledge of)\b/i;
const ANY_CUE = /\b(or|any|one of|either|such as|e\.g|including|like)\b/i;
const CUE_PHRASES = /\b(?:is|are)?\s*(?:a plus|preferred|required|nice[\s-]to[\s-]have|desirable|a bonus)\b/gi;

const LEVEL_RANK = { associate: 1, bachelor: 2, master: 3, phd: 4 } as const;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function degreeOf(text: string): DraftSpec | undefined {
  const mentions = findDegreeMentions(text, false);
  const generic = /\b(?:bachelor|undergraduate|4-year|four-year|university|college)\s+degree\b|\bdegree in\b/i.exec(text);
  if (mentions.length === 0 && !generic) return undefined;
  const min = mentions.reduce<DegreeCheckSpec["min"]>((low, m) => (LEVEL_RANK[m.level] < LEVEL_RANK[low] ? m.level : low), mentions[0]?.level ?? "bachelor");
  const last = mentions[mentions.length - 1];
  const after = last ? text.slice(last.index + last.length) : text.slice(generic!.index);
  const list = /^\s*(?:degree\s+)?(?:in|of)\s+([^.;]+)/i.exec(after) ?? /\bdegree in\s+([^.;]+)/i.exec(after);
  const fields = (list?.[1] ?? "")
    .replace(/\([^)]*\)/g, " ")
    .replace(CUE_PHRASES, " ")
    .split(/,|\bor\b|\//)
    .map((item) => spellOutField(item.replace(/^\s*(?:a|an|the)\s+/i, "")))
    .filter((item) => item && item.split(" ").length <= 4 && !/related|equivalent|similar|relevant|quantitative|field|discipline|experience|area/.test(item));
  return { kind: "degree", min, fields: [...new Set(fields)] };
}

const YEARS = /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:\(\d+\)\s*)?(?:\+|(?:-|–|to)\s*\d+)?\s*(?:or more\s+|plus\s+)?years?\b/i;
const FILLER = /^(?:industry|professional|relevant|hands[\s-]on|related|progressive|direct|full[\s-]time|practical|proven|recent|prior|previous|demonstrated|paid|commercial|production|work|working|as|an?|the|in|with|on|building|developing|designing|doing|leading|running)(?:\s+|$)/;
const GENERIC_TAIL = /(?:^|\s+)(?:systems?|applications?|roles?|positions?|products?|environments?|settings?|teams?)$/;
const SYNONYMS: ReadonlyArray<[string, string]> = [
  ["machine learning", "ml"],
  ["artificial intelligence", "ai"],
  ["natural language processing", "nlp"],
  ["user experience", "ux"],
  ["quality assurance", "qa"],
  ["business intelligence", "bi"],
];

function cleanPhrase(raw: string): string {
  let phrase = raw.toLowerCase().replace(/[-–]/g, " ").replace(/[^\p{L}\p{N}+# ]/gu, " ").replace(/\s+/g, " ").trim();
  for (let previous = ""; previous !== phrase; ) [previous, phrase] = [phrase, phrase.replace(FILLER, "").replace(GENERIC_TAIL, "")];
  return phrase.split(" ").length <= 4 ? phrase : "";
}

/** The role the posting is for, without seniority: "Senior Backend Engineer (Payments)" → "backend engineer". */
export function roleOfTitle(title: string | undefined): string {
  const role = (title ?? "").split(/\s+[—–|-]\s+|\s+at\s+|,/)[0]!.replace(/\([^)]*\)/g, " ");
  return cleanPhrase(role.replace(/\b(?:senior|junior|lead|staff|principal|sr|jr|i{1,3}|iv)\b\.?/gi, " "));
}

function experienceOf(text: string, title: string | undefined): DraftSpec | undefined {
  const years = YEARS.exec(text);
  if (!years) return undefined;
  const min_years = NUMBER_WORDS[years[1]!.toLowerCase()] ?? Number(years[1]);
  const rest = text.slice(years.index);
  const phrases = [/years?\s+of\s+(.*?)\s*experience\b/i.exec(rest)?.[1], /experience\s+((?:as|in|with|building|developing|designing|doing|leading|working)\b[^.,;:(]*)/i.exec(rest)?.[1]]
    .map((raw) => cleanPhrase(raw ?? ""))
    .filter(Boolean);
  const terms = new Set<string>();
  for (const phrase of phrases) {
    terms.add(phrase);
    for (const [long, short] of SYNONYMS) {
      if (phrase === long || phrase.includes(long)) terms.add(short);
      if (phrase === short) terms.add(long);
    }
    // "backend development" also counts a "Backend Engineer"
    const head = /^(.+)\s+(?:development|engineering|programming|work)$/.exec(phrase)?.[1];
    if (head) terms.add(head);
  }
  const role = roleOfTitle(title);
  if (terms.size > 0 && role && ![...terms].some((term) => role.includes(term))) terms.add(role);
  return { kind: "experience", min_years, relevant: [...terms] };
}

const skillIds = (text: string, vocabulary: Vocabulary): string[] => matchSkills([{ page: 1, line: 1, text }], vocabulary).map((m) => m.id);

/** `covered`: terms an experience check of the same sentence already asks for ("5 years of Python"). */
function skillsOf(text: string, vocabulary: Vocabulary, covered: readonly string[]): DraftSpec | undefined {
  const ids = skillIds(text, vocabulary).filter((id) => !covered.some((term) => skillIds(term, vocabulary).includes(id)));
  if (ids.length === 0) return undefined;
  const lower = text.toLowerCase();
  const position = (id: string) => {
    const skill = vocabulary.skills.find((s) => s.id === id)!;
    const found = [skill.id, skill.name, ...skill.aliases, ...(skill.exact ?? [])].map((s) => lower.indexOf(s.toLowerCase())).filter((i) => i >= 0);
    return found.length ? Math.min(...found) : Infinity;
  };
  const ordered = [...ids].sort((a, b) => position(a) - position(b));
  return ordered.length > 1 && ANY_CUE.test(text) ? { kind: "skills", any: ordered } : { kind: "skills", all: ordered };
}

const ITEM_FILLER = /^(?:experience|experienced|skilled|comfortable|comfort|knowledge|familiarity|working|proven|strong|solid|excellent|good|great|current|valid|active|demonstrated|ability|able|with|at|in|of|to|on|using|building|designing|running|a|an|the|some|basic|advanced|hands on)\s+/;
const ITEM_TAIL = /\s+(?:certifications?|certificate|skills|experience|knowledge)$/;

/** The terms a sentence lists: "Experience with large datasets: feature extraction and data pipelines". */
function listedItems(text: string): { items: string[]; body: string } {
  const plain = text.replace(/\([^)]*\)/g, " ").replace(CUE_PHRASES, " ");
  const colon = plain.indexOf(":");
  const intro = /\b(?:such as|including|e\.g\.|like)\s/i.exec(plain);
  const [head, body] = colon >= 0 ? [plain.slice(0, colon), plain.slice(colon + 1)] : intro ? ["", plain.slice(intro.index + intro[0].length)] : ["", plain];
  const clean = (raw: string) => {
    let item = raw.toLowerCase().replace(/[-–]/g, " ").replace(/[^\p{L}\p{N}+#/ ]/gu, " ").replace(/\s+/g, " ").trim();
    for (let previous = ""; previous !== item; ) [previous, item] = [item, item.replace(ITEM_FILLER, "").replace(ITEM_TAIL, "")];
    return item;
  };
  const items = [head, ...body.split(/,|;|\s[—–-]\s|\band\b|\bor\b/)].map(clean).filter((item) => item && item.split(" ").length <= 4);
  return { items: [...new Set(items)], body };
}

/**
 * A keywords check for a sentence the vocabulary does not cover, or covers only in part: when at least half of
 * its listed terms (two or more) are not skills, all its terms become keywords (skills included, as phrases).
 */
function keywordsOf(text: string, vocabulary: Vocabulary, hasSkills: boolean): DraftSpec | undefined {
  const { items: unique, body } = listedItems(text);
  if (hasSkills) {
    const others = unique.filter((item) => skillIds(item, vocabulary).length === 0).length;
    if (others < 2 || others < unique.length - others) return undefined;
  }
  if (unique.length === 0 || (unique.length === 1 && unique[0]!.split(" ").length > 2)) return undefined;
  // Keywords are weak evidence, so a long "and" list asks for half of it; "or" asks for one.
  const min = ANY_CUE.test(body) ? 1 : unique.length <= 3 ? unique.length : Math.ceil(unique.length / 2);
  return { kind: "keywords", any: unique, min };
}

export function requirementsOf(text: string, section: "required" | "requirements" | "bonus", title: string | undefined, vocabulary: Vocabulary): DraftRequirement[] {
  const required = REQUIRED_CUE.test(text) || (section === "required" && !BONUS_CUE.test(text));
  const bonus = !required && (section === "bonus" || BONUS_CUE.test(text));
  const emphasis = STRONG_CUE.test(text) ? 1 : LIGHT_CUE.test(text) ? -1 : 0;
  const degree = degreeOf(text);
  const experience = experienceOf(text, title);
  const skills = skillsOf(text, vocabulary, experience?.kind === "experience" ? experience.relevant : []);
  const keywords = degree || experience ? undefined : keywordsOf(text, vocabulary, skills !== undefined);
  const specs = [degree, experience, keywords ?? skills].filter((s): s is DraftSpec => s !== undefined);
  return specs.map((spec) => ({ spec, required, bonus, emphasis }));
}
