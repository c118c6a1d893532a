import { describe, expect, it } from "vitest";
import { parseCsvRecords } from "../../src/audit/csv-records.js";
import { isUnknownValue, parseGroupsCsv } from "../../src/audit/groups.js";

describe("parseCsvRecords", () => {
  it.each([
    ["LF line ends", "a,b\n1,2\n", [["a", "b"], ["1", "2"]]],
    ["CRLF line ends", "a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]],
    ["no final line end", "a,b\r\n1,2", [["a", "b"], ["1", "2"]]],
    ["a byte order mark", "\uFEFFfile,sex\nx.pdf,F\n", [["file", "sex"], ["x.pdf", "F"]]],
    ["a quoted comma", 'a,"Smith, J.pdf"\n', [["a", "Smith, J.pdf"]]],
    ["doubled quotes", '"say ""hi""",b\n', [['say "hi"', "b"]]],
    ["a quoted line break", '"two\r\nlines",b\n', [["two\r\nlines", "b"]]],
    ["an empty quoted field", 'a,"",c\n', [["a", "", "c"]]],
    ["empty fields", "a,,\n", [["a", "", ""]]],
    ["blank lines", "a\n\n\r\nb\n\n", [["a"], ["b"]]],
    ["a quote inside an unquoted field", 'O"Brien,x\n', [['O"Brien', "x"]]],
  ])("%s", (_name, text, expected) => {
    const { records, problems } = parseCsvRecords(text);
    expect(problems).toEqual([]);
    expect(records.map((record) => record.fields)).toEqual(expected);
  });

  it("numbers records by the line they start on, counting quoted line breaks", () => {
    const { records } = parseCsvRecords('h\n"a\nb"\nc\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it.each([
    ["a quote never closed", 'a\n"open,b\n', "line 2: a quoted field is never closed"],
    ["text after a closing quote", '"a"b,c\n', "line 1: text after the closing quote of a field"],
  ])("reports %s", (_name, text, problem) => {
    expect(parseCsvRecords(text).problems).toEqual([problem]);
  });
});

describe("parseGroupsCsv", () => {
  it("reads a file-keyed table with attributes in header order", () => {
    const groups = parseGroupsCsv(
      "\uFEFFfile,sex,race_ethnicity\r\n" +
        '"resumes/Doe, Jane.pdf",Female,"Hispanic or Latino"\r\n' +
        "resumes/b.pdf,Male,  Black   or African American \r\n",
    );
    expect(groups.problems).toEqual([]);
    expect(groups.key).toBe("file");
    expect(groups.attributes).toEqual(["sex", "race_ethnicity"]);
    expect([...groups.rows.entries()]).toEqual([
      ["resumes/Doe, Jane.pdf", { sex: "Female", race_ethnicity: "Hispanic or Latino" }],
      ["resumes/b.pdf", { sex: "Male", race_ethnicity: "Black or African American" }],
    ]);
  });

  it.each(["candidateId", "candidateid", "CandidateId"])("accepts %s as the key column", (name) => {
    const groups = parseGroupsCsv(`${name},sex\nC-0001,Female\n`);
    expect(groups.problems).toEqual([]);
    expect(groups.key).toBe("candidateId");
    expect(groups.rows.get("C-0001")).toEqual({ sex: "Female" });
  });

  it.each(["", "unknown", "Unknown", "prefer not to say", "Prefer Not To Say", "  prefer  not to say ", "Decline to state"])(
    "treats %j as unknown",
    (value) => {
      expect(isUnknownValue(value)).toBe(true);
      const groups = parseGroupsCsv(`file,sex,age_band\na.pdf,"${value}",40+\n`);
      expect(groups.rows.get("a.pdf")).toEqual({ age_band: "40+" });
    },
  );

  it.each(["Female", "Unknown origin", "none"])("keeps %j as a group", (value) => {
    expect(isUnknownValue(value)).toBe(false);
  });

  it("joins differently composed accents into one value", () => {
    const groups = parseGroupsCsv("file,origin\na.pdf,Me\u0301xico\nb.pdf,M\u00e9xico\n");
    expect(groups.rows.get("a.pdf")).toEqual(groups.rows.get("b.pdf"));
  });

  it("warns when values differ only in case, and keeps them apart", () => {
    const groups = parseGroupsCsv("file,sex\na.pdf,Female\nb.pdf,female\nc.pdf,Male\n");
    expect(groups.problems).toEqual([]);
    expect(groups.warnings).toEqual(['sex: "Female", "female" differ only in case and are counted as separate groups']);
    expect(groups.rows.get("b.pdf")).toEqual({ sex: "female" });
  });

  it.each([
    ["an empty file", "", "the groups file is empty: it needs a header row (file, then one column per attribute)"],
    ["another key column", "name,sex\nx,F\n", 'the first column must be "file" (the path as the report gives it) or "candidateId", not "name"'],
    ["no attribute", "file\na.pdf\n", "the groups file has no attribute columns (e.g. sex, race_ethnicity) after the first"],
    ["a repeated column", "file,sex,sex\na.pdf,F,F\n", 'the header names "sex" twice'],
    ["an unnamed column", "file,sex,\na.pdf,F,x\n", "column 3 of the header has no name"],
    ["a short row", "file,sex,race\na.pdf,F\n", "line 2: 2 fields, but the header has 3"],
    ["a long row", "file,sex\na.pdf,F,x\n", "line 2: 3 fields, but the header has 2"],
    ["an empty key", "file,sex\n,F\n", "line 2: the file column is empty"],
    ["a repeated key", "file,sex\na.pdf,F\nb.pdf,M\na.pdf,M\n", 'line 4: "a.pdf" is listed twice (first on line 2)'],
    ["an unclosed quote", 'file,sex\na.pdf,"F\n', "line 2: a quoted field is never closed"],
  ])("reports %s", (_name, text, problem) => {
    expect(parseGroupsCsv(text).problems).toContain(problem);
  });
});

describe("parseGroupsCsv: odd column names", () => {
  it("keeps a column called __proto__ as plain data", () => {
    const groups = parseGroupsCsv("file,__proto__\na.pdf,x\n");
    const values = groups.rows.get("a.pdf") ?? {};
    expect(Object.keys(values)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
  });
});
