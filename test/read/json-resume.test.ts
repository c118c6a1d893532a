import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readJsonResume } from "../../src/ingest/json-resume.js";
import { readResume } from "../../src/read/index.js";
import type { Resume } from "../../src/read/resume.js";
import { parseVocabulary } from "../../src/read/vocabulary-load.js";

const vocabulary = parseVocabulary(readFileSync(join(import.meta.dirname, "..", "..", "rubrics", "skills.yaml"), "utf8"));

function read(json: unknown): Resume {
  const doc = readJsonResume(new TextEncoder().encode(JSON.stringify(json)));
  if (!doc.ok) throw new Error(doc.error.message);
  return readResume(doc.value, vocabulary);
}

const BASICS = { name: "Julia Chen", email: "julia.chen@example.com", phone: "555-0100", url: "https://julia.example.com", profiles: [{ network: "GitHub", username: "jchen", url: "https://github.com/jchen" }] };

describe("readJsonResume → Resume from the fields", () => {
  it("writes one line per entry and per free-text item, each naming its JSON path", () => {
    const doc = readJsonResume(new TextEncoder().encode(JSON.stringify({
      basics: { name: "Julia Chen", location: { city: "Austin", region: "TX" } },
      work: [{ name: "Acme", position: "Engineer", startDate: "2020-01", highlights: ["Built things", 42, ""] }],
      education: [],
    })));
    expect(doc.ok && doc.value.pages[0]!.lines).toEqual([
      { page: 1, line: 1, text: "basics.name: Julia Chen", path: "basics.name" },
      { page: 1, line: 2, text: "basics.location: Austin, TX", path: "basics.location" },
      { page: 1, line: 3, text: "work[0]: Engineer, Acme (2020-01 – present)", path: "work[0]" },
      { page: 1, line: 4, text: "work[0].highlights[0]: Built things", path: "work[0].highlights[0]" },
      { page: 1, line: 5, text: "work[0].highlights[1]: 42", path: "work[0].highlights[1]" },
    ]);
  });

  it("takes the contact from basics, with evidence", () => {
    const resume = read({ basics: BASICS });
    expect(resume.contact).toEqual({
      name: "Julia Chen",
      email: "julia.chen@example.com",
      phone: "555-0100",
      links: ["https://julia.example.com", "https://github.com/jchen"],
      evidence: [
        { page: 1, line: 1, text: "basics.name: Julia Chen" },
        { page: 1, line: 2, text: "basics.email: julia.chen@example.com" },
        { page: 1, line: 3, text: "basics.phone: 555-0100" },
      ],
    });
    expect(resume.format).toBe("json-resume");
  });

  it.each([
    ["Bachelor of Science", "bachelor"], ["B.Sc.", "bachelor"], ["BA", "bachelor"], ["Master", "master"], ["MSc", "master"],
    ["M.S.", "master"], ["MBA", "master"], ["PhD", "phd"], ["Doctorate", "phd"], ["Associate", "associate"],
    ["High School Diploma", undefined], ["Certificate", undefined],
  ])("reads studyType %j as %s", (studyType, level) => {
    const resume = read({ basics: {}, education: [{ institution: "State University", area: "Statistics", studyType, endDate: "2016-05" }] });
    expect(resume.degrees[0]?.level).toBe(level);
    if (level) expect(resume.degrees[0]).toMatchObject({ field: "Statistics", institution: "State University", year: 2016, completed: true });
  });

  it("reads an engineering degree by its institution: a master's at a French-model école", () => {
    const levelAt = (institution: string) => read({ basics: {}, education: [{ institution, area: "Data Science", studyType: "Engineering Degree", endDate: "2022-09" }] }).degrees[0]?.level;
    expect(levelAt("École Nationale Supérieure de Valmont")).toBe("master");
    expect(levelAt("Westbrook University")).toBe("bachelor");
  });

  it("knows a degree without an end date, or a candidate, is not finished", () => {
    const resume = read({ basics: {}, education: [
      { institution: "A", studyType: "PhD", startDate: "2023-09" },
      { institution: "B", studyType: "PhD candidate", endDate: "2027" },
      { institution: "C", studyType: "Master" },
    ] });
    expect(resume.degrees.map((degree) => degree.completed)).toEqual([false, false, true]);
  });

  it.each([
    [{ startDate: "2019-03", endDate: "2021-05" }, "2019-03", "2021-05"],
    [{ startDate: "2019-03-15" }, "2019-03", "present"],
    [{ startDate: "2019", endDate: "2021" }, "2019-07", "2021-06"],
    [{ startDate: "2019", endDate: "2019" }, "2019-04", "2019-09"],
    [{ startDate: "2019-10", endDate: "2019" }, "2019-10", "2019-12"],
  ])("reads the dates %j as %s → %s", (dates, start, end) => {
    const resume = read({ basics: {}, work: [{ name: "Acme", position: "Engineer", ...dates }] });
    expect(resume.periods.map((p) => [p.start, p.end])).toEqual([[start, end]]);
  });

  it("classifies roles, skips undated ones and warns about reversed dates", () => {
    const resume = read({
      basics: {},
      work: [
        { name: "Acme", position: "Software Engineering Intern", startDate: "2018-06", endDate: "2018-08" },
        { name: "Institute", position: "Postdoctoral Researcher", startDate: "2019-01", endDate: "2020-12" },
        { name: "Undated", position: "Engineer" },
        { name: "Backwards", position: "Engineer", startDate: "2022-01", endDate: "2021-01" },
      ],
      volunteer: [{ organization: "Code Club", position: "Mentor", startDate: "2021-01", summary: "Taught Python", highlights: ["Ran workshops"] }],
    });
    expect(resume.periods.map((p) => [p.title, p.org, p.kind])).toEqual([
      ["Software Engineering Intern", "Acme", "internship"],
      ["Postdoctoral Researcher", "Institute", "research"],
      ["Mentor", "Code Club", "volunteer"],
    ]);
    expect(resume.periods[2]!.evidence.text).toBe("volunteer[0]: Mentor, Code Club (2021-01 – present)");
    expect(resume.periods[2]!.details.map((d) => d.text)).toEqual(["volunteer[0].summary: Taught Python", "volunteer[0].highlights[0]: Ran workshops"]);
    expect(resume.warnings).toEqual([expect.objectContaining({ code: "END_BEFORE_START", text: expect.stringMatching(/^work\[3\]/) })]);
  });

  it("matches skills through the vocabulary, never in the name or the JSON path, citing whole lines", () => {
    const resume = read({
      basics: { name: "Julia Chen" },
      work: [{ name: "Acme", position: "Engineer", startDate: "2020-01", highlights: ["Trained models with sklearn"] }],
      skills: [{ name: "Machine Learning", keywords: ["PyTorch", "TensorFlow", "Underwater basket weaving"] }],
    });
    const ids = resume.skills.map((skill) => skill.id);
    expect(ids).toEqual(expect.arrayContaining(["scikit-learn", "pytorch", "tensorflow"]));
    expect(ids).not.toContain("julia");
    const pytorch = resume.skills.find((skill) => skill.id === "pytorch")!;
    expect(pytorch.evidence).toEqual([{ page: 1, line: 4, text: "skills[0]: Machine Learning: PyTorch, TensorFlow, Underwater basket weaving" }]);
  });

  it("counts keyword stuffing once, as in any résumé", () => {
    const keywords = Array.from({ length: 12 }, () => ["PyTorch", "TensorFlow", "Spark", "AWS"]).flat();
    const resume = read({ basics: { name: "J" }, skills: [{ name: "Everything", keywords }] });
    expect(resume.warnings.map((warning) => warning.code)).toContain("KEYWORD_STUFFING");
    expect(resume.skills.find((skill) => skill.id === "pytorch")?.mentions).toBe(1);
  });

  it("gives every line a section from its JSON path", () => {
    const resume = read({ basics: { name: "J", summary: "ML engineer" }, work: [{ name: "A", position: "B", startDate: "2020" }], education: [{ institution: "U", studyType: "MSc" }], certificates: [{ name: "AWS ML" }] });
    expect(resume.sections.map((s) => [s.kind, s.heading, s.end - s.start])).toEqual([
      ["contact", "basics", 1], ["summary", "basics", 1], ["experience", "work", 1], ["education", "education", 1], ["certifications", "certificates", 1],
    ]);
  });

  it("reads what it can from badly shaped fields, without throwing", () => {
    const resume = read({ basics: { name: ["not", "text"], email: 7 }, work: "none", education: [1, null, { studyType: "Master" }], skills: [{ keywords: "Python" }] });
    expect(resume.contact).toEqual({ links: [], evidence: [] });
    expect(resume.periods).toEqual([]);
    expect(resume.degrees.map((degree) => degree.level)).toEqual(["master"]);
  });
});
