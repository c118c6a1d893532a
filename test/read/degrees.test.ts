import { describe, expect, it } from "vitest";
import { findDegreeMentions } from "../../src/read/degree-patterns.js";
import { readResume } from "../../src/read/index.js";
import { bundledVocabulary, docOf } from "./helpers.js";

const levelsIn = (text: string, strict = false): string[] => [...new Set(findDegreeMentions(text, strict).map((m) => m.level))];

// Lines of an education section and the degree levels they name.
const EDUCATION_LINES: [string, string[]][] = [
  ["B.S. in Computer Science", ["bachelor"]],
  ["BS Computer Science, 2017", ["bachelor"]],
  ["BSc Physics", ["bachelor"]],
  ["B.Sc. (Hons) Mathematics", ["bachelor"]],
  ["B.A., Economics", ["bachelor"]],
  ["BA in English Literature", ["bachelor"]],
  ["B.Tech in Electronics", ["bachelor"]],
  ["B.E. in Computer Engineering", ["bachelor"]],
  ["BEng Mechanical Engineering", ["bachelor"]],
  ["Bachelor of Business Administration in accounting", ["bachelor"]],
  ["Bachelor's in supply chain management", ["bachelor"]],
  ["Bachelor Electrical Engineering", ["bachelor"]],
  ["Licenciatura en Informática", ["bachelor"]],
  ["Laurea Triennale in Ingegneria Informatica", ["bachelor"]],
  ["Laurea Magistrale in Informatica", ["master"]],
  ["M.S. in Computer Science", ["master"]],
  ["MS Data Science", ["master"]],
  ["MSc Machine Learning", ["master"]],
  ["M.Sc. in Statistics", ["master"]],
  ["MEng Software Engineering", ["master"]],
  ["M.Tech, Computer Science", ["master"]],
  ["MBA, Finance", ["master"]],
  ["MPhil in Economics", ["master"]],
  ["M.A. Linguistics", ["master"]],
  ["Master of Science in Electrical Engineering", ["master"]],
  ["Masters Information Technology", ["master"]],
  ["Diplom-Informatiker (Dipl.-Inf.)", ["master"]],
  ["Dipl.-Ing. Maschinenbau", ["master"]],
  ["Ph.D. in Applied Mathematics", ["phd"]],
  ["PhD, Computer Science", ["phd"]],
  ["DPhil in Engineering Science", ["phd"]],
  ["Doctor of Philosophy, Physics", ["phd"]],
  ["Doctorate in Chemistry", ["phd"]],
  ["PhD candidate, Robotics", ["phd"]],
  ["Associate of Applied Science, Nursing", ["associate"]],
  ["Associate degree, H.R. Management", ["associate"]],
  ["Computer Science, M.S.", ["master"]],
  ["BS/MS in Computer Science", ["bachelor", "master"]],
  ["Msc Computer Science", ["master"]],
  ["Honours degree in Psychology", ["bachelor"]],
  ["Juris Doctor (J.D.)", ["phd"]],
  ["JD, Westbrook Law School", ["phd"]],
  ["MASTER OF SCIENCE IN DATA SCIENCE", ["master"]],
];

// Lines that look like degrees and are not.
const NOT_DEGREES: string[] = [
  "Proficient in MS Office and MS Excel",
  "Certified ScrumMaster (CSM)",
  "Scrum Master for two product teams",
  "Master Data Management rollout",
  "Postgraduate Diploma in Data Analytics (PGDip)",
  "Graduate Certificate in Applied Analytics",
  "Full-Stack Web Development Bootcamp",
  "AWS Certified Solutions Architect",
  "High School Diploma",
  "Phi Beta Kappa Honor Society",
  "Boston, MA",
  "Baltimore, MD",
  "Jackson, MS 39201",
  "Master of Ceremonies at the annual gala",
  "Bachelor party planner",
];

describe("findDegreeMentions", () => {
  it.each(EDUCATION_LINES)("reads %j", (text, levels) => {
    expect(levelsIn(text)).toEqual(levels);
  });

  it.each(NOT_DEGREES)("finds no degree in %j", (text) => {
    expect(levelsIn(text)).toEqual([]);
  });

  it("outside an education section, keeps only unambiguous spellings", () => {
    expect(levelsIn("MS Data Science", true)).toEqual([]);
    expect(levelsIn("M.S. in Data Science", true)).toEqual(["master"]);
    expect(levelsIn("BS in prose about BS claims", true)).toEqual([]);
  });
});

describe("degrees in a résumé", () => {
  const read = (...lines: string[]) => readResume(docOf(lines), bundledVocabulary()).degrees;

  it("takes level, field, institution and year from an entry", () => {
    const [degree] = read("Ada Byron", "EDUCATION", "Master of Science in Computer Science | Westbrook University | 2016");
    expect(degree).toMatchObject({ level: "master", name: "Master of Science", field: "Computer Science", institution: "Westbrook University", year: 2016, completed: true });
    expect(degree!.evidence).toEqual({ page: 1, line: 3, text: "Master of Science in Computer Science | Westbrook University | 2016" });
  });

  it("finds the institution on the line above the degree", () => {
    const degrees = read("Ada Byron", "Education", "Lakeside Institute of Technology, Seattle, WA", "B.S. in Computer Science Sep. 2012 – Jun. 2016");
    expect(degrees).toEqual([expect.objectContaining({ level: "bachelor", field: "Computer Science", institution: "Lakeside Institute of Technology", year: 2016, completed: true })]);
  });

  it.each([
    ["Bachelor of Engineering Expected May 2027"],
    ["Ph.D. candidate in Robotics"],
    ["PhD in Physics (ABD)"],
    ["M.S. Computer Science, in progress"],
    ["B.A. English 2025-2029 (anticipated)"],
    ["Ph.D., Applied Mathematics Sep 2022 – Present"],
  ])("marks %j as not completed", (line) => {
    const [degree] = read("Ada Byron", "Education", line);
    expect(degree?.completed).toBe(false);
  });

  it("reads an in-progress date on the institution line above (header-first layout)", () => {
    const degrees = read("Ada Byron", "Education", "Northgate University Sep 2022 – Present", "Ph.D., Applied Mathematics", "Westbrook University May 2022", "M.S., Computer Science");
    expect(degrees.map((d) => [d.level, d.completed])).toEqual([
      ["phd", false],
      ["master", true],
    ]);
  });

  it("only reads the education section when there is one", () => {
    const degrees = read("Ada Byron", "Summary", "Worked with PhD students on an MBA program", "Education", "B.S. Mathematics, 2014");
    expect(degrees.map((d) => d.level)).toEqual(["bachelor"]);
  });

  it("reads unambiguous degrees anywhere when there is no education section", () => {
    const degrees = read("Ada Byron", "Ph.D. in Statistics, Westbrook University, 2012", "Uses MS Office daily");
    expect(degrees.map((d) => d.level)).toEqual(["phd"]);
  });

  it("ignores certificates and bootcamps listed under education", () => {
    const degrees = read("Ada Byron", "Education", "Data Analytics Immersive (2021)", "Certificate Program in Applied Analytics 2022", "High School Diploma, 2010");
    expect(degrees).toEqual([]);
  });
});
