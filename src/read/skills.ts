// Skill mentions: the vocabulary compiled once into two scanners (case-insensitive spellings and exact-case
// ones), run over every visible line. Matches respect token boundaries: "c++" and "node.js" stay whole,
// "platform" never yields "tf", "html" never yields "ml", "Bertrand" is not BERT.
import type { Evidence, SkillMention } from "./resume.js";
import type { SkillDef, Vocabulary } from "./vocabulary.js";
import { evidenceOf, type TextLine } from "./lines.js";
import { exactSpelling, lineTermsOf, normaliseSpelling, type LineTerms, type Term } from "./line-terms.js";
import { buildSpellingScanner, type SpellingScanner } from "./spelling-scanner.js";

export interface CompiledVocabulary {
  caseless: SpellingScanner | null;
  exact: SpellingScanner | null;
  /** Normalised spelling → the skill ids a mention counts for (the skill and what it implies). */
  caselessIds: Map<string, string[]>;
  exactIds: Map<string, string[]>;
}

const MAX_EVIDENCE = 5;
const cache = new WeakMap<Vocabulary, CompiledVocabulary>();

function build(spellings: Map<string, string[]>, exactCase: boolean): SpellingScanner | null {
  return spellings.size ? buildSpellingScanner(spellings.keys(), !exactCase) : null;
}

function idsFor(def: SkillDef, byId: Map<string, SkillDef>): string[] {
  const ids = [def.id];
  for (const implied of def.implies ?? []) if (byId.has(implied) && !ids.includes(implied)) ids.push(implied);
  return ids;
}

/** Compiles a vocabulary for matching; memoised by the vocabulary object. */
export function compileVocabulary(vocabulary: Vocabulary): CompiledVocabulary {
  const cached = cache.get(vocabulary);
  if (cached) return cached;
  const defs = (Array.isArray(vocabulary?.skills) ? vocabulary.skills : []).filter((d) => d && typeof d.id === "string" && d.id);
  const byId = new Map(defs.map((d) => [d.id, d]));
  const caselessIds = new Map<string, string[]>();
  const exactIds = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, ids: string[]): void => {
    if (!key) return;
    const merged = [...(map.get(key) ?? [])];
    for (const id of ids) if (!merged.includes(id)) merged.push(id);
    map.set(key, merged);
  };
  for (const def of defs) {
    const ids = idsFor(def, byId);
    const exact = new Set((def.exact ?? []).filter((s) => typeof s === "string" && s.trim()));
    const caseless = [def.id, def.name, ...(def.aliases ?? [])].filter((s): s is string => typeof s === "string" && !!s.trim());
    for (const s of caseless) if (![...exact].some((e) => normaliseSpelling(e) === normaliseSpelling(s))) add(caselessIds, normaliseSpelling(s), ids);
    for (const s of exact) add(exactIds, exactSpelling(s.trim()), ids);
  }
  const compiled: CompiledVocabulary = {
    caseless: build(caselessIds, false),
    exact: build(exactIds, true),
    caselessIds,
    exactIds,
  };
  cache.set(vocabulary, compiled);
  return compiled;
}

/** A one- or two-letter exact spelling ("R", "C", "Go") that is really "R&D", "C-suite", "Go-to-market" or an initial. */
function falseShortMatch(text: string, index: number, match: string): boolean {
  if (match.length > 2) return false;
  const before = text.slice(0, index);
  const after = text.slice(index + match.length);
  if (/^[&'’-]/.test(after) || /[&-]$/.test(before)) return true;
  // "Go to market", "Go live": the verb.
  if (match === "Go" && /^\s+(?:to|live|back|beyond|above|ahead|further)\b/u.test(after)) return true;
  // "John R. Smith": a middle initial.
  return match.length === 1 && /^\.\s*\p{Lu}\p{Ll}/u.test(after) && /\p{Lu}\p{Ll}+\s$/u.test(before);
}

function idsInLine(text: string, terms: readonly Term[]): Set<string> {
  const found = new Set<string>();
  for (const term of terms) {
    if (term.exactCase && falseShortMatch(text, term.start, term.text)) continue;
    term.ids?.forEach((id) => found.add(id));
  }
  return found;
}

/** Each line's terms, searched once however many readers ask (stuffing detection, then skill matching). */
export function lineTermsFor(lines: readonly TextLine[], vocabulary: Vocabulary): LineTerms {
  // Compiled on first use, so a malformed vocabulary fails inside each reader, as it would unshared.
  let terms: LineTerms | undefined;
  return (index) => (terms ??= lineTermsOf(lines, compileVocabulary(vocabulary)))(index);
}

/**
 * Skills named in the lines, in order of first mention; `skip` holds line indexes not to read (the name line).
 * `terms` are the lines' terms when already found for these lines and this vocabulary.
 */
export function matchSkills(
  lines: readonly TextLine[],
  vocabulary: Vocabulary,
  skip: ReadonlySet<number> = new Set(),
  terms?: LineTerms,
): SkillMention[] {
  const compiled = compileVocabulary(vocabulary);
  const termsOf = terms ?? lineTermsOf(lines, compiled);
  const byId = new Map<string, { mentions: number; evidence: Evidence[] }>();
  lines.forEach((line, i) => {
    if (skip.has(i)) return;
    for (const id of idsInLine(line.text, termsOf(i))) {
      const entry = byId.get(id) ?? { mentions: 0, evidence: [] };
      entry.mentions++;
      if (entry.evidence.length < MAX_EVIDENCE) entry.evidence.push(evidenceOf(line));
      byId.set(id, entry);
    }
  });
  return [...byId].map(([id, e]) => ({ id, mentions: e.mentions, evidence: e.evidence }));
}
