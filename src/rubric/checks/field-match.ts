// Does a degree's field of study satisfy a rubric's accepted fields?
//
// Decision: postings nearly always say "or a related field", so a field that shares a distinctive word with an
// accepted one counts in full, and the message names the relation for the reader to judge:
//   exact   – the accepted field appears in the degree's field as whole words ("Computer Science and Engineering")
//   related – a distinctive word is shared, or one contains the other ("Computer Engineering" ~ computer science,
//             "Biostatistics" ~ statistics, "Statistical Science" ~ statistics)
//   other   – nothing in common beyond generic words ("Political Science" is not computer science).
// Common abbreviations are spelt out first, so "M.S. CS" and "EECS" match.

import { remembered } from "../../remembered.js";

export type FieldMatch = { kind: "exact" | "related"; accepted: string } | { kind: "other" };

const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = (
  [
    ["comp sci", "computer science"],
    ["compsci", "computer science"],
    ["cs", "computer science"],
    ["cse", "computer science and engineering"],
    ["eecs", "electrical engineering and computer science"],
    ["ece", "electrical and computer engineering"],
    ["ee", "electrical engineering"],
    ["ai", "artificial intelligence"],
    ["ml", "machine learning"],
    ["stats", "statistics"],
    ["stat", "statistics"],
    ["maths", "mathematics"],
    ["math", "mathematics"],
    ["econ", "economics"],
  ] as const
).map(([short, long]) => [new RegExp(`\\b${short}\\b`, "g"), long]);

/** Words that say nothing about the subject: sharing one of them makes no two fields related. */
const GENERIC = new Set(
  "a an and applied art arts degree for general honors honours in major minor of program science sciences specialization studies study systems technology the with engineering"
    .split(" "),
);

/** Lower case, punctuation as spaces, abbreviations spelt out: "Comp. Sci. & E.E." → "computer science and electrical engineering". */
export function spellOutField(field: string): string {
  // Dots go first so that "E.E." reads as "ee" and "Comp. Sci." as "comp sci".
  let text = field.toLowerCase().replace(/\./g, "").replace(/&/g, " and ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  for (const [short, long] of ABBREVIATIONS) text = text.replace(short, long);
  return text;
}

// A batch asks about the same few fields over and over (every candidate against the rubric's accepted list),
// and spelling one out runs fourteen replacements.
const normalise = remembered((field: string): string => ` ${spellOutField(field)} `, 10_000);

const distinctive = (normalised: string): string[] => normalised.trim().split(" ").filter((w) => w.length > 2 && !GENERIC.has(w));

/** Same word, same seven-letter stem (statistics/statistical), or a long word inside another (biostatistics). */
function wordsRelated(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 7 && b.length >= 7 && a.slice(0, 7) === b.slice(0, 7)) return true;
  return (a.length >= 6 && b.includes(a)) || (b.length >= 6 && a.includes(b));
}

export function matchField(field: string, accepted: readonly string[]): FieldMatch {
  const degree = normalise(field);
  const exact = accepted.find((candidate) => degree.includes(normalise(candidate)));
  if (exact !== undefined) return { kind: "exact", accepted: exact };
  const degreeWords = distinctive(degree);
  const related = accepted.find((candidate) =>
    distinctive(normalise(candidate)).some((word) => degreeWords.some((other) => wordsRelated(word, other))),
  );
  return related === undefined ? { kind: "other" } : { kind: "related", accepted: related };
}
