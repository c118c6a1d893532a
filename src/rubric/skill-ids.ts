// Whether a rubric's skill id is canonical, and if not, which canonical id was most likely meant.
import type { Vocabulary } from "../read/vocabulary.js";
import { closestMatch } from "./did-you-mean.js";

export interface SkillIdIndex {
  /** undefined when `id` is canonical; otherwise the message explaining what to write instead. */
  problem(id: string): string | undefined;
}

export function indexSkillIds(vocabulary: Vocabulary): SkillIdIndex {
  const canonical = new Set(vocabulary.skills.map((skill) => skill.id));
  // Every other way of writing a skill, lower case, pointing at its id: aliases, display names, exact spellings.
  const spellings = new Map<string, string>();
  for (const skill of vocabulary.skills) {
    for (const spelling of [skill.id, skill.name, ...skill.aliases, ...(skill.exact ?? [])]) {
      const key = spelling.toLowerCase();
      if (!spellings.has(key)) spellings.set(key, skill.id);
    }
  }
  const known = [...spellings.keys()];
  return {
    problem(id) {
      if (canonical.has(id)) return undefined;
      const written = spellings.get(id.toLowerCase());
      if (written !== undefined) {
        return `unknown skill id "${id}"; did you mean "${written}"? (rubrics use canonical ids; "${id}" is how résumés may write it)`;
      }
      const near = closestMatch(id, known);
      const suggestion = near === undefined ? "" : `; did you mean "${spellings.get(near)}"?`;
      return `unknown skill id "${id}"${suggestion} (not in the skills vocabulary)`;
    },
  };
}
