import { Document as DocxDocument, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun, Textbox, HeadingLevel, WidthType } from "docx";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, allLines, type Document } from "../../src/ingest/document.js";
import { ingest } from "../../src/ingest/index.js";

type Children = ConstructorParameters<typeof DocxDocument>[0]["sections"][number]["children"];

async function makeDocx(children: Children, header?: Paragraph[]): Promise<Uint8Array> {
  const doc = new DocxDocument({
    sections: [{ children, ...(header ? { headers: { default: new Header({ children: header }) } } : {}) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function readOk(bytes: Uint8Array): Promise<Document> {
  const result = await ingest(bytes, DEFAULT_LIMITS);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const texts = (doc: Document) => allLines(doc).map((line) => line.text);

function cell(...lines: string[]): TableCell {
  return new TableCell({ children: lines.map((line) => new Paragraph(line)), width: { size: 50, type: WidthType.PERCENTAGE } });
}

describe("DOCX", () => {
  it("reads headings, paragraphs, line breaks and bullet lists as numbered lines of one page", async () => {
    const bytes = await makeDocx([
      new Paragraph({ text: "Amara Nwosu", heading: HeadingLevel.TITLE }),
      new Paragraph({ children: [new TextRun("amara.nwosu@example.com"), new TextRun({ text: "Lagos, Nigeria", break: 1 })] }),
      new Paragraph({ text: "Experience", heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ children: [new TextRun({ text: "Machine Learning Engineer, Kora Health", bold: true })] }),
      new Paragraph({ text: "Trained CNNs for X-ray triage in TensorFlow", bullet: { level: 0 } }),
      new Paragraph({ text: "Served models on GCP with Kubernetes", bullet: { level: 0 } }),
    ]);
    const doc = await readOk(bytes);
    expect(doc.format).toBe("docx");
    expect(doc.pages).toHaveLength(1);
    expect(texts(doc)).toEqual([
      "Amara Nwosu",
      "amara.nwosu@example.com",
      "Lagos, Nigeria",
      "Experience",
      "Machine Learning Engineer, Kora Health",
      "• Trained CNNs for X-ray triage in TensorFlow",
      "• Served models on GCP with Kubernetes",
    ]);
    const lines = allLines(doc);
    expect(lines.map((line) => line.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(lines.every((line) => line.page === 1)).toBe(true);
    expect(lines.find((line) => line.text === "Experience")?.bold).toBe(true);
    expect(lines.find((line) => line.text.startsWith("Machine Learning Engineer"))?.bold).toBe(true);
    expect(lines.find((line) => line.text === "Lagos, Nigeria")?.bold).toBe(false);
  });

  it("reads a table layout: short cells joined on one line, long cells one after the other", async () => {
    const bytes = await makeDocx([
      new Table({
        rows: [
          new TableRow({ children: [cell("Data Scientist, Sahel Analytics"), cell("2019 – 2023")] }),
          new TableRow({
            children: [
              cell("SKILLS", "Python", "scikit-learn", "Spark"),
              cell("EXPERIENCE", "Built churn models for 4M subscribers", "Ran A/B tests on pricing"),
            ],
          }),
        ],
      }),
    ]);
    const doc = await readOk(bytes);
    expect(texts(doc)).toEqual([
      "Data Scientist, Sahel Analytics | 2019 – 2023",
      "SKILLS",
      "Python",
      "scikit-learn",
      "Spark",
      "EXPERIENCE",
      "Built churn models for 4M subscribers",
      "Ran A/B tests on pricing",
    ]);
    const lines = allLines(doc);
    expect(lines[0]!.column).toBeUndefined();
    expect(lines.slice(1, 5).map((line) => line.column)).toEqual([0, 0, 0, 0]);
    expect(lines.slice(5).map((line) => line.column)).toEqual([1, 1, 1]);
  });

  it("includes text boxes and the page header", async () => {
    const bytes = await makeDocx(
      [
        new Paragraph("Summary: applied scientist working on speech recognition."),
        new Textbox({
          style: { width: "2in", height: "1in" },
          children: [new Paragraph("Certified: AWS Machine Learning Specialty")],
        }),
      ],
      [new Paragraph("Ines Duarte · ines.duarte@example.com")],
    );
    const doc = await readOk(bytes);
    expect(texts(doc)).toEqual([
      "Ines Duarte · ines.duarte@example.com",
      "Summary: applied scientist working on speech recognition.",
      "Certified: AWS Machine Learning Specialty",
    ]);
  });

  it("reports a document with no text, and a cut-short one as damaged", async () => {
    const empty = await makeDocx([new Paragraph("")]);
    expect(await ingest(empty, DEFAULT_LIMITS)).toMatchObject({ ok: false, error: { code: "NO_TEXT" } });
    const full = await makeDocx([new Paragraph("Wei Zhang, Research Engineer")]);
    const cut = await ingest(full.subarray(0, Math.floor(full.length * 0.6)), DEFAULT_LIMITS);
    expect(cut).toMatchObject({ ok: false, error: { code: "CORRUPT" } });
  });
});
