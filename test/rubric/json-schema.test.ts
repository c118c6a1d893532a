import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHECK_KEYS, CHECK_KINDS, KINDS, RUBRIC_KEYS, renderRubricJsonSchema, rubricJsonSchema } from "../../src/rubric/schema.js";

const committed = readFileSync(new URL("../../rubrics/rubric.schema.json", import.meta.url), "utf8");

type Json = Record<string, any>;

describe("rubric JSON Schema", () => {
  it("matches the committed rubrics/rubric.schema.json", () => {
    expect(renderRubricJsonSchema() === committed, "rubrics/rubric.schema.json is out of date; run: npm run schema").toBe(true);
  });

  it("is derived from the one description of the format", () => {
    const schema = rubricJsonSchema() as Json;
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(Object.keys(schema.properties)).toEqual(Object.keys(RUBRIC_KEYS));
    expect(schema.required).toEqual(["id", "name", "checks"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.definitions.check.properties.kind.enum).toEqual(CHECK_KINDS);
    for (const kind of CHECK_KINDS) {
      const def = schema.definitions[`${kind}Check`];
      expect(Object.keys(def.properties)).toEqual([...Object.keys(CHECK_KEYS), ...Object.keys(KINDS[kind].keys)]);
      expect(def.properties.kind).toEqual({ const: kind });
      expect(def.additionalProperties).toBe(false);
    }
  });

  it("carries bounds, defaults and the any/all choice", () => {
    const { definitions } = rubricJsonSchema() as Json;
    expect(definitions.degreeCheck.properties.weight).toMatchObject({ type: "number", minimum: 0, default: 1 });
    expect(definitions.degreeCheck.properties.pass).toMatchObject({ type: "number", minimum: 0, maximum: 1, default: 1 });
    expect(definitions.degreeCheck.properties.min).toMatchObject({ enum: ["associate", "bachelor", "master", "phd"] });
    expect(definitions.degreeCheck.required).toEqual(["id", "kind", "min"]);
    expect(definitions.experienceCheck.properties.min_years).toMatchObject({ type: "number", exclusiveMinimum: 0 });
    expect(definitions.skillsCheck.oneOf).toEqual([{ required: ["any"] }, { required: ["all"] }]);
    expect(definitions.keywordsCheck.properties.min).toMatchObject({ type: "integer", minimum: 1, default: 1 });
  });
});
