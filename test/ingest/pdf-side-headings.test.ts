// A whole résumé laid out with its headings in a left gutter, each on the baseline of its section's first line,
// dates set flush right, and a role that runs over a page break: from PDF bytes to the facts read from them.
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, allLines, type Document } from "../../src/ingest/document.js";
import { ingest } from "../../src/ingest/index.js";
import { readResume, totalYears } from "../../src/read/index.js";
import { bundledVocabulary } from "../read/helpers.js";
import { makePdf, put, putRight, type Pdf } from "./make-pdf.js";

const GUTTER = 40;
const CONTENT = 140;
const RIGHT = 570;

/** One entry: a bold first line with its dates flush right, then detail lines. */
function entry(doc: Pdf, y: number, first: string, dates: string | null, details: string[]): number {
  put(doc, first, CONTENT, y, 10, "Helvetica-Bold");
  if (dates) putRight(doc, dates, RIGHT, y, 10);
  details.forEach((detail, i) => put(doc, detail, CONTENT + 10, y + 14 * (i + 1), 10));
  return y + 14 * (details.length + 1) + 10;
}

async function sideHeadingResume(): Promise<Document> {
  const bytes = await makePdf((doc) => {
    put(doc, "Noor Valcourt", GUTTER, 40, 22, "Helvetica-Bold");
    put(doc, "noor.valcourt@example.com · (555) 010-3391", GUTTER, 70, 10);
    let y = 110;
    put(doc, "Work", GUTTER, y, 12, "Helvetica-Bold");
    y = entry(doc, y, "Machine Learning Engineer, Kestrel Analytics", "03/2021 - Present", [
      "• Trained ranking models in PyTorch on a Spark cluster.",
      "• Cut serving latency by 40% with distillation.",
    ]);
    y = entry(doc, y, "Data Scientist, Brightwater Insurance", "06/2018 - 02/2021", ["• Priced policies with gradient boosting in scikit-learn."]);
    entry(doc, y, "Research Engineer, Lumen Robotics", "09/2016 - 05/2018", ["• Built a grasp-planning simulator in Python."]);
    put(doc, "Noor Valcourt · Page 1 of 2", GUTTER, 760, 8);
    doc.addPage();
    put(doc, "• Wrote the lab's evaluation harness for perception models.", CONTENT + 10, 60, 10);
    y = 100;
    put(doc, "Education", GUTTER, y, 12, "Helvetica-Bold");
    y = entry(doc, y, "École Nationale Supérieure de Valmont", null, ["Engineering Degree in Applied Mathematics"]);
    putRight(doc, "Sep 2013 - Jun 2016", RIGHT, y - 24, 10);
    put(doc, "Skills", GUTTER, y, 12, "Helvetica-Bold");
    put(doc, "Python, PyTorch, scikit-learn, Spark, Docker, AWS", CONTENT, y, 10);
  });
  const result = await ingest(bytes, DEFAULT_LIMITS);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("a side-heading résumé, from PDF to facts", () => {
  it("keeps each heading with its section's first line and each date with its entry", async () => {
    const lines = allLines(await sideHeadingResume()).map((line) => line.text);
    expect(lines).toContain("Work Machine Learning Engineer, Kestrel Analytics 03/2021 - Present");
    expect(lines).toContain("Data Scientist, Brightwater Insurance 06/2018 - 02/2021");
    expect(lines).toContain("Education École Nationale Supérieure de Valmont");
  });

  it("reads its roles, degree and skills", async () => {
    const resume = readResume(await sideHeadingResume(), bundledVocabulary());
    expect(resume.periods.map(({ title, org, start, end }) => ({ title, org, start, end }))).toEqual([
      { title: "Machine Learning Engineer", org: "Kestrel Analytics", start: "2021-03", end: "present" },
      { title: "Data Scientist", org: "Brightwater Insurance", start: "2018-06", end: "2021-02" },
      { title: "Research Engineer", org: "Lumen Robotics", start: "2016-09", end: "2018-05" },
    ]);
    // The bullet that ran onto page 2 still belongs to the last role.
    expect(resume.periods[2]!.details.map((d) => d.text)).toContain("• Wrote the lab's evaluation harness for perception models.");
    expect(totalYears(resume.periods, "2026-11-29")).toBe(10.3);
    expect(resume.degrees).toEqual([
      expect.objectContaining({ level: "master", field: "Applied Mathematics", institution: "École Nationale Supérieure de Valmont", year: 2016, completed: true }),
    ]);
    expect(resume.sections.map((section) => [section.kind, section.heading])).toEqual([
      ["contact", null],
      ["experience", "Work"],
      ["education", "Education"],
      ["skills", "Skills"],
    ]);
    const skills = resume.skills.map((s) => s.id);
    for (const id of ["python", "pytorch", "scikit-learn", "spark", "docker", "aws"]) expect(skills).toContain(id);
  });
});
