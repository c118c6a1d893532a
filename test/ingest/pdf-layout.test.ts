import { describe, expect, it } from "vitest";
import { layoutPage, type PositionedText } from "../../src/ingest/pdf-layout.js";

/** A run of text; width ≈ 0.5 em per character, like a proportional font. */
function text(value: string, x: number, y: number, fontSize = 10, bold = false): PositionedText {
  return { text: value, x, y, width: value.length * fontSize * 0.5, fontSize, bold };
}

/** One item per glyph, as some producers write: no spaces inside words, a space glyph's gap between them. */
function glyphs(value: string, x: number, y: number, fontSize = 10): PositionedText[] {
  const items: PositionedText[] = [];
  let at = x;
  for (const ch of value) {
    if (ch !== " ") items.push({ text: ch, x: at, y, width: fontSize * 0.5, fontSize, bold: false });
    at += ch === " " ? fontSize * 0.28 : fontSize * 0.5;
  }
  return items;
}

const texts = (items: PositionedText[]) => layoutPage(items).map((line) => line.text);

describe("layoutPage: lines", () => {
  it("joins glyph-by-glyph runs into words and puts spaces only at real gaps", () => {
    expect(texts(glyphs("Machine Learning Engineer", 50, 100))).toEqual(["Machine Learning Engineer"]);
  });

  it("orders lines by baseline and items in a line by x, whatever the stream order", () => {
    const items = [text("second", 50, 130), text("line", 95, 130), text("first", 50, 100), text("line", 90, 100)];
    expect(texts(items)).toEqual(["first line", "second line"]);
  });

  it("keeps a superscript on its line but not a small line just under a big heading", () => {
    const items = [text("Dean's List 2015", 50, 100), text("st", 131, 96.5, 6), text("JANE DOE", 50, 150, 32), text("Data Scientist", 50, 162, 8)];
    expect(texts(items)).toEqual(["Dean's List 2015 st", "JANE DOE", "Data Scientist"]);
  });

  it("reports geometry, dominant font size and boldness of each line", () => {
    const [line] = layoutPage([text("Experience", 72, 200, 14, true)]);
    expect(line).toEqual({ text: "Experience", x: 72, y: 200, width: 70, fontSize: 14, bold: true });
  });

  it("drops the second copy of fake-bold text drawn twice a fraction of a point apart", () => {
    expect(texts([text("SKILLS", 50, 100), text("SKILLS", 50.4, 100)])).toEqual(["SKILLS"]);
  });
});

/** Rows of a sidebar (x 40–180) and a main column (x 220–560) on different baselines. */
function sidebarPage(): PositionedText[] {
  const items = [text("JORDAN AVERY", 40, 60, 24), text("Machine Learning Engineer", 40, 80, 12)];
  const sidebar = ["CONTACT", "jordan@example.com", "SKILLS", "Python", "PyTorch", "TensorFlow", "EDUCATION", "M.S. Statistics"];
  sidebar.forEach((value, i) => items.push(text(value, 40, 130 + i * 17)));
  const main = [
    "EXPERIENCE",
    "Senior ML Engineer, Northwind Labs",
    "Built ranking models serving 3M users",
    "Cut training time by 40 percent",
    "ML Engineer, Globex Analytics",
    "Shipped a fraud model to production",
    "Owned the feature store and its tests",
  ];
  main.forEach((value, i) => items.push(text(value, 220, 126 + i * 14.5)));
  return items;
}

