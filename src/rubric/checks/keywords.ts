// The keywords check: phrases or regular expressions for what the vocabulary lacks, searched line by line in
// the visible text (hidden text is kept apart by the reader and never scored). Distinct terms found / min.
import type { KeywordsCheckSpec } from "../types.js";
import type { CheckFn } from "./check.js";
import { listed, uniqueEvidence } from "./format.js";
import type { ResumeLine } from "../../read/resume.js";
import { caseFold } from "../../read/required-text.js";
import { compileTerm, type CompiledTerm } from "./keyword-pattern.js";
import { rememberedFor } from "../../remembered.js";

const MAX_EVIDENCE = 5;

export const keywordsCheck: CheckFn<KeywordsCheckSpec> = (resume, spec) => {
  const found: string[] = [];
  const missing: string[] = [];
  const matching = new Set<number>();
  for (const term of spec.any) {
    const compiled = compileTerm(term);
    // The loader rejects invalid terms; one that slips through simply finds nothing.
    const hits = compiled.ok ? matchingLines(resume.lines, compiled) : [];
    (hits.length > 0 ? found : missing).push(term);
    for (const index of hits) matching.add(index);
  }
  const lines = [...matching].sort((a, b) => a - b).slice(0, MAX_EVIDENCE).map((index) => resume.lines[index]!);
  const score = Math.min(1, found.length / spec.min);
  const count = `found ${found.length} (needs ${spec.min})`;
  // Term lists run long (regular expressions included), so the missing ones are named only while they matter.
  const message = [found.length > 0 ? `${count}: ${listed(found)}` : count, score < 1 && missing.length > 0 ? `missing: ${listed(missing)}` : ""]
    .filter(Boolean)
    .join("; ");
  return { score, evidence: uniqueEvidence(lines), message };
};

interface Searchable {
  /** Every line, one after another: a word missing here is on no line, and the lines need not be looked at. */
  all: string;
  /** Line by line, made only when some term's words are all there. */
  lines?: string[];
}

/** Searchable text by résumé: a rubric's keyword checks look through the same lines many times. */
const searchableOf = rememberedFor((lines: readonly ResumeLine[]): Searchable => ({ all: caseFold(lines.map((line) => line.text).join("\n")) }));

/** Lower-casing makes no line break, so the text splits back into its lines, unless a line held one itself. */
function linesOf(all: string, lines: readonly ResumeLine[]): string[] {
  const split = all.split("\n");
  return split.length === lines.length ? split : lines.map((line) => caseFold(line.text));
}

function matchingLines(lines: readonly ResumeLine[], term: Extract<CompiledTerm, { ok: true }>): number[] {
  const hits: number[] = [];
  const { regex, needles } = term;
  if (!needles) {
    for (let index = 0; index < lines.length; index++) if (regex.test(lines[index]!.text)) hits.push(index);
    return hits;
  }
  const folded = searchableOf(lines);
  if (!needles.every((needle) => folded.all.includes(needle))) return hits;
  const texts = (folded.lines ??= linesOf(folded.all, lines));
  for (let index = 0; index < lines.length; index++) {
    // Most lines lack the words altogether; only a line with all of them can match.
    const text = texts[index]!;
    if (needles.every((needle) => text.includes(needle)) && regex.test(lines[index]!.text)) hits.push(index);
  }
  return hits;
}
