// Parses the skills vocabulary (rubrics/skills.yaml). The caller reads the file; this only checks its shape.
import { parse } from "yaml";
import type { SkillDef, Vocabulary } from "./vocabulary.js";

/** Every problem of a vocabulary file at once, so it can be fixed in one go. */
export class VocabularyError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid skills vocabulary:\n  ${problems.join("\n  ")}`);
    this.name = "VocabularyError";
  }
}

const ID = /^[a-z0-9][a-z0-9+#.-]*$/;
const KNOWN_KEYS = new Set(["id", "name", "aliases", "exact", "category", "implies"]);

function stringList(value: unknown, where: string, problems: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(`${where}: expected a list of strings`);
    return [];
  }
  const out: string[] = [];
  for (const item of value) {
    if (typeof item === "string" || typeof item === "number") out.push(String(item));
    else problems.push(`${where}: ${JSON.stringify(item)} is not a string`);
  }
  return out;
}

function readSkill(raw: unknown, n: number, problems: string[]): SkillDef | null {
  const where = `skills[${n}]`;
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    problems.push(`${where}: expected a mapping with id and name`);
    return null;
  }
  const entry = raw as Record<string, unknown>;
  for (const key of Object.keys(entry)) if (!KNOWN_KEYS.has(key)) problems.push(`${where}: unknown key "${key}"`);
  const id = typeof entry.id === "string" ? entry.id : "";
  if (!ID.test(id)) problems.push(`${where}: id ${JSON.stringify(entry.id)} must be lower case (letters, digits, - . + #)`);
  const name = typeof entry.name === "string" && entry.name.trim() ? entry.name : id;
  const skill: SkillDef = { id, name, aliases: stringList(entry.aliases, `${where} (${id}).aliases`, problems) };
  const exact = stringList(entry.exact, `${where} (${id}).exact`, problems);
  if (exact.length) skill.exact = exact;
  const implies = stringList(entry.implies, `${where} (${id}).implies`, problems);
  if (implies.length) skill.implies = implies;
  if (typeof entry.category === "string") skill.category = entry.category;
  else if (entry.category !== undefined) problems.push(`${where} (${id}).category: expected a string`);
  return skill;
}

/** The vocabulary in a YAML text; throws a VocabularyError listing every problem. */
export function parseVocabulary(yamlText: string): Vocabulary {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (e) {
    throw new VocabularyError([e instanceof Error ? e.message : String(e)]);
  }
  const problems: string[] = [];
  const list = data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>).skills : undefined;
  if (!Array.isArray(list)) throw new VocabularyError(["expected a top-level `skills:` list"]);
  const skills = list.map((raw, n) => readSkill(raw, n, problems)).filter((s): s is SkillDef => s !== null);
  const ids = new Set<string>();
  for (const s of skills) {
    if (ids.has(s.id)) problems.push(`duplicate id "${s.id}"`);
    ids.add(s.id);
  }
  for (const s of skills) for (const implied of s.implies ?? []) if (!ids.has(implied)) problems.push(`${s.id}: implies unknown id "${implied}"`);
  if (problems.length) throw new VocabularyError(problems);
  return { skills };
}
