// A "bare" line: one made mostly of vocabulary terms, as a keyword list is ("Python, SQL, Spark" or
// "Tools: Git, Docker"), rather than a sentence that names a skill ("Built models in Python with PyTorch").
// Keyword stuffing (stuffing.ts) is judged on bare lines only, so prose never counts against a candidate.
import type { CompiledVocabulary } from "./skills.js";

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

/** The line as a keyword list, or undefined when it is prose or names no term. */
export function bareLine(text: string, index: number, compiled: CompiledVocabulary): BareLine | undefined {
  const label = LABEL.exec(text);
  const labelled = !!label && label[1]!.trim().split(/\s+/).length <= 4;
  const body = labelled ? text.slice(label![0].length) : text;
  const spans = termSpans(body, compiled);
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

const normalise = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, " ").trim();
const stripVersion = (s: string): string => s.replace(/(?<=\p{L})\d+(?:\.\d+)*$/u, "");

/** Vocabulary terms in the text, left to right, without overlaps, each as its skill's own id. */
function termSpans(text: string, compiled: CompiledVocabulary): Span[] {
  const spans: Span[] = [];
  const collect = (regex: RegExp | null, ids: Map<string, string[]>, key: (s: string) => string) => {
    if (!regex) return;
    for (const match of text.matchAll(regex)) {
      const id = (ids.get(key(match[0])) ?? ids.get(stripVersion(key(match[0]))))?.[0];
      if (id) spans.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, id });
    }
  };
  collect(compiled.caseless, compiled.caselessIds, normalise);
  collect(compiled.exact, compiled.exactIds, (s) => s.replace(/[\s_-]+/g, " "));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans.filter((span, i) => i === 0 || span.start >= spans[i - 1]!.end);
}