describe("layoutPage: columns", () => {
  it("reads a sidebar whole, then the main column, with the full-width header first", () => {
    const lines = layoutPage(sidebarPage());
    expect(lines.map((line) => line.text)).toEqual([
      "JORDAN AVERY",
      "Machine Learning Engineer",
      "CONTACT",
      "jordan@example.com",
      "SKILLS",
      "Python",
      "PyTorch",
      "TensorFlow",
      "EDUCATION",
      "M.S. Statistics",
      "EXPERIENCE",
      "Senior ML Engineer, Northwind Labs",
      "Built ranking models serving 3M users",
      "Cut training time by 40 percent",
      "ML Engineer, Globex Analytics",
      "Shipped a fraud model to production",
      "Owned the feature store and its tests",
    ]);
    expect(lines.slice(0, 2).map((line) => line.column)).toEqual([0, 0]);
    expect(lines.find((line) => line.text === "Python")?.column).toBe(0);
    expect(lines.find((line) => line.text === "EXPERIENCE")?.column).toBe(1);
  });

  it("does not let a stray space (left by a dropped icon) bridge the gutter", () => {
    const items = sidebarPage();
    items.push({ text: " ", x: 205, y: 130, width: 12, fontSize: 10, bold: false });
    const lines = texts(items);
    expect(lines.indexOf("EXPERIENCE")).toBeGreaterThan(lines.indexOf("M.S. Statistics"));
    expect(lines).toContain("CONTACT");
  });

  it("keeps a heading that spans both columns above them, and text below them after", () => {
    const items = [text("Jordan Avery — Senior Data Scientist — jordan@example.com — Denver, CO", 40, 50)];
    for (let i = 0; i < 6; i++) items.push(text(`Left column line ${i + 1}`, 40, 100 + i * 14));
    for (let i = 0; i < 6; i++) items.push(text(`Right column line ${i + 1}`, 320, 103 + i * 14));
    items.push(text("References and work samples are available on request from the candidate", 40, 300));
    const lines = texts(items);
    expect(lines[0]).toMatch(/^Jordan Avery/);
    expect(lines.slice(1, 7)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Left column line ${n}`));
    expect(lines.slice(7, 13)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Right column line ${n}`));
    expect(lines[13]).toMatch(/^References/);
  });

  it("keeps right-aligned dates on their title's line in a single-column page", () => {
    const items = [
      text("Senior Engineer, Acme Corp", 50, 100),
      text("Jan 2019 – Present", 470, 100),
      text("• Led the data platform team", 60, 114),
      text("• Cut costs by a third", 60, 128),
      text("Engineer, Globex", 50, 150),
      text("Mar 2016 – Dec 2018", 465, 150),
      text("• Built the billing service", 60, 164),
      text("• Wrote the on-call runbook", 60, 178),
      text("Intern, Initech", 50, 200),
      text("Jun 2015 – Aug 2015", 465, 200),
      text("• Automated weekly reports", 60, 214),
    ];
    const lines = layoutPage(items);
    expect(lines.map((line) => line.text)).toEqual([
      "Senior Engineer, Acme Corp Jan 2019 – Present",
      "• Led the data platform team",
      "• Cut costs by a third",
      "Engineer, Globex Mar 2016 – Dec 2018",
      "• Built the billing service",
      "• Wrote the on-call runbook",
      "Intern, Initech Jun 2015 – Aug 2015",
      "• Automated weekly reports",
    ]);
    expect(lines.every((line) => line.column === undefined)).toBe(true);
  });

  it("keeps flush-right dates on their entries' lines when several entries in a row have no detail lines", () => {
    // Entries with one detail line each, then three degree lines in a row: the dates on the right are set
    // against one tab stop (right edges equal, left edges ragged), not a column of their own.
    const right = (value: string, y: number) => text(value, 553 - value.length * 5, y);
    const rows: Array<[string, string | null]> = [
      ["Research Scientist Intern at Northwind Labs", "May 2024 - Dec 2024"],
      ["Host: the applied research team; peers in three time zones.", null],
      ["Software Engineering Intern at Globex", "May 2023 - Aug 2023"],
      ["Team: multilingual search.", null],
      ["EDUCATION", null],
      ["Ph.D. Computer Science at Westbrook University", "Aug 2022 - Current"],
      ["Master of Science Statistics at Northgate University", "Sept 2020 - Mar 2022"],
      ["Bachelor of Science Mathematics at Northgate University", "Sept 2016 - Jun 2020"],
      ["(with Honors)", null],
      ["AWARDS", null],
      ["Best Reviewer at a workshop", "Jan 2025"],
    ];
    const items = rows.flatMap(([left, date], i) => [text(left, 42, 100 + i * 18), ...(date ? [right(date, 100 + i * 18)] : [])]);
    const lines = layoutPage(items);
    expect(lines.map((line) => line.text)).toEqual(rows.map(([left, date]) => (date ? `${left} ${date}` : left)));
    expect(lines.every((line) => line.column === undefined)).toBe(true);
  });

  it("keeps a column of same-width dates beside entries on their lines", () => {
    // Award lines with a date each, the dates of one width; a note under some awards.
    const rows = ["AWARDS", "Best Paper Award at a symposium", "Travel grant for a summer school", "One per department, by nomination", "Fellowship for graduate study", "Scholarship for academic merit", "Prize for a thesis in statistics", "Dean's award for teaching", "Renewed each year"];
    const dated = (row: string) => row !== "AWARDS" && !/^(?:One|Renewed)/.test(row);
    const items = rows.flatMap((row, i) => [text(row, 42, 100 + i * 18), ...(dated(row) ? [text("Jan 2020", 512, 100 + i * 18)] : [])]);
    const lines = texts(items);
    expect(lines).toEqual(rows.map((row) => (dated(row) ? `${row} Jan 2020` : row)));
  });

  it("still reads a right-aligned sidebar on its own baselines as a column", () => {
    const items: PositionedText[] = [];
    for (let i = 0; i < 12; i++) items.push(text(`Main column line ${i + 1} about model serving`, 40, 100 + i * 14));
    const side = ["CONTACT", "ada@example.com", "Boston, MA", "SKILLS", "Python", "Kubernetes", "PyTorch"];
    side.forEach((value, i) => items.push(text(value, 560 - value.length * 5, 104 + i * 23)));
    const lines = layoutPage(items);
    expect(lines.filter((line) => line.column === 1).map((line) => line.text)).toEqual(side);
  });

  it("reads a date column beside entries row by row, keeping each date with its entry", () => {
    const items: PositionedText[] = [];
    const entries = [
      ["2021 – Present", "Machine Learning Engineer, Northwind", "Built recommendation models in PyTorch."],
      ["2018 – 2021", "Data Scientist, Globex", "Forecast demand with gradient boosting."],
      ["2016 – 2018", "Analyst, Initech", "Wrote SQL reports for finance."],
    ];
    entries.forEach(([date, title, detail], i) => {
      items.push(text(date!, 40, 100 + i * 40), text(title!, 140, 100 + i * 40), text(detail!, 140, 114 + i * 40));
    });
    expect(texts(items)).toEqual([
      "2021 – Present Machine Learning Engineer, Northwind",
      "Built recommendation models in PyTorch.",
      "2018 – 2021 Data Scientist, Globex",
      "Forecast demand with gradient boosting.",
      "2016 – 2018 Analyst, Initech",
      "Wrote SQL reports for finance.",
    ]);
  });

  it("reads a small table of school | city and degree | dates row by row", () => {
    const items = [
      text("State University", 50, 100),
      text("Boulder, CO", 470, 100),
      text("B.S. Computer Science", 50, 114),
      text("2011 – 2015", 480, 114),
      text("Tech Institute", 50, 128),
      text("Pittsburgh, PA", 455, 128),
      text("M.S. Information Technology", 50, 142),
      text("2015 – 2017", 480, 142),
    ];
    expect(texts(items)).toEqual([
      "State University Boulder, CO",
      "B.S. Computer Science 2011 – 2015",
      "Tech Institute Pittsburgh, PA",
      "M.S. Information Technology 2015 – 2017",
    ]);
  });

  it("splits two equal columns that share a baseline grid when both run on for many rows", () => {
    const items: PositionedText[] = [];
    for (let i = 0; i < 8; i++) {
      items.push(text(`Left ${i + 1} about distributed systems`, 40, 100 + i * 14));
      items.push(text(`Right ${i + 1} about model serving`, 320, 100 + i * 14));
    }
    for (let i = 8; i < 12; i++) items.push(text(`Right ${i + 1} about model serving`, 320, 100 + i * 14));
    const lines = texts(items);
    expect(lines.slice(0, 8).every((line) => line.startsWith("Left"))).toBe(true);
    expect(lines.slice(8).every((line) => line.startsWith("Right"))).toBe(true);
  });
});
