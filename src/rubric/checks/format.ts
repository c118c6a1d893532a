// Small wording helpers the checks share, so their messages read alike.
import type { Evidence } from "../../read/resume.js";

/** "a, b, c" with at most `max` items, then "and 3 more". */
export function listed(items: readonly string[], max = 6): string {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

/** One decimal, without a trailing ".0": 3.25 → "3.3", 5 → "5". */
export function oneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Evidence in reading order, each line once. */
export function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const item of evidence) {
    const key = `${item.page}:${item.line}`;
    if (!seen.has(key)) seen.set(key, { page: item.page, line: item.line, text: item.text });
  }
  return [...seen.values()].sort((a, b) => a.page - b.page || a.line - b.line);
}

export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? "" : "s"}`;
