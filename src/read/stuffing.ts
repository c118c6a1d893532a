// Keyword stuffing: skill names piled up for a machine to count, not for a person to read. A line is
// "bare" when vocabulary terms make up most of it (a label such as "Skills:" aside); bare lines in a row
// form a block, and a new label starts a new block, so a skills section written by category is many
// small blocks. A block is stuffed when it lists more terms than any real skills section does (real
// résumés list 10–30, at most ~15 on one line), or repeats one term over and over. Stuffed lines still
// count, but once: each skill they name counts as one mention, however many times it is piled up.
import type { Warning } from "../ingest/document.js";
import type { SkillMention } from "./resume.js";
import type { Vocabulary } from "./vocabulary.js";
import type { TextLine } from "./lines.js";
import { bareLine, continues, type BareLine } from "./bare-lines.js";
import { compileVocabulary, lineTermsFor, matchSkills } from "./skills.js";
import { lineTermsOf, type LineTerms } from "./line-terms.js";

/** More terms than this in one unbroken bare block is not a skills list but a keyword dump. */
export const MAX_BLOCK_TERMS = 40;
/** One term this many times in one block ("Python, Python, Python, …"); "AWS EC2, AWS S3, AWS RDS" stays under. */
export const MAX_REPEATS_IN_BLOCK = 5;
/** One term this many times in bare lines anywhere in the résumé; prose mentions do not count. */
export const MAX_REPEATS_IN_RESUME = 15;
const EXCERPT_LENGTH = 120;

export interface Stuffing {
  warnings: Warning[];
  /** Indexes (into the lines read) of the stuffed lines. */
  lines: ReadonlySet<number>;
}

/** `terms` are the lines' terms when already found for these lines and this vocabulary (see lineTermsFor). */
export function detectStuffing(lines: readonly TextLine[], vocabulary: Vocabulary, terms?: LineTerms): Stuffing {
  const compiled = compileVocabulary(vocabulary);
  const termsOf = terms ?? lineTermsOf(lines, compiled);
  const bare = lines.map((line, index) => bareLine(line.text, index, compiled, termsOf(index)));
  const blocks: BareLine[][] = [];
  bare.forEach((entry, index) => {
    if (!entry) return;
    const current = blocks[blocks.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && last.index === index - 1 && continues(last, lines[last.index]!.text, entry)) current.push(entry);
    else blocks.push([entry]);
  });
  const warnings: Warning[] = [];
  const stuffed = new Set<number>();
  for (const block of blocks) {
    const terms = block.flatMap((entry) => entry.terms);
    const repeated = mostRepeated(terms);
    const tooLong = terms.length > MAX_BLOCK_TERMS;
    if (!tooLong && repeated.count < MAX_REPEATS_IN_BLOCK) continue;
    block.forEach((entry) => stuffed.add(entry.index));
    const what = tooLong ? `${terms.length} skill keywords listed with no context` : `"${repeated.id}" listed ${repeated.count} times in a row`;
    warnings.push(stuffingWarning(lines, block.map((entry) => entry.index), what));
  }
  warnings.push(...repeatedAcrossResume(lines, bare, stuffed));
  return { warnings, lines: stuffed };
}

/** One term as a bare keyword again and again outside the stuffed blocks: those lines are stuffed too. */
function repeatedAcrossResume(lines: readonly TextLine[], bare: readonly (BareLine | undefined)[], stuffed: Set<number>): Warning[] {
  const everywhere = new Map<string, number[]>();
  for (const entry of bare) {
    if (!entry || stuffed.has(entry.index)) continue;
    for (const id of entry.terms) everywhere.set(id, [...(everywhere.get(id) ?? []), entry.index]);
  }
  const warnings: Warning[] = [];
  for (const [id, indexes] of everywhere) {
    if (indexes.length < MAX_REPEATS_IN_RESUME) continue;
    const unique = [...new Set(indexes)].filter((index) => !stuffed.has(index));
    if (unique.length === 0) continue;
    unique.forEach((index) => stuffed.add(index));
    warnings.push(stuffingWarning(lines, unique, `"${id}" listed ${indexes.length} times as a bare keyword`));
  }
  return warnings;
}

export const NO_STUFFING: Stuffing = { warnings: [], lines: new Set() };

/** matchSkills, with every skill named in stuffed lines counted once there. */
export function matchSkillsCountingStuffingOnce(
  lines: readonly TextLine[],
  vocabulary: Vocabulary,
  skip: ReadonlySet<number>,
  stuffed: ReadonlySet<number>,
  terms?: LineTerms,
): SkillMention[] {
  const termsOf = terms ?? lineTermsFor(lines, vocabulary);
  const all = matchSkills(lines, vocabulary, skip, termsOf);
  if (stuffed.size === 0) return all;
  return countStuffingOnce(all, matchSkills(lines, vocabulary, new Set([...skip, ...stuffed]), termsOf));
}

/**
 * Skill mentions with stuffed lines counted once: `all` is the matching over every line, `outside` the
 * matching without the stuffed lines. A skill named only in stuffing keeps one mention (it is visible,
 * and the warning tells the reader), and its evidence shows the stuffed line.
 */
export function countStuffingOnce(all: readonly SkillMention[], outside: readonly SkillMention[]): SkillMention[] {
  const plain = new Map(outside.map((skill) => [skill.id, skill]));
  return all.map((skill) => {
    const kept = plain.get(skill.id);
    if (!kept) return { id: skill.id, mentions: 1, evidence: skill.evidence.slice(0, 1) };
    const inStuffing = skill.mentions > kept.mentions;
    return { id: skill.id, mentions: kept.mentions + (inStuffing ? 1 : 0), evidence: kept.evidence };
  });
}

function mostRepeated(terms: readonly string[]): { id: string; count: number } {
  const counts = new Map<string, number>();
  let best = { id: "", count: 0 };
  for (const id of terms) {
    const count = (counts.get(id) ?? 0) + 1;
    counts.set(id, count);
    if (count > best.count) best = { id, count };
  }
  return best;
}

function stuffingWarning(lines: readonly TextLine[], indexes: readonly number[], what: string): Warning {
  const first = lines[indexes[0]!]!;
  const last = lines[indexes[indexes.length - 1]!]!;
  const text = indexes.map((index) => lines[index]!.text).join(" ");
  const excerpt = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
  const where = indexes.length === 1 || first.page !== last.page ? `page ${first.page}, line ${first.line}` : `page ${first.page}, lines ${first.line}–${last.line}`;
  return {
    code: "KEYWORD_STUFFING",
    page: first.page,
    line: first.line,
    text: excerpt,
    message: `Keyword stuffing: ${what} (${where}); each skill there counts as one mention: "${excerpt}"`,
  };
}
