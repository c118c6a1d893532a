// A Word résumé laid out in a borderless table, its name in the page header and a revision date in the footer:
// from DOCX bytes to the facts read from them.
import { Document as DocxDocument, Footer, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/ingest/document.js";
import { ingest } from "../../src/ingest/index.js";
import { readResume } from "../../src/read/index.js";
import { bundledVocabulary } from "../read/helpers.js";

const cell = (lines: string[], percent: number): TableCell =>
  new TableCell({ children: lines.map((line) => new Paragraph(line)), width: { size: percent, type: WidthType.PERCENTAGE } });
const row = (left: string[], right: string[]): TableRow => new TableRow({ children: [cell(left, 25), cell(right, 75)] });

async function tableResume(): Promise<Uint8Array> {
  const doc = new DocxDocument({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: "Tamsin Okonkwo", bold: true })] }), new Paragraph("tamsin.okonkwo@example.com · (555) 010-7734")] }) },
        footers: { default: new Footer({ children: [new Paragraph("Last updated March 2026")] }) },
        children: [
          new Paragraph({ children: [new TextRun({ text: "EDUCATION", bold: true })] }),
          new Table({ rows: [row(["2012 – 2014"], ["Westbrook University", "M.S. in Statistics"])] }),
          new Paragraph({ children: [new TextRun({ text: "EXPERIENCE", bold: true })] }),
          new Table({
            rows: [
              row(["Jan 2020 – Current"], ["Senior Data Scientist, Halcyon Freight", "• Forecast demand with PyTorch models."]),
              row(["Jun 2014 – Dec 2019"], ["Data Analyst, Marrow & Pike", "• Built SQL reporting for finance."]),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe("a table-layout DOCX résumé, from bytes to facts", () => {
  it("reads the contact in the header, the roles in the table, and not the footer's date as a role", async () => {
    const result = await ingest(await tableResume(), DEFAULT_LIMITS);
    if (!result.ok) throw new Error(result.error.message);
    const resume = readResume(result.value, bundledVocabulary());
    expect(resume.contact).toMatchObject({ name: "Tamsin Okonkwo", email: "tamsin.okonkwo@example.com" });
    expect(resume.periods.map(({ title, org, start, end }) => ({ title, org, start, end }))).toEqual([
      { title: "Senior Data Scientist", org: "Halcyon Freight", start: "2020-01", end: "present" },
      { title: "Data Analyst", org: "Marrow & Pike", start: "2014-06", end: "2019-12" },
    ]);
    expect(resume.degrees).toEqual([expect.objectContaining({ level: "master", field: "Statistics", institution: "Westbrook University", year: 2014, completed: true })]);
  });
});
