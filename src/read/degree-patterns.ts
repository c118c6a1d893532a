// How degrees are written, per level. Bare capitals ("MS", "BA", "BE") are also office software, states and
// verbs, so they only count where a degree is expected and when something like a field follows them.
import type { DegreeLevel } from "./resume.js";
import { atFrenchModelSchool, SCHOOL_DEPENDENT_PATTERNS } from "./engineering-degrees.js";
import { requiredTextIn, type RequiredText } from "./required-text.js";

type Level = Exclude<DegreeLevel, "none">;

interface DegreePattern extends RequiredText {
  level: Level;
  /** Safe outside an education section too (spelled out or dotted). */
  strict: boolean;
}

// What may follow a bare abbreviation: " in …", ", …", " (…", " – …", " Computer Science", or nothing.
const FIELD_FOLLOWS = String.raw`(?=\s*(?:$|[,(:;|/–—-]|\s(?:in|of)\s|\s\p{Lu}))(?!\s*\d)`;
// Microsoft products and the like: "MS Office", "MS SQL Server".
const NOT_PRODUCT = String.raw`(?!\s*(?:Office|OFFICE|Excel|EXCEL|Word|PowerPoint|Access|Project|Teams|Visio|SQL|Dynamics|Outlook|Windows|Azure|DOS|Paint|Exchange|SharePoint|365|Publisher|OneNote|Power\s?BI|Navision|Server)\b)`;
// "Boston, MA" is a place: a bare abbreviation right after a comma is not a degree.
const NOT_AFTER_COMMA = String.raw`(?<!,\s*)`;
// "Master's thesis award", "Bachelor's scholarship", "Master Certificate": things named after a degree, not one.
const anyCase = (word: string): string => `${word}|${word[0]!.toUpperCase()}${word.slice(1)}|${word.toUpperCase()}`;
const NAMED_AFTER_A_DEGREE = ["thesis", "dissertation", "scholarship", "award", "prize", "medal", "fellowship", "certificate", "certification", "courses", "course", "coursework", "modules"];
const NOT_A_DEGREE = `(?!\\s+(?:${NAMED_AFTER_A_DEGREE.map(anyCase).join("|")})\\b)`;
/** "Master of Science", "BACHELOR OF ARTS", "Doctor of Philosophy": the word, "of" and up to four capitalised words. */
const spelled = (word: string): string => {
  const w = `(?:${word}|${word.toUpperCase()}|${word.toLowerCase()})(?:['’]?[sS])?`;
  const cap = String.raw`(?!(?:In|IN|in|At|AT)\b)\p{Lu}[\p{L}.]*`;
  return String.raw`\b${w}\s+(?:of|OF)\s+(?!Ceremonies\b)${cap}(?:\s+(?:and\s+|&\s+)?${cap}){0,3}|\b${w}(?=\s+(?:in|IN)\s)|\b${w}['’]s\b${NOT_A_DEGREE}|\b${w}\s+(?:degree|Degree|DEGREE|programme|program)\b`;
};

/**
 * After a bare "Master" or "Bachelor" in an education section: the end, a separator, "of" at the end of a
 * wrapped line, or the field in capitals ("Bachelor Electrical Engineering"), but not "Master Data" or "Master Class".
 */
const BARE_DEGREE_WORD_FOLLOWS = String.raw`(?=\s*(?:$|[,:;|–—(&/]|\s-\s|\s(?:of|OF)\s*$|\s+(?!(?:Data|Class|Plan|Card|Key|Chef|Mind|Builder|Certified|Trainer|Technician|Electrician|Plumber|Sergeant|Gunner|Mariner|${NAMED_AFTER_A_DEGREE.map(anyCase).join("|")})\b)\p{Lu}))`;

// `needs`: text that every match of the pattern contains (see required-text.ts); lower case for an "iu" pattern.
const p = (level: Level, source: string, strict: boolean, needs: readonly string[], flags = "u"): DegreePattern => ({
  level,
  re: new RegExp(source, `g${flags}`),
  strict,
  needs,
});

