import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { parseVocabulary } from "../../src/read/vocabulary-load.js";
import { draftRubric } from "../../src/rubric/draft.js";
import { parseRubric } from "../../src/rubric/load.js";
import type { CheckSpec, Rubric } from "../../src/rubric/types.js";

const file = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const vocabulary = parseVocabulary(file("rubrics/skills.yaml"));
const POSTINGS = ["ml-engineer.md", "backend-engineer.md", "data-analyst.txt", "nurse.md", "sales.md"].map((name) => `test/rubric/postings/${name}`);

function draft(path: string): { text: string; rubric: Rubric } {
  const text = draftRubric(file(path), vocabulary);
  const { rubric, problems } = parseRubric(text, path, vocabulary);
  expect(problems).toEqual([]);
  return { text, rubric: rubric! };
}

const skillIds = (c: CheckSpec) => (c.kind === "skills" ? [...(c.any ?? []), ...(c.all ?? [])] : []);
const regularWeight = (r: Rubric) => r.checks.filter((c) => !c.bonus).reduce((sum, c) => sum + c.weight, 0);
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

describe("draftRubric", () => {
  it.each([...POSTINGS, "rubrics/ml-engineer.posting.md"])("%s: validates clean, regular weights add up to 100", (path) => {
    expect(regularWeight(draft(path).rubric)).toBe(100);
  });

  it.each(POSTINGS)("%s: every check is preceded by a comment quoting the posting", (path) => {
    const posting = squash(file(path));
    const lines = draft(path).text.split("\n");
    const starts = lines.flatMap((line, i) => (line.startsWith("  - id: ") ? [i] : []));
    expect(starts.length).toBeGreaterThan(2);
    for (const start of starts) {
      let first = start;
      while (lines[first - 1]?.startsWith("  # ")) first--;
      const comment = squash(lines.slice(first, start).map((line) => line.slice(4)).join(" "));
      const quote = /^"(.+)"$/.exec(comment)?.[1];
      expect(quote !== undefined && posting.includes(quote), `not a quote from the posting: ${comment}`).toBe(true);
    }
  });

  it("is deterministic", () => {
    expect(draftRubric(file(POSTINGS[1]!), vocabulary)).toBe(draftRubric(file(POSTINGS[1]!), vocabulary));
  });

  it("writes the options' schema line and posting path", () => {
    const text = draftRubric(file(POSTINGS[3]!), vocabulary, { schema: "./rubric.schema.json", posting: "nurse.md" });
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=./rubric.schema.json");
    expect(parseRubric(text, "x.yaml", vocabulary).rubric?.posting).toBe("nurse.md");
  });
});

describe("draftRubric: what each posting asks for", () => {
  const summary = (path: string) => draft(path).rubric.checks.map((c) => {
    const flags = `${c.required ? "required " : ""}${c.bonus ? "bonus " : ""}`;
    switch (c.kind) {
      case "degree":
        return `${flags}degree ${c.min} [${c.fields.join(", ")}]`;
      case "experience":
        return `${flags}experience ${c.min_years} [${c.relevant.join(", ")}]`;
      case "skills":
        return `${flags}skills ${c.all ? "all" : "any"} [${skillIds(c).join(", ")}]`;
      case "keywords":
        return `${flags}keywords ${c.min} [${c.any.join(", ")}]`;
    }
  });

  it("backend engineer: a must-have language choice, a bonus for cloud", () => {
    expect(summary(POSTINGS[1]!)).toEqual([
      "degree bachelor [computer science]",
      "experience 3 [backend development, backend]",
      "required skills any [go, java]",
      "skills all [sql, postgresql]",
      "skills all [docker, kubernetes]",
      "keywords 3 [apis, rest, grpc, idempotency, message queues]",
      "bonus skills all [aws]",
      "bonus keywords 1 [written communication]",
    ]);
  });

  it("data analyst: the minimum and the requirement are knockouts, the rest of the extras bonus", () => {
    expect(summary(POSTINGS[2]!)).toEqual([
      "degree bachelor [statistics, economics, mathematics]",
      "required experience 2 [data analyst]",
      "required skills all [sql]",
      "skills any [tableau, power-bi]",
      "skills all [excel]",
      "bonus skills any [python, r]",
      "bonus keywords 1 [retail forecasting, a/b testing, demand planning]",
    ]);
  });

  it("nurse: everything under minimum qualifications is required; what no check covers is listed", () => {
    const { text } = draft(POSTINGS[3]!);
    expect(summary(POSTINGS[3]!)).toEqual([
      "required degree bachelor [nursing]",
      "required experience 2 [acute care nursing, registered nurse]",
      "required keywords 2 [bls, acls]",
      "bonus keywords 1 [ccrn]",
    ]);
    expect(text).toContain('# Not turned into checks (add keywords checks by hand if they matter):\n#   "Experience with Epic electronic health records."');
  });

  it("sales: a preferred degree is a bonus, skills the vocabulary lacks become keywords", () => {
    expect(summary(POSTINGS[4]!)).toEqual([
      "experience 3 [b2b saas sales, account executive]",
      "keywords 2 [prospecting, discovery, negotiation, closing]",
      "bonus degree bachelor []",
      "bonus keywords 1 [spanish]",
    ]);
  });
});

describe("draftRubric: the machine-learning postings hold the requirements of rubrics/ml-engineer.yaml", () => {
  const bundled = parseRubric(file("rubrics/ml-engineer.yaml"), "ml-engineer.yaml", vocabulary).rubric!;
  const overlap = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;

  /** A drafted check that asks for the same thing as the bundled one (weights and wording may differ). */
  function sameRequirement(want: CheckSpec, got: CheckSpec): boolean {
    if (want.kind !== got.kind || want.required !== got.required || want.bonus !== got.bonus) return false;
    if (want.kind === "degree" && got.kind === "degree") return want.min === got.min && got.fields.every((f) => want.fields.includes(f));
    if (want.kind === "experience" && got.kind === "experience") return want.min_years === got.min_years && overlap(want.relevant, got.relevant) >= 2;
    if (want.kind === "keywords" && got.kind === "keywords") return overlap(want.any, got.any) >= 2;
    const [w, g] = [skillIds(want), skillIds(got)];
    return w.length === 1 ? g.length === 1 && g[0] === w[0] : overlap(w, g) >= Math.min(3, w.length);
  }

  it.each(["rubrics/ml-engineer.posting.md", POSTINGS[0]!])("%s", (path) => {
    const drafted = draft(path).rubric.checks;
    const unmatched = bundled.checks.filter((want) => !drafted.some((got) => sameRequirement(want, got))).map((c) => c.id);
    expect(unmatched).toEqual([]);
    expect(drafted).toHaveLength(bundled.checks.length);
  });
});

describe("draftRubric: a posting without section headings", () => {
  it("reads every sentence as a requirement", () => {
    const text = draftRubric("Python Developer\n\nWe need 3+ years of experience with Django. You must know PostgreSQL. AWS is a plus.\n", vocabulary);
    const { rubric } = parseRubric(text, "plain.yaml", vocabulary);
    expect(rubric?.checks.map((c) => [c.kind, c.required, c.bonus, c.kind === "experience" ? c.relevant : skillIds(c)])).toEqual([
      ["experience", false, false, ["django", "python developer"]],
      ["skills", true, false, ["postgresql"]],
      ["skills", false, true, ["aws"]],
    ]);
  });
});
