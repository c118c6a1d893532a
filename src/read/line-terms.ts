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

/** A word broken at the end of a line by a hyphen ("Tensor-" / "Flow"): letters, then the hyphen, at the end. */
const BROKEN_AT_END = /\p{L}-$/u;
const FIRST_WORD = /^\p{L}[\p{L}\p{N}+#.]*/u;

/**
 * Terms a line-end hyphen splits across two lines ("scikit-" / "learn", "Py-" / "Torch"): the line is read on
 * into the next line's first word, and a term found across the break counts for this line, the one a reader
 * sees it start on. The text itself is left as written: the quoted evidence keeps its hyphen.
 */
function brokenTerms(lines: readonly TextLine[], index: number, compiled: CompiledVocabulary): Term[] {
  const text = lines[index]!.text;
  const next = lines[index + 1];
  if (!next || next.page !== lines[index]!.page || !BROKEN_AT_END.test(text)) return [];
  const rest = FIRST_WORD.exec(next.text)?.[0];
  if (!rest) return [];
  const joint = text.length - 1;
  return termsIn(text.slice(0, joint) + rest, compiled).filter((term) => term.start < joint && term.end > joint);
}

/** The terms of each line, each line searched when first asked for. */
export function lineTermsOf(lines: readonly TextLine[], compiled: CompiledVocabulary): LineTerms {
  const found: (readonly Term[] | undefined)[] = [];
  return (index) => (found[index] ??= [...termsIn(lines[index]!.text, compiled), ...brokenTerms(lines, index, compiled)]);
}

