// Engineering qualifications whose level depends on the school system that awards them. The French-model
// engineering diploma (France, and the systems built on it in Morocco, Tunisia, Algeria, Lebanon …) is a
// five-year programme that confers the master's grade by law; written in English it becomes "Engineering
// degree" or "Engineering diploma". The same words from most other universities name a bachelor's ("an
// engineering degree from Anna University"), and an engineering diploma from a polytechnic is below a degree.
import type { DegreeLevel } from "./resume.js";
import type { RequiredText } from "./required-text.js";

type Level = Exclude<DegreeLevel, "none">;

export interface SchoolDependentPattern extends RequiredText {
  /** The level at a French-model engineering school. */
  atFrenchModelSchool: Level;
  /** The level anywhere else; null when it is not a degree there. */
  elsewhere: Level | null;
}

const CAP = String.raw`\p{Lu}[\p{L}&.]*`;
/** After a degree word the phrase is that degree's field ("Master's degree in Engineering", "B.S. Engineering degree"). */
const NOT_AFTER_A_DEGREE = String.raw`(?<!(?:[Mm]aster|MASTER|[Bb]achelor|BACHELOR|[Dd]octor(?:al)?|[Aa]ssociate|[Gg]raduate|[Hh]onou?rs|\p{Lu}{2,4}|(?:\p{Lu}\.){1,3}|['’][sS])\.?\s+)`;
/** "Engineering degree", "Engineering Degree", "degree in Engineering", "degree in Computer Engineering". */
const ENGINEERING_DEGREE = String.raw`${NOT_AFTER_A_DEGREE}\b(?:Engineering|ENGINEERING|engineering)\s+(?:Degree|degree|DEGREE)\b|${NOT_AFTER_A_DEGREE}\b(?:Degree|degree)\s+in\s+(?:${CAP}\s+){0,3}?(?:Engineering|engineering)\b`;
const ENGINEERING_DIPLOMA = String.raw`\b(?:Engineering|ENGINEERING|engineering)\s+(?:Diploma|diploma|DIPLOMA)\b`;

export const SCHOOL_DEPENDENT_PATTERNS: readonly SchoolDependentPattern[] = [
  { re: new RegExp(ENGINEERING_DEGREE, "gu"), needs: ["Degree", "degree", "DEGREE"], atFrenchModelSchool: "master", elsewhere: "bachelor" },
  { re: new RegExp(ENGINEERING_DIPLOMA, "gu"), needs: ["Diploma", "diploma", "DIPLOMA"], atFrenchModelSchool: "master", elsewhere: null },
];

/**
 * Cues that an entry is at a French-model engineering school: the French words for it ("École nationale
 * supérieure", "école d'ingénieurs", "grande école"), the preparatory classes that lead to one, and the
 * names those schools share (the ENS… family, INSA, Polytech, Centrale, Mines, Arts et Métiers).
 */
const FRENCH_MODEL_WORDS = new RegExp(
  [
    String.raw`(?<![\p{L}])[ée]cole\s+(?:[\p{L}'’-]+\s+){0,4}?(?:nationale?|sup[ée]rieure?|centrale|polytechnique|des\s+mines|des\s+ponts|d['’]\s?ing[ée]nieurs?|normale)(?![\p{L}])`,
    String.raw`(?<![\p{L}])grandes?\s+[ée]coles?(?![\p{L}])`,
    String.raw`(?<![\p{L}])ing[ée]nieurs?(?![\p{L}])`,
    String.raw`(?<![\p{L}])classes?\s+pr[ée]paratoires?(?![\p{L}])`,
  ].join("|"),
  "iu",
);
const FRENCH_MODEL_NAMES =
  /\bCPGE\b|\bENS[A-Z]{0,6}\b|\bINSA\b|\bPolytech\s+\p{Lu}|\bCentrale\s*(?:Sup[ée]lec|Lyon|Lille|Nantes|Marseille|M[ée]diterran[ée]e|Paris)\b|\bMines\s+(?:Paris|ParisTech|Saint|Nancy|Albi|Al[èe]s|Douai)|\bArts\s+et\s+M[ée]tiers\b/u;
/** Quebec's écoles award a baccalauréat (a bachelor's) in engineering, not the French diploma. */
const QUEBEC = /\b(?:Montr[ée]al|Qu[ée]bec|Quebec)\b/iu;

const PREPARATORY_CLASSES = /\bCPGE\b|(?<![\p{L}])classes?\s+pr[ée]paratoires?(?![\p{L}])/iu;

/** The two-year preparatory classes lead to the French-model schools: an education that lists them follows that model. */
export function preparatoryClassesIn(text: string): boolean {
  return PREPARATORY_CLASSES.test(text);
}

/** Whether the text around a degree places it at a French-model engineering school. */
export function atFrenchModelSchool(context: string): boolean {
  return (FRENCH_MODEL_WORDS.test(context) || FRENCH_MODEL_NAMES.test(context)) && !QUEBEC.test(context);
}
