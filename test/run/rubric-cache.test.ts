import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVocabulary } from "../../src/commands/environment.js";
import { loadRubricBytes } from "../../src/commands/rubric-file.js";

const RUBRIC = `id: tiny
name: Tiny
checks:
  - id: python
    kind: skills
    label: Python
    weight: 10
    any: [python]
`;

const entries = (dir: string) => readdirSync(join(dir, "rubrics")).map((name) => join(dir, "rubrics", name));

describe("remembered rubrics", () => {
  it("validates a rubric once, then answers from the cache under whatever name it is read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-rubrics-"));
    const vocabulary = await loadVocabulary();
    const first = await loadRubricBytes(Buffer.from(RUBRIC), "a.yaml", vocabulary, dir);
    expect(first.problems).toEqual([]);
    const [entry] = entries(dir);
    // Edited behind the cache's back, the entry is what the next load returns: proof that it was read.
    const stored = JSON.parse(readFileSync(entry!, "utf8"));
    stored.rubric.checks[0].weight = 11;
    stored.warnings = [{ line: 2, column: 1, message: "remembered", severity: "warning" }];
    writeFileSync(entry!, JSON.stringify(stored));
    const second = await loadRubricBytes(Buffer.from(RUBRIC), "b.yaml", vocabulary, dir);
    expect(second.loaded).toMatchObject({ path: "b.yaml", sha256: first.loaded!.sha256, rubric: { id: "tiny" } });
    expect(second.loaded!.rubric.checks[0]!.weight).toBe(11);
    expect(second.problems).toEqual([{ file: "b.yaml", line: 2, column: 1, message: "remembered", severity: "warning" }]);
  });

  it.each([
    { case: "damaged", damage: () => "{\"key\": " },
    { case: "for another key", damage: (text: string) => text.replace(/"key":"[0-9a-f]+"/, `"key":"${"0".repeat(64)}"`) },
    { case: "without checks", damage: (text: string) => JSON.stringify({ ...JSON.parse(text), rubric: { ...JSON.parse(text).rubric, checks: null } }) },
  ])("validates again when the entry is $case, and writes it whole", async ({ damage }) => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-rubrics-"));
    const vocabulary = await loadVocabulary();
    const first = await loadRubricBytes(Buffer.from(RUBRIC), "a.yaml", vocabulary, dir);
    const [entry] = entries(dir);
    const whole = readFileSync(entry!, "utf8");
    writeFileSync(entry!, damage(whole));
    const again = await loadRubricBytes(Buffer.from(RUBRIC), "a.yaml", vocabulary, dir);
    expect(again).toEqual(first);
    expect(readFileSync(entry!, "utf8")).toBe(whole);
  });

  it("never keeps a rubric with errors", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-rubrics-"));
    const broken = await loadRubricBytes(Buffer.from(RUBRIC.replace("weight: 10", "wieght: 10")), "a.yaml", await loadVocabulary(), dir);
    expect(broken.loaded).toBeUndefined();
    expect(broken.problems.some((p) => p.severity === "error")).toBe(true);
    expect(() => entries(dir)).toThrow();
  });
});
