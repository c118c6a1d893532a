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
import { compileVocabulary, matchSkills, type CompiledVocabulary } from "./skills.js";

/** More terms than this in one unbroken bare block is not a skills list but a keyword dump. */
export const MAX_BLOCK_TERMS = 40;
/** One term this many times in one block ("Python, Python, Python, …"); "AWS EC2, AWS S3, AWS RDS" stays under. */
export const MAX_REPEATS_IN_BLOCK = 5;
/** One term this many times in bare lines anywhere in the résumé; prose mentions do not count. */
export const MAX_REPEATS_IN_RESUME = 15;
const EXCERPT_LENGTH = 120;
const LABEL = /^\s*(?:[•·▪\-*–]\s*)?([^:]{1,40}):\s*/u;
const LIST_GOES_ON = /[,;|·•/&+]\s*$/u;
const WORD = /\p{L}[\p{L}\p{N}'’+#.]*/gu;
const FILLER = new Set(["and", "or", "with", "in", "of", "the", "a", "an", "etc", "e.g", "i.e", "incl", "including", "also", "plus", "as", "well"]);

export interface Stuffing {
  warnings: Warning[];
  /** Indexes (into the lines read) of the stuffed lines. */
  lines: ReadonlySet<number>;
}

interface BareLine {
  index: number;
  /** The primary skill id of every term in the line, repeats kept. */
  terms: string[];
  labelled: boolean;
}

export function detectStuffing(lines: readonly TextLine[], vocabulary: Vocabulary): Stuffing {
  const compiled = compileVocabulary(vocabulary);
  const bare = lines.map((line, index) => bareLine(line.text, index, compiled));
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
  const everywhere = new Map<string, number[]>();
  for (const entry of bare) {
    if (!entry || stuffed.has(entry.index)) continue;
    for (const id of entry.terms) everywhere.set(id, [...(everywhere.get(id) ?? []), entry.index]);
  }
  for (const [id, indexes] of everywhere) {
    if (indexes.length < MAX_REPEATS_IN_RESUME) continue;
    const unique = [...new Set(indexes)].filter((index) => !stuffed.has(index));
    if (unique.length === 0) continue;
    unique.forEach((index) => stuffed.add(index));
    warnings.push(stuffingWarning(lines, unique, `"${id}" listed ${indexes.length} times as a bare keyword`));
  }
  return { warnings, lines: stuffed };
}

export const NO_STUFFING: Stuffing = { warnings: [], lines: new Set() };

/** matchSkills, with every skill named in stuffed lines counted once there. */
export function matchSkillsCountingStuffingOnce(
  lines: readonly TextLine[],
  vocabulary: Vocabulary,
  skip: ReadonlySet<number>,
  stuffed: ReadonlySet<number>,
): SkillMention[] {
  const all = matchSkills(lines, vocabulary, skip);
  if (stuffed.size === 0) return all;
  return countStuffingOnce(all, matchSkills(lines, vocabulary, new Set([...skip, ...stuffed])));
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

/**
 * Whether a bare line carries on the block above it: a new label starts a new block, and so does any line
 * after a labelled list that is finished ("Tools: Git, Docker" and not "Tools: Git, Docker,").
 */
function continues(previous: BareLine, previousText: string, next: BareLine): boolean {
  if (next.labelled) return false;
  return !previous.labelled || LIST_GOES_ON.test(previousText);
}

function bareLine(text: string, index: number, compiled: CompiledVocabulary): BareLine | undefined {
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
