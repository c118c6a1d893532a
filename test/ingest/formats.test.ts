// One fictional person in every format besides PDF, DOCX and text (fixtures/formats/, written by
// `npm run fixtures`): each file must be sniffed by its bytes and yield the same facts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/ingest/document.js";
import { ingest, sniffFormat } from "../../src/ingest/index.js";
import { professionalYears, totalYears } from "../../src/read/experience.js";
import type { Resume } from "../../src/read/resume.js";
import { parseVocabulary } from "../../src/read/vocabulary-load.js";
import { readOne } from "../../src/run/read-one.js";

interface FormatFacts {
  format: string;
  name: string;
  email: string;
  highestDegree: string;
  totalYears: number;
  professionalYears: number;
  yearsTolerance: number;
  skills: string[];
  notSkills: string[];
  warnings: string[];
}

const root = join(import.meta.dirname, "..", "..");
const facts = JSON.parse(readFileSync(join(root, "fixtures", "formats.facts.json"), "utf8")) as Record<string, FormatFacts>;
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(root, "fixtures", "formats", file)));
const vocabulary = parseVocabulary(readFileSync(join(root, "rubrics", "skills.yaml"), "utf8"));
const LEVELS = ["associate", "bachelor", "master", "phd"];

describe.each(Object.entries(facts))("%s", (file, want) => {
  let resume: Resume;
  beforeAll(async () => {
    const result = await readOne(bytesOf(file), DEFAULT_LIMITS, vocabulary);
    if (!result.ok) throw new Error(`${file}: ${result.error.code}: ${result.error.message}`);
    resume = result.value;
  });

  it(`is sniffed from its bytes as ${want.format}`, () => {
    expect(sniffFormat(bytesOf(file))).toBe(want.format);
    expect(resume.format).toBe(want.format);
  });

  it("yields the name and e-mail", () => {
    expect(resume.contact.name).toBe(want.name);
    expect(resume.contact.email).toBe(want.email);
  });

  it("yields the highest completed degree", () => {
    const completed = resume.degrees.filter((degree) => degree.completed).map((degree) => LEVELS.indexOf(degree.level));
    expect(LEVELS[Math.max(...completed)]).toBe(want.highestDegree);
  });

  it("counts the years of every role, and of the jobs alone", () => {
    expect(Math.abs(totalYears(resume.periods, "2026-11-29") - want.totalYears)).toBeLessThanOrEqual(want.yearsTolerance + 1e-9);
    expect(Math.abs(professionalYears(resume.periods, "2026-11-29") - want.professionalYears)).toBeLessThanOrEqual(want.yearsTolerance + 1e-9);
    expect(resume.periods.map((period) => period.kind)).toEqual(["job", "job", "internship"]);
  });

  it("finds the skills and none it lacks", () => {
    const ids = new Set(resume.skills.map((skill) => skill.id));
    expect(want.skills.filter((id) => !ids.has(id))).toEqual([]);
    expect(want.notSkills.filter((id) => ids.has(id))).toEqual([]);
  });

  it("cites every fact with a line that exists", () => {
    const lines = new Set(resume.lines.map((line) => `${line.page}:${line.line}:${line.text}`));
    const cited = [...resume.degrees.map((d) => d.evidence), ...resume.periods.map((p) => p.evidence), ...resume.skills.flatMap((s) => s.evidence)];
    for (const evidence of cited) expect(lines).toContain(`${evidence.page}:${evidence.line}:${evidence.text}`);
  });

  it("raises the warnings it must, and only those", () => {
    expect(resume.warnings.map((warning) => warning.code).sort()).toEqual([...want.warnings].sort());
  });
});

describe("formats are told by their bytes, never by their names", () => {
  it("reads an OpenDocument file whatever it is called", async () => {
    // ingest is handed bytes only; a file named resume.docx with ODT bytes is the same bytes.
    const result = await ingest(bytesOf("resume.odt"), DEFAULT_LIMITS);
    expect(result.ok && result.value.format).toBe("odt");
  });

  it("reads a JSON file that is not a JSON Resume as plain text", async () => {
    const result = await ingest(new TextEncoder().encode('{"candidate": "Jane Doe", "skills": ["Python"]}'), DEFAULT_LIMITS);
    expect(result.ok && result.value.format).toBe("text");
  });
});