export const DEGREE_PATTERNS: DegreePattern[] = [
  // Doctorates
  p("phd", String.raw`\bPh\.?\s?D\b\.?`, true, ["ph"], "iu"),
  p("phd", String.raw`\bD\.?\s?Phil\b\.?`, true, ["phil"], "iu"),
  p("phd", `${spelled("Doctor")}|\\b(?:Doctorate|DOCTORATE)\\b|\\bDoctoral\\s+(?:degree|candidate|studies|program(?:me)?)\\b`, true, ["Doctor", "DOCTOR", "doctor"]),
  p("phd", String.raw`\b(?:Sc|Ed|Eng)\.\s?D\.|\bDr\.?[-\s](?:Ing|rer\.?\s?nat|phil|sc)\.?`, true, ["D.", "Dr"]),
  p("phd", String.raw`\bJ\.D\.|\bJuris\s+Doctor\b|\bM\.D\.`, true, ["J.D.", "Juris", "M.D."]),
  p("phd", String.raw`${NOT_AFTER_COMMA}\b(?:JD|MD)\b${FIELD_FOLLOWS}(?!\s*$)`, false, ["JD", "MD"]),
  p("phd", String.raw`\b(?:Doktor|Doctorat|Doctorado|Dottorato|Doutorado)\b`, true, ["doktor", "doctorat", "doctorado", "dottorato", "doutorado"], "iu"),
  // "ABD": all but dissertation, a doctorate not finished.
  p("phd", String.raw`\bAll[\s-]+But[\s-]+Dissertation\b`, true, ["dissertation"], "iu"),
  p("phd", String.raw`\bABD\b`, false, ["ABD"]),
  // Masters
  p("master", String.raw`\bM\.S\.?(?:c\.?)?(?:\s?E\.)?(?![\p{L}])|\bM\.?Sc\b\.?|\bM\.\s?Sc\b\.?|\bMsc\b\.?`, true, ["M.", "MSc", "Msc"]),
  p("master", String.raw`${NOT_AFTER_COMMA}\bMS(?:c|C|E|CS|EE|IS|DS)?\b${NOT_PRODUCT}${FIELD_FOLLOWS}`, false, ["MS"]),
  p("master", String.raw`\bM\.?\s?Eng\b\.?|\bM\.?\s?Tech\b\.?|\bM\.?B\.?A\b\.?|\bM\.?\s?Phil\b\.?|\bM\.A\.(?:Sc\.)?|\bMASc\b|\bM\.?Res\b|\bM\.?P\.?H\b\.?|\bM\.P\.A\.|\bMPA\b|\bM\.?F\.?A\b\.?|\bM\.?Ed\b\.?|\bM\.?C\.?A\b\.?|\bLL\.M\.?|\bM\.E\.|\bMSt\b|\bM\.?Arch\b`, true, ["M.", "LL.M", "Eng", "Tech", "MB", "Phil", "MASc", "MRes", "MP", "MF", "MEd", "MC", "MSt", "MArch"]),
  p("master", String.raw`${NOT_AFTER_COMMA}\bMA\b${FIELD_FOLLOWS}`, false, ["MA"]),
  p("master", spelled("Master"), true, ["Master", "MASTER", "master"]),
  p("master", String.raw`(?<![\p{L}-])(?<!(?:Scrum|SCRUM|Certified|Grand|Web|Quiz|Head|Post|Toast)\s)(?:Masters?|MASTERS?)${BARE_DEGREE_WORD_FOLLOWS}`, false, ["Master", "MASTER"]),
  p("master", String.raw`\bMagister\b|\bDiplom\b(?!a)|\bDipl\.?-\s?(?:Ing|Inf|Kfm|Math|Phys|Wirt)\.?|\bLaurea\s+(?:Magistrale|Specialistica)\b|\bM[áa]ster\s+Universitario\b|\bMaestr[íi]a\b|\bMestrado\b|\bDipl[ôo]me\s+d['’]\s?ing[ée]nieur\b`, true, ["magister", "dipl", "laurea", "universitario", "maestr", "mestrado"], "iu"),
  // Engineering degrees that are master-level by law: the French-model "ingénieur diplômé", the Nordic
  // civil engineer, the Spanish "ingeniero superior", the Polish "magister inżynier", and the "Engineer's degree".
  p("master", String.raw`\bIng[ée]nieur\s+dipl[ôo]m[ée](?![\p{L}])|\bTitre\s+d['’]\s?ing[ée]nieur\b|\bIng[ée]nieur\s+d['’]\s?[ée]tat\b|\bState\s+Engineer(?:ing)?\s+(?:Degree|Diploma)\b|\b(?:Civilingenjör|Civilingeniør|Sivilingeniør|Sivilingenjør)(?![\p{L}])|\bIngenier(?:o|a|ía|ia)\s+Superior\b|\bmgr\.?\s+in[żz](?![\p{L}])\.?|\bEngineer['’]?s?\s+(?:Degree|Diploma)\b|\bLaurea\s+(?:Magistrale\s+)?a\s+ciclo\s+unico\b|\bLaurea\s+quinquennale\b|\bM[áa]ster\s+(?:en|em)\s|\bMáster(?![\p{L}])`, true, ["nieur", "degree", "diploma", "ilingen", "superior", "mgr", "laurea", "master", "máster"], "iu"),
  p("master", String.raw`\bIng[ée]nieur\s+civil\b|\bMaster\s+(?:2|II)\b|\bD\.E\.A\.|\bDEA\b|\bD\.E\.S\.S\.|\bDESS\b`, false, ["nieur", "Master", "D.E.", "DEA", "DESS"]),
  // Bachelors
  p("bachelor", String.raw`\bB\.\s?S\.?(?:c\.?)?(?:\s?E\.)?(?![\p{L}])|\bB\.?Sc\b\.?|\bBsc\b\.?|\bB\.A\.|\bB\.?\s?Tech\b\.?|\bB\.E\.|\bB\.?\s?Eng\b\.?|\bB\.?B\.?A\b\.?|\bB\.?Com\b\.?|\bB\.?F\.?A\b\.?|\bBASc\b|\bB\.?Arch\b|\bLL\.?B\b\.?|\bA\.B\.|\bS\.B\.`, true, ["B.", "BSc", "Bsc", "Tech", "Eng", "BB", "BCom", "BF", "BASc", "BArch", "LL"]),
  p("bachelor", String.raw`${NOT_AFTER_COMMA}\b(?:BS(?:c|C|E|CS|EE|ME|CE|N|BA)?|BA|BE|BCA|BCS)\b${FIELD_FOLLOWS}`, false, ["BS", "BA", "BE", "BC"]),
  p("bachelor", `${spelled("Bachelor")}|\\b(?:Undergraduate|UNDERGRADUATE)\\s+(?:degree|Degree|DEGREE)\\b`, true, ["Bachelor", "BACHELOR", "bachelor", "Undergraduate", "UNDERGRADUATE"]),
  p("bachelor", String.raw`(?<![\p{L}-])(?:Bachelors?|BACHELORS?)${BARE_DEGREE_WORD_FOLLOWS}`, false, ["Bachelor", "BACHELOR"]),
  p("bachelor", String.raw`\bHonou?rs\s+degree\b`, false, ["degree"], "iu"),
  p("bachelor", String.raw`\bLicenciatura\b|\bLaurea(?:\s+Triennale)?\b|\bGrado\s+en\b|\bLicence\s+(?:en|de|professionnelle)\b`, true, ["licenciatura", "laurea", "grado", "licence"], "iu"),
  // A German diploma from a Fachhochschule (FH) sits at bachelor level, unlike the university one.
  p("bachelor", String.raw`\bDipl\.?-\s?\p{L}+\.?\s*\(FH\)|\bDiplom(?:-\p{L}+)?\s*\(FH\)`, true, ["(fh)"], "iu"),
  p("bachelor", String.raw`\bIngenier(?:o|a|ía|ia)\s+T[ée]cnic[oa]\b|\bIn[żz]ynier(?![\p{L}])|\bBacharelado\b|\bBacharel\s+em\b`, true, ["ingenier", "ynier", "bacharel"], "iu"),
  p("bachelor", String.raw`\bIngenier[oa]\s+(?:en|de|in)\s`, false, ["ingenier"], "iu"),
  // Associates
  p("associate", String.raw`\bAssociate['’]?s?\s+(?:of|in)\s+(?:Applied\s+)?(?:Arts|Science|Sciences|Business|Engineering|General\s+Studies)\b|\bAssociate['’]?s?\s+degree\b|\bA\.A\.S\.|\bA\.A\.|\bA\.S\.|\bFoundation\s+Degree\b`, true, ["associate", "a.a.", "a.s.", "foundation"], "iu"),
];

