// The keywords check: phrases or regular expressions for what the vocabulary lacks, searched line by line in
// the visible text (hidden text is kept apart by the reader and never scored). Distinct terms found / min.
import type { KeywordsCheckSpec } from "../types.js";
import type { CheckFn } from "./check.js";
import { listed, uniqueEvidence } from "./format.js";
import type { ResumeLine } from "../../read/resume.js";
import { compileTerm, searchableText, type CompiledTerm } from "./keyword-pattern.js";

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

/** Searchable lines by résumé: a rubric's keyword checks look through the same lines many times. */
const searchable = new WeakMap<readonly ResumeLine[], string[]>();

function matchingLines(lines: readonly ResumeLine[], term: Extract<CompiledTerm, { ok: true }>): number[] {
  const hits: number[] = [];
  const { regex, needles } = term;
  if (!needles) {
    for (let index = 0; index < lines.length; index++) if (regex.test(lines[index]!.text)) hits.push(index);
    return hits;
  }
  let texts = searchable.get(lines);
  if (!texts) searchable.set(lines, (texts = lines.map((line) => searchableText(line.text))));
  for (let index = 0; index < lines.length; index++) {
    // Most lines lack the words altogether; only a line with all of them can match.
    const text = texts[index]!;
    if (needles.every((needle) => text.includes(needle)) && regex.test(lines[index]!.text)) hits.push(index);
  }
  return hits;
}
