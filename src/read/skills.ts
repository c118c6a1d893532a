// Skill mentions: the vocabulary compiled once into two regular expressions (case-insensitive spellings and
// exact-case ones), run over every visible line. Matches respect token boundaries: "c++" and "node.js" stay
// whole, "platform" never yields "tf", "html" never yields "ml", "Bertrand" is not BERT.
import type { Evidence, SkillMention } from "./resume.js";
import type { SkillDef, Vocabulary } from "./vocabulary.js";
import { evidenceOf, type TextLine } from "./lines.js";

export interface CompiledVocabulary {
  caseless: RegExp | null;
  exact: RegExp | null;
  /** Normalised spelling → the skill ids a mention counts for (the skill and what it implies). */
  caselessIds: Map<string, string[]>;
  exactIds: Map<string, string[]>;
}

const MAX_EVIDENCE = 5;
const cache = new WeakMap<Vocabulary, CompiledVocabulary>();

/** Lower case, with runs of spaces, hyphens and underscores as one space: "Scikit-Learn" → "scikit learn". */
const normalise = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, " ").trim();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A spelling as a pattern: separators between words may be a space, a hyphen, an underscore or nothing. */
function spellingPattern(spelling: string): string {
  return spelling
    .trim()
    .split(/[\s_-]+/)
    .map(escape)
    .join("[\\s_-]*");
}

function build(spellings: Map<string, string[]>, exactCase: boolean): RegExp | null {
  if (!spellings.size) return null;
  // Longest first: at one position the alternation takes the first that fits, and "node.js" must beat "node".
  const sorted = [...spellings.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const body = sorted.map(spellingPattern).join("|");
  // Left: not inside a word. Right: not inside a word, and "c" never matches the start of "c++" or "c#".
  // Versions may follow a longer name directly ("Python3", "TensorFlow2"); they are not part of the key.
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?:(?<=\\p{L}{4})\\d+(?:\\.\\d+)*)?(?![\\p{L}\\p{N}_]|[+#])`, exactCase ? "gu" : "giu");
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
    for (const s of caseless) if (![...exact].some((e) => normalise(e) === normalise(s))) add(caselessIds, normalise(s), ids);
    for (const s of exact) add(exactIds, s.trim().replace(/[\s_-]+/g, " "), ids);
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

const stripVersion = (s: string): string => s.replace(/(?<=\p{L})\d+(?:\.\d+)*$/u, "");

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

function idsInLine(text: string, compiled: CompiledVocabulary): Set<string> {
  const found = new Set<string>();
  if (compiled.caseless) {
    for (const m of text.matchAll(compiled.caseless)) {
      const key = normalise(m[0]);
      const ids = compiled.caselessIds.get(key) ?? compiled.caselessIds.get(stripVersion(key));
      ids?.forEach((id) => found.add(id));
    }
  }
  if (compiled.exact) {
    for (const m of text.matchAll(compiled.exact)) {
      if (falseShortMatch(text, m.index ?? 0, m[0])) continue;
      const key = m[0].replace(/[\s_-]+/g, " ");
      const ids = compiled.exactIds.get(key) ?? compiled.exactIds.get(stripVersion(key));
      ids?.forEach((id) => found.add(id));
    }
  }
  return found;
}

/** Skills named in the lines, in order of first mention; `skip` holds line indexes not to read (the name line). */
export function matchSkills(lines: readonly TextLine[], vocabulary: Vocabulary, skip: ReadonlySet<number> = new Set()): SkillMention[] {
  const compiled = compileVocabulary(vocabulary);
  const byId = new Map<string, { mentions: number; evidence: Evidence[] }>();
  lines.forEach((line, i) => {
    if (skip.has(i)) return;
    for (const id of idsInLine(line.text, compiled)) {
      const entry = byId.get(id) ?? { mentions: 0, evidence: [] };
      entry.mentions++;
      if (entry.evidence.length < MAX_EVIDENCE) entry.evidence.push(evidenceOf(line));
      byId.set(id, entry);
    }
  });
  return [...byId].map(([id, e]) => ({ id, mentions: e.mentions, evidence: e.evidence }));
}
