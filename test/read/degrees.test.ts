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
  // Degrees of other systems, at the level they have where they are awarded.
  ["Dipl.-Ing. (FH) Elektrotechnik", ["bachelor"]],
  ["Diplom-Ingenieur (FH)", ["bachelor"]],
  ["Diplôme d'Ingénieur, Informatique", ["master"]],
  ["Ingénieur diplômé, génie logiciel", ["master"]],
  ["Engineer's Degree in Aeronautics", ["master"]],
  ["Civilingenjör i teknisk fysik", ["master"]],
  ["Ingeniero Superior de Telecomunicación", ["master"]],
  ["Ingeniero Técnico Industrial", ["bachelor"]],
  ["Ingeniero en Sistemas Computacionales", ["bachelor"]],
  ["Laurea a ciclo unico in Ingegneria Edile", ["master"]],
  ["Ingegneria Informatica, Laurea Magistrale", ["master"]],
  ["mgr inż. informatyki", ["master"]],
  ["Inżynier informatyki", ["bachelor"]],
  ["Máster en Inteligencia Artificial", ["master"]],
  ["Master en Informatique", ["master"]],
  ["Master 2 Recherche, Apprentissage automatique", ["master"]],
  ["DEA Intelligence Artificielle", ["master"]],
  ["Bacharelado em Ciência da Computação", ["bachelor"]],
  ["Foundation Degree in Computing", ["associate"]],
  ["ABD, Economics", ["phd"]],
  ["All But Dissertation, Sociology", ["phd"]],
  // An engineering degree is a bachelor's unless it comes from a French-model école (below).
  ["Engineering degree, Anna University", ["bachelor"]],
  ["Degree in Computer Engineering", ["bachelor"]],
  ["B.E. Mechanical Engineering", ["bachelor"]],
  ["Bachelor of Engineering (Hons)", ["bachelor"]],
  ["Master's degree in Engineering", ["master"]],
];

// An engineering degree or diploma and the text around it: master at a French-model école, otherwise not.
const ENGINEERING_DEGREES: [string, string, string[]][] = [
  ["Engineering Degree in Data Science", "École Nationale Supérieure des Mines de Valmont", ["master"]],
  ["Engineering Degree in Data Science", "ECOLE NATIONALE SUPERIEURE D'INFORMATIQUE", ["master"]],
  ["Engineering Diploma, Computer Science", "INSA Rennes", ["master"]],
  ["Engineering degree", "École d'ingénieurs du Littoral", ["master"]],
  ["Engineering degree", "Classes préparatoires (CPGE), Lycée Marcelin", ["master"]],
  ["Engineering Degree in Data Science", "Westbrook University", ["bachelor"]],
  ["Engineering Degree in Computer Science", "École Polytechnique de Montréal", ["bachelor"]],
  ["Engineering Diploma, Computer Science", "Northgate Polytechnic", []],
  ["Bachelor of Engineering", "École Nationale Supérieure de Valmont", ["bachelor"]],
];

// Lines named after a degree that are not one.
const NAMED_AFTER_DEGREES: string[] = [
  "Master's Thesis Award, 2019",
  "Bachelor's Scholarship for academic merit",
  "Master Certificate in Project Management",
  "Masters Thesis: Graph methods for ranking",
  "Bachelor Thesis Prize",
  "Engineering Diploma in Mechanical Engineering",
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

  it.each(ENGINEERING_DEGREES)("reads %j beside %j", (text, context, levels) => {
    expect([...new Set(findDegreeMentions(text, false, context).map((m) => m.level))]).toEqual(levels);
  });

  it.each(NAMED_AFTER_DEGREES)("finds no degree in %j", (text) => {
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

  it("reads the dates below the degree when the institution comes first and has none", () => {
    const degrees = read("Ada Byron", "Education", "Northgate University", "M.S. in Computer Science", "Aug 2024 – Present", "Courses: Statistics", "Westbrook University", "B.S. in Physics", "Sep 2016 – May 2020");
    expect(degrees.map((d) => [d.level, d.completed, d.institution, d.year])).toEqual([
      ["master", false, "Northgate University", 2024],
      ["bachelor", true, "Westbrook University", 2020],
    ]);
  });

  it("reads the institution that shares its line with a heading set in a left gutter", () => {
    const degrees = readResume(
      docOf([
        { text: "Ada Byron", fontSize: 20 },
        { text: "Education École Nationale Supérieure de Valmont", fontSize: 12, bold: true },
        { text: "Engineering Degree in Data Science", fontSize: 10 },
        { text: "Sep 2019 – Sep 2022", fontSize: 10 },
        { text: "Coursework in statistics, optimisation and machine learning", fontSize: 10 },
      ]),
      bundledVocabulary(),
    ).degrees;
    expect(degrees).toEqual([
      expect.objectContaining({ level: "master", field: "Data Science", institution: "École Nationale Supérieure de Valmont", year: 2022, completed: true }),
    ]);
  });

  it("reads an engineering degree as a bachelor's at a university and a master's at an école", () => {
    const levels = (school: string) => read("Ada Byron", "Education", school, "Engineering Degree, Computer Science", "2016 – 2021").map((d) => d.level);
    expect(levels("Westbrook University")).toEqual(["bachelor"]);
    expect(levels("École Centrale de Valmont")).toEqual(["master"]);
  });

  it("counts ABD as a doctorate not finished", () => {
    expect(read("Ada Byron", "Education", "ABD, Economics, Westbrook University, 2019").map((d) => [d.level, d.completed])).toEqual([["phd", false]]);
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
