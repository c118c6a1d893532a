import { describe, expect, it } from "vitest";
import type { Document } from "../../src/ingest/document.js";
import { professionalYears, readResume, totalYears } from "../../src/read/index.js";
import { bundledVocabulary, docOf, heading, body } from "./helpers.js";

describe("readResume", () => {
  const doc = docOf(
    [
      { text: "Ada Byron", fontSize: 22 },
      body("ada.byron@example.com | +1 312 555 0123 | github.com/adabyron"),
      heading("Summary"),
      body("Machine learning engineer with six years of PyTorch and AWS."),
      heading("Experience"),
      body("Senior ML Engineer, Northwind Labs   Mar 2021 – Present"),
      body("• Trained transformer models for search in PyTorch."),
      body("Data Scientist, Globex Corporation   Jun 2018 – Feb 2021"),
      body("• Built scikit-learn pipelines on Spark."),
      body("Software Engineering Intern, Initech   Jun 2017 – Aug 2017"),
    ],
    [heading("Education"), body("M.S. in Computer Science, Westbrook University, 2018"), body("B.S. in Mathematics, Westbrook University, 2016"), heading("Skills"), body("Python, SQL, Docker, Kubernetes")],
  );
  const resume = readResume(doc, bundledVocabulary());

  it("reads every part of a résumé", () => {
    expect(resume.format).toBe("pdf");
    expect(resume.pages).toBe(2);
    expect(resume.contact).toMatchObject({ name: "Ada Byron", email: "ada.byron@example.com", phone: "+1 312 555 0123", links: ["github.com/adabyron"] });
    expect(resume.sections.map((s) => s.kind)).toEqual(["contact", "summary", "experience", "education", "skills"]);
    expect(resume.degrees.map((d) => [d.level, d.field, d.year])).toEqual([
      ["master", "Computer Science", 2018],
      ["bachelor", "Mathematics", 2016],
    ]);
    expect(resume.periods.map((p) => [p.title, p.kind])).toEqual([
      ["Senior ML Engineer", "job"],
      ["Data Scientist", "job"],
      ["Software Engineering Intern", "internship"],
    ]);
    // Every paid role counts in the total (the internship's three months too); jobs and research alone are 7.8.
    expect(totalYears(resume.periods, "2026-03-01")).toBe(8.1);
    expect(professionalYears(resume.periods, "2026-03-01")).toBe(7.8);
    const ids = resume.skills.map((s) => s.id);
    for (const id of ["python", "pytorch", "aws", "transformer", "scikit-learn", "spark", "sql", "docker", "kubernetes"]) expect(ids).toContain(id);
  });

  it("tags every line with its section and keeps page and line numbers", () => {
    expect(resume.lines[5]).toEqual({ page: 1, line: 6, text: "Senior ML Engineer, Northwind Labs   Mar 2021 – Present".replace(/\s+/g, " "), section: "experience" });
    expect(resume.lines.at(-1)).toMatchObject({ page: 2, line: 5, section: "skills" });
  });

  it("is deterministic", () => {
    expect(readResume(doc, bundledVocabulary())).toEqual(resume);
  });

  it("passes the document's warnings and hidden text through", () => {
    const withHidden: Document = { ...docOf(["Ada Byron"]), warnings: [{ code: "OCR", message: "page 1 was read by OCR" }], hidden: [{ page: 1, text: "python python", reason: "tiny" }] };
    const read = readResume(withHidden, bundledVocabulary());
    expect(read.warnings).toContainEqual({ code: "OCR", message: "page 1 was read by OCR" });
    expect(read.hidden).toEqual([{ page: 1, text: "python python", reason: "tiny" }]);
    // Hidden text is never read as a skill.
    expect(read.skills).toEqual([]);
  });

  it.each<[string, unknown]>([
    ["no pages", { format: "pdf", pages: [], warnings: [], hidden: [] }],
    ["pages without lines", { format: "pdf", pages: [{ number: 1 }], warnings: [], hidden: [] }],
    ["lines without text", { format: "pdf", pages: [{ number: 1, lines: [{ page: 1, line: 1 }, null, { text: 42 }] }] }],
    ["nothing at all", {}],
    ["null", null],
    ["blank lines", docOf(["   ", "\u200b", ""])],
    ["a very long line", docOf(["Python ".repeat(20000)])],
    ["odd characters", docOf(["\u0000\uFFFD🙂 ∑ ☃", "2019 – – – 2020", "Jan Jan Jan 2019 2020 2021", ":::", "Skills:"])],
  ])("never throws on %s", (_, input) => {
    const read = readResume(input as Document, bundledVocabulary());
    expect(Array.isArray(read.lines)).toBe(true);
    expect(Array.isArray(read.periods)).toBe(true);
  });

  it("reads pathological lines in bounded time", () => {
    const nasty = ["1".repeat(50000), "a.".repeat(20000) + "@", "http://" + "a".repeat(50000), "-".repeat(50000), "Summer 2019 and ".repeat(3000), "Dipl.-".repeat(8000), "Jan ".repeat(10000)];
    const started = performance.now();
    readResume(docOf(["Ada Byron", "Education", ...nasty, "Experience", ...nasty]), bundledVocabulary());
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("warns when there is no text", () => {
    expect(readResume(docOf([]), bundledVocabulary()).warnings).toContainEqual(expect.objectContaining({ code: "NO_TEXT" }));
  });

  it("survives a broken vocabulary", () => {
    const read = readResume(docOf(["Ada Byron", "Python"]), { skills: null } as never);
    expect(read.skills).toEqual([]);
  });
});