export interface DegreeMention {
  level: Level;
  /** The degree as written. */
  name: string;
  index: number;
  length: number;
}

/**
 * Degree mentions in a line, left to right, without overlaps; with `strict`, only the spellings that are
 * safe outside an education section. `context` is the text around the line (the rest of its entry): it
 * decides the level of degrees that depend on the school system (engineering-degrees.ts).
 */
export function findDegreeMentions(text: string, strict: boolean, context = ""): DegreeMention[] {
  const found: DegreeMention[] = [];
  const add = (level: Level, m: RegExpMatchArray): void => {
    const name = m[0].trim().replace(/[\s,;:(–—-]+$/u, "");
    if (name) found.push({ level, name, index: m.index ?? 0, length: m[0].length });
  };
  const mayMatch = requiredTextIn(text);
  for (const pattern of DEGREE_PATTERNS) {
    if (strict && !pattern.strict) continue;
    if (!mayMatch(pattern)) continue;
    pattern.re.lastIndex = 0;
    for (const m of text.matchAll(pattern.re)) add(pattern.level, m);
  }
  let frenchModel: boolean | undefined;
  for (const pattern of SCHOOL_DEPENDENT_PATTERNS) {
    if (!mayMatch(pattern)) continue;
    pattern.re.lastIndex = 0;
    for (const m of text.matchAll(pattern.re)) {
      frenchModel ??= atFrenchModelSchool(`${context}\n${text}`);
      const level = frenchModel ? pattern.atFrenchModelSchool : pattern.elsewhere;
      if (level) add(level, m);
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: DegreeMention[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.index < last.index + last.length) continue;
    kept.push(f);
  }
  return kept;
}
