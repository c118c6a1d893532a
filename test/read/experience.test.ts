import { describe, expect, it } from "vitest";
import { readResume } from "../../src/read/index.js";
import { bundledVocabulary, docOf, type LineSpec } from "./helpers.js";

const read = (...lines: LineSpec[]) => readResume(docOf(lines), bundledVocabulary());
const periodsOf = (...lines: LineSpec[]) => read(...lines).periods.map(({ title, org, start, end, kind }) => ({ title, org, start, end, kind }));

describe("experience periods", () => {
  it("reads 'Title, Org' and dates on one line", () => {
    expect(periodsOf("Ada Byron", "Experience", "Senior ML Engineer, Acme Corp   Jan 2019 – Present", "• Built ranking models")).toEqual([
      { title: "Senior ML Engineer", org: "Acme Corp", start: "2019-01", end: "present", kind: "job" },
    ]);
  });

  it("reads 'Org | Title | dates' lines", () => {
    expect(periodsOf("Ada Byron", "Experience", "Acme Corp | Data Scientist | 2020 - Present", "Globex | Analyst | 2017 - 2020")).toEqual([
      { title: "Data Scientist", org: "Acme Corp", start: "2020-07", end: "present", kind: "job" },
      { title: "Analyst", org: "Globex", start: "2017-07", end: "2020-06", kind: "job" },
    ]);
  });

  it("reads 'Title / Org / dates' blocks and their details", () => {
    const { periods } = read(
      "Ada Byron",
      "Work Experience",
      "Machine Learning Engineer",
      "Northwind Labs",
      "03/2021 - Present",
      "• Trained recommendation models in PyTorch.",
      "• Cut serving latency by 40%.",
      "Data Analyst",
      "Globex Corporation",
      "06/2018 - 02/2021",
      "• Built dashboards.",
    );
    expect(periods.map(({ title, org, start, end }) => ({ title, org, start, end }))).toEqual([
      { title: "Machine Learning Engineer", org: "Northwind Labs", start: "2021-03", end: "present" },
      { title: "Data Analyst", org: "Globex Corporation", start: "2018-06", end: "2021-02" },
    ]);
    expect(periods[0]!.details.map((d) => d.text)).toEqual(["• Trained recommendation models in PyTorch.", "• Cut serving latency by 40%."]);
    expect(periods[0]!.evidence).toEqual({ page: 1, line: 5, text: "03/2021 - Present" });
  });

  it("reads 'Org / dates / Title' blocks", () => {
    expect(
      periodsOf("Ada Byron", "Experience", "Kestrel Analytics", "May 2019 – Aug 2022", "Research Engineer", "Built evaluation tools", "Northwind Labs", "Jan 2016 – Apr 2019", "Software Developer", "Wrote services"),
    ).toEqual([
      { title: "Research Engineer", org: "Kestrel Analytics", start: "2019-05", end: "2022-08", kind: "research" },
      { title: "Software Developer", org: "Northwind Labs", start: "2016-01", end: "2019-04", kind: "job" },
    ]);
  });

  it("joins a range that wraps onto the next line", () => {
    expect(periodsOf("Ada Byron", "Experience", "2021 – Machine Learning Engineer, Acme, Boston", "Present Leading a team of five.", "2018 – 2021 Data Scientist, Globex, Boston")).toEqual([
      { title: "Machine Learning Engineer", org: "Acme", start: "2021-07", end: "present", kind: "job" },
      { title: "Data Scientist", org: "Globex", start: "2018-07", end: "2021-06", kind: "job" },
    ]);
  });

  it.each<[string, string]>([
    ["Software Engineering Intern, Acme   Jun 2022 – Aug 2022", "internship"],
    ["Co-op Student, Acme   Jan 2021 – Apr 2021", "internship"],
    ["Graduate Trainee, Acme   2020 – 2021", "internship"],
    ["Teaching Assistant, Westbrook University   2019 – 2021", "student"],
    ["Research Assistant, Westbrook University   2019 – 2021", "student"],
    ["Werkstudent, Acme GmbH   2019 – 2021", "student"],
    ["Postdoctoral Researcher, Westbrook University   2019 – 2021", "research"],
    ["Research Scientist, Acme Labs   2019 – 2021", "research"],
    ["Volunteer Tutor, City Library   2019 – 2021", "volunteer"],
    ["Data Scientist, Acme   2019 – 2021", "job"],
    ["Internal Tools Engineer, Acme   2019 – 2021", "job"],
  ])("classifies %j as %s", (line, kind) => {
    expect(periodsOf("Ada Byron", "Experience", line)[0]?.kind).toBe(kind);
  });

  it("treats a lone summer as a seasonal position", () => {
    expect(periodsOf("Ada Byron", "Experience", "Research Assistant, XYZ University   Summer 2021")[0]).toMatchObject({ start: "2021-06", end: "2021-08", kind: "internship" });
  });

  it("lists roles under a volunteer heading as volunteering", () => {
    expect(periodsOf("Ada Byron", "Volunteer Experience", "Mentor, Code Club   2018 – 2020")[0]?.kind).toBe("volunteer");
  });

  it("ignores dates in education, projects and awards", () => {
    const periods = periodsOf(
      "Ada Byron",
      "Experience",
      "Engineer, Acme   2019 – 2021",
      "Education",
      "B.S. Physics, Westbrook University   2015 – 2019",
      "Projects",
      "Tracer   2022 – Present",
      "Awards",
      "Best Paper 2020",
    );
    expect(periods.map((p) => p.org)).toEqual(["Acme"]);
  });

  it("reads dates anywhere when there is no experience heading", () => {
    expect(periodsOf("Ada Byron", "Engineer, Acme   2019 – 2021")).toHaveLength(1);
  });

  it("does not take years in sentences or names for roles", () => {
    expect(
      periodsOf("Ada Byron", "Experience", "Engineer, Acme   2019 – 2021", "• In 2020 led the migration of forty services to a new cluster in record time.", "Software Developer, Google Summer of Code 2019"),
    ).toHaveLength(1);
  });

  it("does not take a page footer date for a role", () => {
    expect(periodsOf("Ada Byron", "Experience", "Engineer, Acme   2019 – 2021", "June 3, 2026 Ada Byron · Résumé 1")).toHaveLength(1);
  });

  it("reads a lone year as the middle of that year", () => {
    expect(periodsOf("Ada Byron", "Experience", "Curator", "Aldous Gallery · 2019")[0]).toMatchObject({ title: "Curator", org: "Aldous Gallery", start: "2019-04", end: "2019-09" });
  });

  it("drops a range that ends before it starts, with a warning", () => {
    const resume = read("Ada Byron", "Experience", "Engineer, Acme   Jan 2018 – Jan 2017", "Analyst, Globex   2015 – 2017");
    expect(resume.periods.map((p) => p.org)).toEqual(["Globex"]);
    expect(resume.warnings).toContainEqual(expect.objectContaining({ code: "END_BEFORE_START", line: 3, page: 1 }));
  });
});
