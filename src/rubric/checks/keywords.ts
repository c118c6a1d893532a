// The keywords check: phrases or regular expressions for what the vocabulary lacks, searched line by line in
// the visible text (hidden text is kept apart by the reader and never scored). Distinct terms found / min.
import type { KeywordsCheckSpec } from "../types.js";
import type { CheckFn } from "./check.js";
import { listed, uniqueEvidence } from "./format.js";
import { compileTerm } from "./keyword-pattern.js";

const MAX_EVIDENCE = 5;

export const keywordsCheck: CheckFn<KeywordsCheckSpec> = (resume, spec) => {
  const found: string[] = [];
  const missing: string[] = [];
  const matching = new Set<number>();
  for (const term of spec.any) {
    const compiled = compileTerm(term);
    // The loader rejects invalid terms; one that slips through simply finds nothing.
    const hits = compiled.ok ? resume.lines.flatMap((line, index) => (compiled.regex.test(line.text) ? [index] : [])) : [];
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
