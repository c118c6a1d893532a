// The rubric format, described once. load.ts validates against this description and rubricJsonSchema() turns it
// into the JSON Schema editors use (rubrics/rubric.schema.json), so the two can never disagree.
import type { CheckKind, ExperienceCount } from "./types.js";

const EXPERIENCE_COUNTS: readonly ExperienceCount[] = ["professional", "all"];

/** What a key's value must be. `skill` and `keyword` lists are strings the validator checks further. */
export type ValueType =
  | { type: "string"; pattern?: { source: string; hint: string } }
  | { type: "number"; minimum?: number; exclusiveMinimum?: number; maximum?: number }
  | { type: "integer"; minimum: number }
  | { type: "boolean" }
  | { type: "enum"; values: readonly string[] }
  | { type: "list"; items: "string" | "skill" | "keyword"; minItems?: number }
  | { type: "checks" };

export interface KeyDef {
  value: ValueType;
  required?: boolean;
  /** Filled in when the key is missing. */
  default?: unknown;
  description: string;
}

export type KeyDefs = Readonly<Record<string, KeyDef>>;

export interface KindDef {
  description: string;
  keys: KeyDefs;
  /** Exactly one of these keys must be present. */
  exactlyOne?: readonly string[];
}

const ID: ValueType = {
  type: "string",
  pattern: { source: "^[A-Za-z0-9][A-Za-z0-9._-]*$", hint: "letters, digits, '.', '_' and '-', no spaces" },
};
const TEXT: ValueType = { type: "string", pattern: { source: "\\S", hint: "not empty" } };

export const DEGREE_MINIMUMS = ["associate", "bachelor", "master", "phd"] as const;

export const RUBRIC_KEYS: KeyDefs = {
  id: { value: ID, required: true, description: "Stable identifier of the rubric, recorded in every report." },
  name: { value: TEXT, required: true, description: "The job title as a person would say it." },
  posting: { value: TEXT, description: "Path of the job posting's text, relative to this file." },
  description: { value: TEXT, description: "Free text for the people who maintain the rubric." },
  checks: { value: { type: "checks" }, required: true, description: "The requirements, in the order reports show them." },
};

export const KINDS: Readonly<Record<CheckKind, KindDef>> = {
  degree: {
    description: "The best degree on the résumé: its level, its field and whether it is completed.",
    keys: {
      min: { value: { type: "enum", values: DEGREE_MINIMUMS }, required: true, description: "The lowest level that earns full credit." },
      fields: {
        value: { type: "list", items: "string" },
        default: [],
        description: "Accepted fields of study (closely related fields count too); empty accepts any field.",
      },
      in_progress: { value: { type: "boolean" }, default: false, description: "Whether a degree not yet completed earns full credit." },
    },
  },
  experience: {
    description: "Years of professional experience, overlapping roles counted once.",
    keys: {
      min_years: { value: { type: "number", exclusiveMinimum: 0 }, required: true, description: "Years that earn full credit; fewer earn a share." },
      relevant: {
        value: { type: "list", items: "string" },
        default: [],
        description: "Terms a role's title, organisation or description must contain to count; empty counts every role `count` allows.",
      },
      count: {
        value: { type: "enum", values: EXPERIENCE_COUNTS },
        default: "professional",
        description: "Which roles count: professional (jobs and research positions) or all (internships and student jobs too; never volunteering).",
      },
    },
  },
  skills: {
    description: "Skills from the vocabulary (rubrics/skills.yaml), by canonical id.",
    exactlyOne: ["any", "all"],
    keys: {
      any: { value: { type: "list", items: "skill", minItems: 1 }, description: "Credit for each of these found, up to `min`." },
      all: { value: { type: "list", items: "skill", minItems: 1 }, description: "Every one of these is needed; each found earns a share." },
      min: { value: { type: "integer", minimum: 1 }, default: 1, description: "With `any`: how many earn full credit." },
    },
  },
  keywords: {
    description: "Words the vocabulary lacks: phrases (whole words, any case) or regular expressions written /like this/i.",
    keys: {
      any: { value: { type: "list", items: "keyword", minItems: 1 }, required: true, description: "Phrases or /regular expressions/flags." },
      min: { value: { type: "integer", minimum: 1 }, default: 1, description: "How many distinct terms earn full credit." },
    },
  },
};

