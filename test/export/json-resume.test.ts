// The JSON Resume export is checked against the parts of the JSON Resume schema (v1.0.0) it writes, with a
// small validator for the keywords that schema uses: type, properties, additionalProperties, items, $ref,
// pattern and format.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toJsonResume } from "../../src/export/json-resume.js";
import { DEFAULT_LIMITS } from "../../src/ingest/document.js";
import type { Resume } from "../../src/read/resume.js";
import { parseVocabulary } from "../../src/read/vocabulary-load.js";
import { readOne } from "../../src/run/read-one.js";

type Schema = {
  type?: "object" | "array" | "string";
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  items?: Schema;
  $ref?: string;
  pattern?: string;
  format?: "email" | "uri";
};

const ISO8601: Schema = { type: "string", pattern: "^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$" };
const text: Schema = { type: "string" };
const texts: Schema = { type: "array", items: text };
const uri: Schema = { type: "string", format: "uri" };
const open = (properties: Record<string, Schema>): Schema => ({ type: "object", additionalProperties: true, properties });
const role = (org: string): Schema => open({ [org]: text, position: text, url: uri, startDate: { $ref: "iso8601" }, endDate: { $ref: "iso8601" }, summary: text, highlights: texts });

const RESUME_SCHEMA: Schema = {
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: uri,
    basics: open({
      name: text, label: text, image: text, email: { type: "string", format: "email" }, phone: text, url: uri, summary: text,
      location: open({ address: text, postalCode: text, city: text, countryCode: text, region: text }),
      profiles: { type: "array", items: open({ network: text, username: text, url: uri }) },
    }),
    work: { type: "array", items: role("name") },
    volunteer: { type: "array", items: role("organization") },
    education: { type: "array", items: open({ institution: text, url: uri, area: text, studyType: text, startDate: { $ref: "iso8601" }, endDate: { $ref: "iso8601" }, score: text, courses: texts }) },
    skills: { type: "array", items: open({ name: text, level: text, keywords: texts }) },
    meta: open({ canonical: uri, version: text, lastModified: text }),
  },
};

