import { describe, expect, it } from "vitest";
import { matchHeading } from "../../src/read/headings.js";
import { readLines } from "../../src/read/lines.js";
import { splitSections } from "../../src/read/sections.js";
import { body, docOf, heading, type LineSpec } from "./helpers.js";

const HEADINGS: [string, string][] = [
  ["Professional Experience", "experience"],
  ["Work History", "experience"],
  ["Employment", "experience"],
  ["Relevant Experience", "experience"],
  ["Research Experience", "experience"],
  ["Experience & Leadership", "experience"],
  ["WORK EXPERIENCE", "experience"],
  ["E X P E R I E N C E", "experience"],
  ["E XPERIENCE", "experience"],
  ["WORKEXPERIENCE", "experience"],
  ["Berufserfahrung", "experience"],
  ["Education & Training", "education"],
  ["Academic Background", "education"],
  ["EDUCATION", "education"],
  ["Relevant Coursework", "education"],
  ["Technical Skills", "skills"],
  ["Core Competencies", "skills"],
  ["Skills & Tools", "skills"],
  ["Programming Languages", "skills"],
  ["Projects", "projects"],
  ["Research Projects", "projects"],
  ["Publications", "publications"],
  ["Certifications", "certifications"],
  ["Licenses & Certifications", "certifications"],
  ["Awards & Honors", "awards"],
  ["Honors and Awards", "awards"],
  ["Summary", "summary"],
  ["Professional Summary", "summary"],
  ["Profile", "summary"],
  ["Objective", "summary"],
  ["Languages", "languages"],
  ["Interests", "interests"],
  ["Research Interests", "interests"],
  ["References", "references"],
  ["Volunteer Experience", "volunteer"],
  ["Leadership & Activities", "volunteer"],
  ["On Campus Involvement", "volunteer"],
  ["Leadership Experience", "experience"],
  ["Contact Information", "contact"],
  ["Education and Certifications", "education"],
  ["Work Experience & Internships", "experience"],
  ["Employment History", "experience"],
  ["Professional Experience (continued)", "experience"],
  ["Languages & Frameworks", "skills"],
  ["Languages and Tools", "skills"],
  ["Summary of Skills", "skills"],
  ["Skills Summary", "skills"],
  ["Formation académique", "education"],
  ["Expérience professionnelle", "experience"],
];

describe("matchHeading", () => {
  it.each(HEADINGS)("reads %j as %s", (text, kind) => {
    expect(matchHeading(text)?.kind).toBe(kind);
  });

  it.each([
    ["Westbrook University"],
    ["Islamic Institute of Technology"],
    ["Quotum Technologies"],
    ["Machine Learning Engineer"],
    ["Led a team that shipped the education platform to all schools"],
    ["Teamwork"],
  ])("does not take %j for a heading", (text) => {
    expect(matchHeading(text)).toBeNull();
  });
});

const kindsOf = (...lines: LineSpec[]) => {
  const textLines = readLines(docOf(lines));
  const split = splitSections(textLines);
  return { kinds: split.kinds, sections: split.sections };
};

