// The bundled fixtures (fictional people) and the facts each must yield: fixtures/resumes.facts.json.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, type IngestLimits } from "../src/ingest/document.js";
import { closeOcr } from "../src/ingest/ocr.js";
import type { ScoredCandidate, ScreenReport } from "../src/model.js";
import { parseVocabulary } from "../src/read/vocabulary-load.js";
import { parseRubric } from "../src/rubric/load.js";
import { readOne } from "../src/run/read-one.js";
import type { FileOutcome } from "../src/run/read-files.js";
import { buildReport } from "../src/screen.js";

interface Facts {
  status: "scored" | "error";
  code?: string;
  name?: string;
  email?: string;
  highestDegree?: string;
  totalYears?: number;
  professionalYears?: number;
  yearsTolerance?: number;
  skills?: string[];
  notSkills?: string[];
  meetsRequired?: boolean;
  periods?: number;
  warnings?: string[];
  notWarnings?: string[];
}

const root = join(import.meta.dirname, "..");
const facts = JSON.parse(readFileSync(join(root, "fixtures", "resumes.facts.json"), "utf8")) as Record<string, Facts>;
let report: ScreenReport;
// As the command line reads them: image-only.pdf is a scan, read through OCR (the suite's one OCR run).
const LIMITS: IngestLimits = { ...DEFAULT_LIMITS, ocr: "auto" };

beforeAll(async () => {
  const vocabulary = parseVocabulary(readFileSync(join(root, "rubrics", "skills.yaml"), "utf8"));
  const rubricText = readFileSync(join(root, "rubrics", "ml-engineer.yaml"), "utf8");
  const { rubric } = parseRubric(rubricText, "rubrics/ml-engineer.yaml", vocabulary);
  const outcomes: FileOutcome[] = [];
  for (const file of Object.keys(facts)) {
    const bytes = readFileSync(join(root, "fixtures", "resumes", file));
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    outcomes.push({ file, sha256, result: await readOne(new Uint8Array(bytes), LIMITS, vocabulary) });
  }
  const loaded = { rubric: rubric!, path: "rubrics/ml-engineer.yaml", sha256: createHash("sha256").update(rubricText).digest("hex") };
  report = buildReport(outcomes, loaded, { asOf: "2026-11-29", version: "test", vocabulary });
}, 180_000);

afterAll(closeOcr);

const candidate = (file: string) => report.candidates.find((c) => c.file === file)!;

describe.each(Object.entries(facts))("%s", (file, want) => {
  if (want.status === "error") {
    it(`fails with ${want.code}`, () => {
      const c = candidate(file);
      expect(c.status).toBe("error");
      expect(c.status === "error" && c.error.code).toBe(want.code);
    });
    return;
  }

  const scored = () => {
    const c = candidate(file);
    expect(c.status, c.status === "error" ? c.error.message : "").toBe("scored");
    return c as ScoredCandidate;
  };

  it("yields its contact", () => {
    expect(scored().contact.name).toBe(want.name);
    expect(scored().contact.email).toBe(want.email);
  });

  it("yields its highest completed degree", () => {
    expect(scored().profile.highestDegree).toBe(want.highestDegree);
  });

  it("counts its years of experience", () => {
    const tolerance = want.yearsTolerance ?? 0.2;
    expect(Math.abs(scored().profile.experience.totalYears - want.totalYears!)).toBeLessThanOrEqual(tolerance + 1e-9);
    expect(Math.abs(scored().profile.experience.professionalYears - want.professionalYears!)).toBeLessThanOrEqual(tolerance + 1e-9);
  });

  it("finds its skills and nothing it lacks", () => {
    const ids = new Set(scored().profile.skills.map((s) => s.id));
    expect((want.skills ?? []).filter((s) => !ids.has(s))).toEqual([]);
    expect((want.notSkills ?? []).filter((s) => ids.has(s))).toEqual([]);
  });

  it("meets the required checks or not", () => {
    expect(scored().meetsRequired).toBe(want.meetsRequired);
  });

  it("carries the warnings it must, and none it must not", () => {
    const codes = new Set(scored().warnings.map((w) => w.code));
    for (const code of want.warnings ?? []) expect(codes).toContain(code);
    for (const code of want.notWarnings ?? []) expect(codes).not.toContain(code);
  });
});
