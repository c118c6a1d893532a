// The label a check gets when the rubric gives none: the requirement in words, written from its settings.
import type { Vocabulary } from "../read/vocabulary.js";
import type { CheckSpec } from "./types.js";

type Unlabelled = CheckSpec extends infer S ? (S extends CheckSpec ? Omit<S, "label"> : never) : never;

const DEGREE_NAMES = { associate: "Associate degree", bachelor: "Bachelor's degree", master: "Master's degree", phd: "PhD" };

/** "a, b or c"; longer lists end "… or a related <noun>" after the first three. */
function listInWords(items: readonly string[], related: string): string {
  if (items.length > 3) return `${items.slice(0, 3).join(", ")} or a related ${related}`;
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

function skillName(id: string, vocabulary: Vocabulary): string {
  return vocabulary.skills.find((skill) => skill.id === id)?.name ?? id;
}

export function defaultLabel(spec: Unlabelled, vocabulary: Vocabulary): string {
  switch (spec.kind) {
    case "degree": {
      const level = DEGREE_NAMES[spec.min] + (spec.min === "phd" ? "" : " or higher");
      return spec.fields.length === 0 ? level : `${level} in ${listInWords(spec.fields, "field")}`;
    }
    case "experience": {
      const years = `${spec.min_years}+ years`;
      const label = spec.relevant.length === 0
        ? `${years} of ${spec.count === "all" ? "" : "professional "}experience`
        : `${years} of experience in ${listInWords(spec.relevant, "area")}`;
      return spec.count === "all" ? `${label}, internships and student jobs included` : label;
    }
    case "skills": {
      const all = spec.all !== undefined;
      const names = (spec.all ?? spec.any ?? []).map((id) => skillName(id, vocabulary));
      if (names.length === 1) return names[0]!;
      if (all) return `All of: ${names.join(", ")}`;
      const min = spec.min ?? 1;
      return `${min === 1 ? "Any" : `At least ${min}`} of: ${names.join(", ")}`;
    }
    case "keywords":
      return `${spec.min === 1 ? "Mentions any" : `Mentions at least ${spec.min}`} of: ${spec.any.join(", ")}`;
  }
}
