import { describe, expect, it } from "vitest";
import { readResume, totalYears } from "../../src/read/index.js";
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

  it("reads a role held twice as two periods with one title", () => {
    const resume = read("Ada Byron", "Experience", "Staff Engineer, Acme Corp   2017-05 – 2019-04, 2025-02 – Present", "• Led the platform team", "Analyst, Globex   2019-05 – 2025-01");
    expect(resume.periods.map(({ title, org, start, end }) => ({ title, org, start, end }))).toEqual([
      { title: "Staff Engineer", org: "Acme Corp", start: "2017-05", end: "2019-04" },
      { title: "Staff Engineer", org: "Acme Corp", start: "2025-02", end: "present" },
      { title: "Analyst", org: "Globex", start: "2019-05", end: "2025-01" },
    ]);
    expect(totalYears(resume.periods, "2026-11-29")).toBe(9.6);
  });

  it.each([
    ["Staff Engineer, Acme Corp   2017 – 2019 & 2021 – 2023", 2],
    ["Staff Engineer, Acme Corp   Jan 2017 – Apr 2019; Feb 2021 – Mar 2023", 2],
    // Later dates that are not right after the first are something else.
    ["Staff Engineer, Acme Corp (acquired by Globex 2021 – 2022)   2017 – 2019", 1],
  ])("reads %j as %i periods", (line, count) => {
    expect(periodsOf("Ada Byron", "Experience", line)).toHaveLength(count);
  });

  it("drops a second stint that runs backwards, with a warning, and keeps the header clean", () => {
    const resume = read("Ada Byron", "Experience", "Staff Engineer, Acme Corp   2017 – 2019, Mar 2023 – Jan 2021");
    expect(resume.periods.map(({ title, org, start, end }) => ({ title, org, start, end }))).toEqual([{ title: "Staff Engineer", org: "Acme Corp", start: "2017-07", end: "2019-06" }]);
    expect(resume.warnings).toContainEqual(expect.objectContaining({ code: "END_BEFORE_START", line: 3 }));
  });

  it.each([["Last updated November 2026"], ["Revised: March 2025"], ["Updated on 2026-10"]])("does not take %j for a role", (line) => {
    expect(periodsOf("Ada Byron", "Experience", "Engineer, Acme   2019 – 2021", "• Built the billing service", line)).toHaveLength(1);
  });

  it("reads a role that runs over a page break, past the running header and footer", () => {
    const resume = readResume(
      docOf(
        ["Ada Byron", "Experience", "Senior ML Engineer, Northwind Labs   Mar 2021 – Present", "• Trained ranking models in PyTorch.", "Ada Byron – Page 1 of 2"],
        ["Ada Byron · ada@example.com", "• Led a team of four engineers.", "Data Scientist, Globex Corporation   Jun 2018 – Feb 2021", "• Built scikit-learn pipelines."],
      ),
      bundledVocabulary(),
    );
    expect(resume.periods.map(({ title, org, start, end }) => ({ title, org, start, end }))).toEqual([
      { title: "Senior ML Engineer", org: "Northwind Labs", start: "2021-03", end: "present" },
      { title: "Data Scientist", org: "Globex Corporation", start: "2018-06", end: "2021-02" },
    ]);
    expect(resume.periods[0]!.details.map((d) => d.text)).toContain("• Led a team of four engineers.");
  });

  it("joins a range split across two lines of a table", () => {
    expect(periodsOf("Ada Byron", "Experience", "Data Engineer", "Initech", "Mar 2012 –", "Apr 2016", "• Built the warehouse")).toEqual([
      { title: "Data Engineer", org: "Initech", start: "2012-03", end: "2016-04", kind: "job" },
    ]);
  });

  it("does not take a role whose dates run backwards as the header of the role above", () => {
    const periods = periodsOf("Ada Byron", "Experience", "Globex Inc   2015 – 2017", "Engineer, Umbrella Corp   Jan 2010 - Jan 2008", "• Wrote the billing service");
    expect(periods).toEqual([{ org: "Globex Inc", start: "2015-07", end: "2017-06", kind: "job" }]);
  });

  it("drops a range that ends before it starts, with a warning", () => {
    const resume = read("Ada Byron", "Experience", "Engineer, Acme   Jan 2018 – Jan 2017", "Analyst, Globex   2015 – 2017");
    expect(resume.periods.map((p) => p.org)).toEqual(["Globex"]);
    expect(resume.warnings).toContainEqual(expect.objectContaining({ code: "END_BEFORE_START", line: 3, page: 1 }));
  });
});