describe("splitSections", () => {
  it("splits at headings and calls the lines before the first one contact", () => {
    const { kinds, sections } = kindsOf("Ada Byron", "ada@example.com", "EXPERIENCE", "Engineer, Acme", "EDUCATION", "B.S. Physics");
    expect(kinds).toEqual(["contact", "contact", "experience", "experience", "education", "education"]);
    expect(sections.map((s) => [s.kind, s.heading, s.start, s.end])).toEqual([
      ["contact", null, 0, 2],
      ["experience", "EXPERIENCE", 2, 4],
      ["education", "EDUCATION", 4, 6],
    ]);
    expect(sections[1]!.evidence).toEqual({ page: 1, line: 3, text: "EXPERIENCE" });
  });

  it("accepts a heading with a colon and content after it", () => {
    const { kinds, sections } = kindsOf("Ada Byron", "Education:", "B.S. Physics, 2014", "Skills: Python, SQL");
    expect(kinds).toEqual(["contact", "education", "education", "skills"]);
    expect(sections.map((s) => s.heading)).toEqual([null, "Education", "Skills"]);
  });

  it("reads 'Skills: …' inside a role as part of the role", () => {
    const { kinds } = kindsOf("Ada Byron", "Experience", "Engineer, Acme  2019 – 2021", "Skills: Python, SQL", "Analyst, Globex  2017 – 2019");
    expect(kinds).toEqual(["contact", "experience", "experience", "experience", "experience"]);
  });

  it("keeps 'Label: items' lines inside a skills section", () => {
    const { kinds } = kindsOf("Ada Byron", "SKILLS", "Languages: Python, Go", "Tools: Docker, Git");
    expect(kinds).toEqual(["contact", "skills", "skills", "skills"]);
  });

  it("ignores a body-sized label when the real headings are larger", () => {
    const { kinds } = kindsOf(
      { text: "Ada Byron", fontSize: 20 },
      heading("Experience"),
      body("Engineer, Acme Corp   2019 – 2021"),
      body("Projects"),
      body("Built a rate limiter"),
      heading("Education"),
      body("B.S. Physics"),
      heading("Skills"),
      body("Python"),
    );
    expect(kinds.slice(1, 5)).toEqual(["experience", "experience", "experience", "experience"]);
  });

  it("keeps a sidebar's sections apart from the main column's", () => {
    const main = (text: string): LineSpec => ({ text, fontSize: 10, column: 1 });
    const side = (text: string): LineSpec => ({ text, fontSize: 10, column: 0 });
    const sideHeading = (text: string): LineSpec => ({ text, fontSize: 12, bold: true, column: 0 });
    const mainHeading = (text: string): LineSpec => ({ text, fontSize: 12, bold: true, column: 1 });
    const page1: LineSpec[] = [
      sideHeading("SKILLS"), ...["Python", "SQL", "Docker", "Kubernetes", "Terraform", "Go", "Rust", "Linux"].map(side),
      mainHeading("EXPERIENCE"), ...Array.from({ length: 9 }, (_, i) => main(`Did useful thing number ${i + 1} for the team`)),
    ];
    const page2: LineSpec[] = [body("Senior Engineer, Acme  2015 – 2019"), heading("EDUCATION"), body("B.S. Physics")];
    const lines = readLines(docOf(page1, page2));
    const { kinds } = splitSections(lines);
    // Page 2 goes on with the main column's section, not the sidebar's.
    expect(kinds[lines.findIndex((l) => l.text.startsWith("Senior Engineer"))]).toBe("experience");
  });

  it("reads headings written in small capitals or mathematical letters", () => {
    const { kinds } = kindsOf("Ada Byron", "ᴇxᴘᴇʀɪᴇɴᴄᴇ", "Engineer, Acme Corp   2019 – 2021", "𝐄𝐝𝐮𝐜𝐚𝐭𝐢𝐨𝐧", "M.S. Physics, 2018");
    expect(kinds).toEqual(["contact", "experience", "experience", "education", "education"]);
  });

  it("opens sections at headings set in a left gutter beside their first lines", () => {
    const at = (x: number, text: string, bold = false): LineSpec => ({ text, x, fontSize: 10, bold });
    const { sections } = kindsOf(
      at(40, "Ada Byron", true),
      at(40, "Work Research Scientist, Acme Labs 2019 – 2021", true),
      at(150, "• Trained ranking models."),
      at(140, "Engineer, Globex 2016 – 2019", true),
      at(150, "• Built the billing service."),
      at(40, "Education Westbrook University", true),
      at(140, "M.S. Physics, 2016"),
      at(40, "Skills Python, SQL, Docker", true),
      at(140, "Kubernetes, Terraform"),
    );
    expect(sections.map((s) => [s.kind, s.heading])).toEqual([
      ["contact", null],
      ["experience", "Work"],
      ["education", "Education"],
      ["skills", "Skills"],
    ]);
  });

  it("does not take a job title out at the margin for a heading when the rest of the text is indented", () => {
    const at = (x: number, text: string, bold = false): LineSpec => ({ text, x, fontSize: 10, bold });
    const { sections } = kindsOf(
      at(40, "Ada Byron", true),
      at(40, "EXPERIENCE", true),
      at(40, "Research Scientist, Acme Labs 2019 – 2021", true),
      at(90, "• Trained ranking models."),
      at(90, "• Wrote the evaluation harness."),
      at(90, "• Cut serving cost by a third."),
      at(40, "Volunteer Tutor, City Library 2016 – 2019", true),
      at(90, "• Taught weekly maths classes."),
      at(90, "• Ran the summer reading scheme."),
      at(40, "EDUCATION", true),
      at(90, "M.S. Physics, Westbrook University, 2016"),
      at(40, "SKILLS", true),
      at(90, "Python, SQL, Docker"),
    );
    expect(sections.map((s) => [s.kind, s.heading])).toEqual([
      ["contact", null],
      ["experience", "EXPERIENCE"],
      ["education", "EDUCATION"],
      ["skills", "SKILLS"],
    ]);
  });

  it("reads a document without headings as one contact block", () => {
    const { kinds, sections } = kindsOf("Ada Byron", "Engineer at Acme 2019 – 2021");
    expect(kinds).toEqual(["contact", "contact"]);
    expect(sections).toHaveLength(1);
  });
});