function validate(value: unknown, schema: Schema, path = "$"): string[] {
  if (schema.$ref) return validate(value, ISO8601, path);
  const type = Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
  if (schema.type && type !== schema.type) return [`${path}: expected ${schema.type}, got ${type}`];
  const errors: string[] = [];
  if (typeof value === "string") {
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) errors.push(`${path}: "${value}" does not match ${schema.pattern}`);
    if (schema.format === "email" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) errors.push(`${path}: "${value}" is not an e-mail address`);
    if (schema.format === "uri" && !/^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(value)) errors.push(`${path}: "${value}" is not a URI`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => errors.push(...validate(item, schema.items!, `${path}[${i}]`)));
  if (type === "object" && schema.properties) {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const property = schema.properties[key];
      if (property) errors.push(...validate(item, property, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property "${key}"`);
    }
  }
  return errors;
}

const root = join(import.meta.dirname, "..", "..");
const vocabulary = parseVocabulary(readFileSync(join(root, "rubrics", "skills.yaml"), "utf8"));
async function readFixture(path: string): Promise<Resume> {
  const result = await readOne(new Uint8Array(readFileSync(join(root, "fixtures", path))), DEFAULT_LIMITS, vocabulary);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const evidence = (text: string) => ({ page: 1, line: 1, text });

describe("the schema check can fail", () => {
  it.each([
    [{ basics: {}, résumé: true }, /unexpected property "résumé"/],
    [{ work: [{ startDate: "March 2020" }] }, /does not match/],
    [{ basics: { email: "not an address" } }, /not an e-mail/],
    [{ basics: { profiles: [{ url: "github.com/jane" }] } }, /not a URI/],
    [{ skills: [{ keywords: "Python" }] }, /expected array/],
  ])("rejects %j", (document, message) => {
    expect(validate(document, RESUME_SCHEMA).join("\n")).toMatch(message);
  });
});

describe("toJsonResume", () => {
  let strongFit: Resume;
  let jsonResume: Resume;
  beforeAll(async () => {
    strongFit = await readFixture("resumes/strong-fit.pdf");
    jsonResume = await readFixture("formats/resume.json");
  });

  it("writes a valid JSON Resume for a PDF résumé", () => {
    const document = toJsonResume(strongFit, { asOf: "2026-11-29", vocabulary });
    expect(validate(document, RESUME_SCHEMA)).toEqual([]);
    expect(document).toMatchObject({
      basics: { name: "Maya Lindqvist", email: "maya.lindqvist@example.com", profiles: [{ network: "LinkedIn", username: "maya-lindqvist" }, { network: "GitHub" }] },
      work: [{ name: "Northwind Analytics", position: "Senior Machine Learning Engineer", startDate: "2023-03" }, { endDate: "2023-02" }, {}],
      education: [{ studyType: "Master", area: "Computer Science", endDate: "2019" }, { studyType: "Bachelor" }],
      meta: { shortlist: { asOf: "2026-11-29", sourceFormat: "pdf", totalYears: 7 } },
    });
    const work = document.work as Array<Record<string, unknown>>;
    expect(work[0]!.endDate).toBeUndefined();
    // Bullets that wrapped across lines are one highlight each.
    expect((work[0]!.highlights as string[])[0]).toMatch(/^Lead a team .* online A\/B test\.$/);
    const skills = document.skills as Array<{ name: string; keywords: string[] }>;
    expect(skills.find((group) => group.name === "Machine learning libraries")?.keywords).toEqual(expect.arrayContaining(["PyTorch", "TensorFlow", "scikit-learn"]));
  });

  it("gives back what a JSON Resume said, without the paths shortlist wrote on its lines", () => {
    const document = toJsonResume(jsonResume, { asOf: "2026-11-29", vocabulary });
    const source = JSON.parse(readFileSync(join(root, "fixtures", "formats", "resume.json"), "utf8"));
    expect(validate(document, RESUME_SCHEMA)).toEqual([]);
    const work = document.work as Array<Record<string, unknown>>;
    expect(work.map(({ name, position, startDate, endDate, highlights }) => ({ name, position, startDate, endDate, highlights }))).toEqual(
      source.work.map(({ name, position, startDate, endDate, highlights }: Record<string, unknown>) => ({ name, position, startDate, endDate, highlights })),
    );
    expect(document.basics).toMatchObject({ name: source.basics.name, email: source.basics.email, phone: source.basics.phone });
  });

  it("leaves out what the schema cannot hold and marks what it cannot say", () => {
    const resume: Resume = {
      format: "docx", pages: 1, lines: [], sections: [], hidden: [], warnings: [],
      contact: { name: "Ana Silva", email: "ana at example", links: ["ana.example.dev", "linkedin.com/in/ana", "ftp://old.example", "not a url at all"], evidence: [] },
      degrees: [
        { level: "phd", name: "Ph.D.", field: "Physics", institution: "MIT", year: 2027, completed: false, evidence: evidence("Ph.D. (expected 2027)") },
        { level: "associate", completed: true, evidence: evidence("A.A.") },
      ],
      periods: [
        { title: "Mentor", org: "Code Club", start: "2020-01", end: "present", kind: "volunteer", evidence: evidence("Mentor"), details: [evidence("• Taught"), evidence("Python to kids")] },
        { start: "2019-01", end: "2019-06", kind: "internship", evidence: evidence("2019"), details: [evidence("Paragraph one"), evidence("Paragraph two")] },
      ],
      skills: [{ id: "python", mentions: 1, evidence: [] }, { id: "unknown-skill", mentions: 1, evidence: [] }],
    };
    const document = toJsonResume(resume, { asOf: "2026-11-29" });
    expect(validate(document, RESUME_SCHEMA)).toEqual([]);
    expect(document.basics).toEqual({ name: "Ana Silva", url: "https://ana.example.dev/", profiles: [{ network: "LinkedIn", username: "ana", url: "https://linkedin.com/in/ana" }] });
    expect(document.education).toEqual([{ institution: "MIT", area: "Physics", studyType: "PhD" }, { studyType: "Associate" }]);
    expect(document.volunteer).toEqual([{ organization: "Code Club", position: "Mentor", startDate: "2020-01", highlights: ["Taught Python to kids"] }]);
    expect(document.work).toEqual([{ startDate: "2019-01", endDate: "2019-06", highlights: ["Paragraph one", "Paragraph two"] }]);
    expect(document.skills).toEqual([{ name: "Skills", keywords: ["python", "unknown-skill"] }]);
    expect(document.meta).toEqual({ shortlist: { asOf: "2026-11-29", sourceFormat: "docx", totalYears: 0.5, professionalYears: 0, roleKinds: ["volunteer", "internship"] } });
  });
});