export const CHECK_KINDS = Object.keys(KINDS) as CheckKind[];

export const CHECK_KEYS: KeyDefs = {
  id: { value: ID, required: true, description: "Unique within the rubric; names the check in reports and CSV columns." },
  kind: { value: { type: "enum", values: CHECK_KINDS }, required: true, description: "What the check looks at." },
  label: { value: TEXT, description: "The requirement in words. Default: written from the check's settings." },
  weight: { value: { type: "number", minimum: 0 }, default: 1, description: "Relative importance in the score." },
  required: {
    value: { type: "boolean" },
    default: false,
    description: "Knockout: a candidate who does not pass it is flagged and ranked below the rest.",
  },
  bonus: {
    value: { type: "boolean" },
    default: false,
    description: "A plus: its weight adds credit on top, never counts against a candidate. Cannot be required.",
  },
  pass: {
    value: { type: "number", minimum: 0, maximum: 1 },
    default: 1,
    description: "The check's score (0..1) at or above which it counts as passed.",
  },
};

// ---- JSON Schema (draft-07: the dialect editors' YAML and JSON support understands best) ----

type Json = { [key: string]: unknown };

function valueSchema(value: ValueType): Json {
  switch (value.type) {
    case "string":
      return value.pattern ? { type: "string", pattern: value.pattern.source } : { type: "string" };
    case "number": {
      const { type: _type, ...bounds } = value;
      return { type: "number", ...bounds };
    }
    case "integer":
      return { type: "integer", minimum: value.minimum };
    case "boolean":
      return { type: "boolean" };
    case "enum":
      return { enum: [...value.values] };
    case "list": {
      const items = { type: "string", minLength: 1 };
      return value.minItems === undefined ? { type: "array", items } : { type: "array", items, minItems: value.minItems };
    }
    case "checks":
      return { type: "array", items: { $ref: "#/definitions/check" }, minItems: 1 };
  }
}

function keySchema(key: KeyDef): Json {
  const schema: Json = { description: key.description, ...valueSchema(key.value) };
  if (key.default !== undefined) schema.default = key.default;
  return schema;
}

function objectSchema(keys: KeyDefs, description?: string): Json {
  const properties: Json = {};
  for (const [name, key] of Object.entries(keys)) properties[name] = keySchema(key);
  const required = Object.entries(keys).filter(([, key]) => key.required).map(([name]) => name);
  return { ...(description ? { description } : {}), type: "object", properties, required, additionalProperties: false };
}

function kindSchema(kind: CheckKind): Json {
  const def = KINDS[kind];
  const schema = objectSchema({ ...CHECK_KEYS, ...def.keys }, def.description);
  (schema.properties as Json).kind = { const: kind };
  if (def.exactlyOne) schema.oneOf = def.exactlyOne.map((name) => ({ required: [name] }));
  return schema;
}

/** The JSON Schema of a rubric file, for editors (`# yaml-language-server: $schema=./rubric.schema.json`). */
export function rubricJsonSchema(): object {
  const definitions: Json = {
    check: {
      type: "object",
      required: ["id", "kind"],
      properties: { kind: keySchema(CHECK_KEYS.kind!) },
      allOf: CHECK_KINDS.map((kind) => ({
        if: { properties: { kind: { const: kind } }, required: ["kind"] },
        then: { $ref: `#/definitions/${kind}Check` },
      })),
    },
  };
  for (const kind of CHECK_KINDS) definitions[`${kind}Check`] = kindSchema(kind);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "shortlist rubric",
    ...objectSchema(RUBRIC_KEYS, "A job posting's requirements as weighted checks. See rubrics/README.md."),
    definitions,
  };
}

/** The committed text of rubrics/rubric.schema.json. */
export function renderRubricJsonSchema(): string {
  return JSON.stringify(rubricJsonSchema(), null, 2) + "\n";
}
