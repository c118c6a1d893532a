// A "bare" line: one made mostly of vocabulary terms, as a keyword list is ("Python, SQL, Spark" or
// "Tools: Git, Docker"), rather than a sentence that names a skill ("Built models in Python with PyTorch").
// Keyword stuffing (stuffing.ts) is judged on bare lines only, so prose never counts against a candidate.
import type { CompiledVocabulary } from "./skills.js";
import { termsIn, type Term } from "./line-terms.js";

export interface BareLine {
  index: number;
  /** The primary skill id of every term in the line, repeats kept. */
  terms: string[];
  labelled: boolean;
}

const LABEL = /^\s*(?:[•·▪\-*–]\s*)?([^:]{1,40}):\s*/u;
const LIST_GOES_ON = /[,;|·•/&+]\s*$/u;
const WORD = /\p{L}[\p{L}\p{N}'’+#.]*/gu;
const FILLER = new Set(["and", "or", "with", "in", "of", "the", "a", "an", "etc", "e.g", "i.e", "incl", "including", "also", "plus", "as", "well"]);

/**
 * Whether a bare line carries on the block above it: a new label starts a new block, and so does any line
 * after a labelled list that is finished ("Tools: Git, Docker" and not "Tools: Git, Docker,").
 */
export function continues(previous: BareLine, previousText: string, next: BareLine): boolean {
  if (next.labelled) return false;
  return !previous.labelled || LIST_GOES_ON.test(previousText);
}

/**
 * The line as a keyword list, or undefined when it is prose or names no term. `lineTerms` are the terms of
 * the whole line when already found.
 */
export function bareLine(text: string, index: number, compiled: CompiledVocabulary, lineTerms?: readonly Term[]): BareLine | undefined {
  // A label ends in ":"; most lines have none, and the pattern is slow to find that out.
  const label = text.includes(":") ? LABEL.exec(text) : null;
  const labelled = !!label && label[1]!.trim().split(/\s+/).length <= 4;
  const offset = labelled ? label![0].length : 0;
  const body = text.slice(offset);
  // The line's terms serve for the text after its label unless one runs across the label's end (a spelling
  // with ":"): the label ends in ":" and spaces, which a term after it sees as a boundary just as it sees the
  // start of a text, so the terms there are found alike either way.
  const crossing = lineTerms?.some((term) => term.start < offset && term.end > offset);
  const spans = lineTerms && !crossing ? termSpans(lineTerms, offset) : termSpans(termsIn(body, compiled), 0);
  if (spans.length === 0) return undefined;
  let rest = "";
  let at = 0;
  for (const span of spans) {
    rest += ` ${body.slice(at, span.start)} `;
    at = span.end;
  }
  rest += body.slice(at);
  const words = (rest.match(WORD) ?? []).filter((word) => !FILLER.has(word.toLowerCase().replace(/\.$/, "")));
  // Terms must outnumber the other words two to one: "Built models in Python with PyTorch" is a sentence.
  if (words.length * 2 > spans.length) return undefined;
  return { index, terms: spans.map((span) => span.id), labelled };
}

interface Span {
  start: number;
  end: number;
  id: string;
}

/** Terms from `offset` on, placed relative to it, left to right, without overlaps, each as its skill's own id. */
function termSpans(terms: readonly Term[], offset: number): Span[] {
  const spans: Span[] = [];
  for (const term of terms) {
    const id = term.ids?.[0];
    if (id && term.start >= offset) spans.push({ start: term.start - offset, end: term.end - offset, id });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans.filter((span, i) => i === 0 || span.start >= spans[i - 1]!.end);
}
