// The vocabulary terms in each line, found once and read by both keyword-stuffing detection (bare-lines.ts)
// and skill matching (skills.ts): searching is the costly part of both, and they need the same matches.
import type { TextLine } from "./lines.js";
import type { CompiledVocabulary } from "./skills.js";
import type { SpellingScanner } from "./spelling-scanner.js";

export interface Term {
  start: number;
  end: number;
  /** The text matched, as written. */
  text: string;
  /**
   * The skill ids it counts for (the skill first, then what it implies); undefined when the text, once
   * normalised, is no spelling of the vocabulary (a case folding such as "ſcala" for "scala").
   */
  ids: readonly string[] | undefined;
  /** Found through an exact-case spelling ("Go", "R"), which can be a false short match ("R&D"). */
  exactCase: boolean;
}

/** Each line's terms, by line index; `lines` and the vocabulary are the ones it was made for. */
export type LineTerms = (index: number) => readonly Term[];

/** Lower case, with runs of spaces, hyphens and underscores as one space: "Scikit-Learn" → "scikit learn". */
export const normaliseSpelling = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, " ").trim();
/** An exact-case spelling as written in the vocabulary map: separators as one space, case kept. */
export const exactSpelling = (s: string): string => s.replace(/[\s_-]+/g, " ");
const stripVersion = (s: string): string => s.replace(/(?<=\p{L})\d+(?:\.\d+)*$/u, "");

function collect(terms: Term[], text: string, scanner: SpellingScanner | null, ids: Map<string, string[]>, exactCase: boolean): void {
  if (!scanner) return;
  const found = scanner.scan(text);
  for (let i = 0; i < found.length; i += 2) {
    const start = found[i]!;
    const end = found[i + 1]!;
    const matched = text.slice(start, end);
    const key = exactCase ? exactSpelling(matched) : normaliseSpelling(matched);
    terms.push({ start, end, text: matched, ids: ids.get(key) ?? ids.get(stripVersion(key)), exactCase });
  }
}

/** The terms in a text: caseless spellings left to right, then exact-case ones left to right; they may overlap. */
export function termsIn(text: string, compiled: CompiledVocabulary): Term[] {
  const terms: Term[] = [];
  collect(terms, text, compiled.caseless, compiled.caselessIds, false);
  collect(terms, text, compiled.exact, compiled.exactIds, true);
  return terms;
}

/** The terms of each line, each line searched when first asked for. */
export function lineTermsOf(lines: readonly TextLine[], compiled: CompiledVocabulary): LineTerms {
  const found: (readonly Term[] | undefined)[] = [];
  return (index) => (found[index] ??= termsIn(lines[index]!.text, compiled));
}

