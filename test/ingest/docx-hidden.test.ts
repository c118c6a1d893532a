// DOCX text Word does not show — hidden runs, white on white, under 2 pt — is set aside, reported and never
// scored; white text that is visible (on a dark cell, shading, highlight or page) is read.
import { Document as DocxDocument, Header, Packer, Paragraph, TextRun } from "docx";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, allLines, type Document } from "../../src/ingest/document.js";
import { findHiddenLines } from "../../src/ingest/docx-hidden.js";
import { ingest } from "../../src/ingest/index.js";
import { readResume } from "../../src/read/index.js";
import { parseVocabulary } from "../../src/read/vocabulary-load.js";
import { paragraph, rawDocx } from "../hostile/raw-docx.js";

const NAME = paragraph("Tyler Brennan");
const cell = (fill: string, text: string) =>
  `<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:fill="${fill}"/></w:tcPr>${paragraph(text, '<w:color w:val="FFFFFF"/>')}</w:tc></w:tr></w:tbl>`;

async function read(bytes: Uint8Array): Promise<Document> {
  const result = await ingest(bytes, DEFAULT_LIMITS);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe("DOCX hidden text", () => {
  it.each([
    ["a run marked hidden (w:vanish)", paragraph("Kubernetes Spark", "<w:vanish/>"), "render-mode"],
    ["white text on the white page", paragraph("TensorFlow PyTorch", '<w:color w:val="FFFFFF"/>'), "background-colour"],
    ["near-white text", paragraph("TensorFlow PyTorch", '<w:color w:val="FAFAFA"/>'), "background-colour"],
    ["the theme's background colour", paragraph("TensorFlow PyTorch", '<w:color w:val="FFFFFF" w:themeColor="background1"/>'), "background-colour"],
    ["1 pt text (w:sz is in half-points)", paragraph("Machine Learning Engineer", '<w:sz w:val="2"/>'), "tiny"],
  ])("sets aside %s", async (_what, body, reason) => {
    const doc = await read(rawDocx(NAME + paragraph("Shift lead barista") + body));
    expect(allLines(doc).map((l) => l.text)).toEqual(["Tyler Brennan", "Shift lead barista"]);
    expect(doc.hidden).toEqual([expect.objectContaining({ page: 1, reason })]);
    expect(doc.warnings).toEqual([expect.objectContaining({ code: "HIDDEN_TEXT", page: 1, message: expect.stringMatching(/cannot see .*ignored for scoring/) })]);
  });

  it.each([
    ["white text in a dark table cell", cell("1F2937", "White on dark")],
    ["white text on dark run shading", paragraph("White on dark", '<w:color w:val="FFFFFF"/><w:shd w:val="clear" w:fill="000000"/>')],
    ["white text highlighted", paragraph("White on dark", '<w:color w:val="FFFFFF"/><w:highlight w:val="darkBlue"/>')],
    ["w:vanish switched off", paragraph("White on dark", '<w:vanish w:val="0"/>')],
    ["a hidden paragraph mark (only the mark is hidden)", '<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>White on dark</w:t></w:r></w:p>'],
    ["12 pt text", paragraph("White on dark", '<w:sz w:val="24"/>')],
  ])("reads %s", async (_what, body) => {
    const doc = await read(rawDocx(NAME + body));
    expect(allLines(doc).map((l) => l.text)).toEqual(["Tyler Brennan", "White on dark"]);
    expect(doc.hidden).toEqual([]);
    expect(doc.warnings).toEqual([]);
  });

  it("reads white text on a page whose background is dark", async () => {
    const doc = await read(rawDocx(NAME + paragraph("Light on dark", '<w:color w:val="FFFFFF"/>'), { background: "111827" }));
    expect(allLines(doc).map((l) => l.text)).toEqual(["Tyler Brennan", "Light on dark"]);
  });

  it("removes the hidden part of a line and keeps the visible part", async () => {
    const body = `<w:p><w:r><w:t xml:space="preserve">Barista at Copper Kettle. </w:t></w:r><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>TensorFlow AWS</w:t></w:r></w:p>`;
    const doc = await read(rawDocx(NAME + body));
    expect(allLines(doc).map((l) => l.text)).toEqual(["Tyler Brennan", "Barista at Copper Kettle."]);
    expect(doc.hidden).toEqual([{ page: 1, text: "TensorFlow AWS", reason: "background-colour" }]);
  });

  it("takes out the hidden line, not a visible line that says the same word", async () => {
    const doc = await read(rawDocx(NAME + paragraph("Languages: Python, SQL") + paragraph("Python", "<w:vanish/>")));
    expect(allLines(doc).map((l) => l.text)).toEqual(["Tyler Brennan", "Languages: Python, SQL"]);
  });

  it("finds hidden runs in page headers too (built with the docx library)", async () => {
    const doc = new DocxDocument({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun("Tyler Brennan"), new TextRun({ text: " Kubernetes", vanish: true })] })] }) },
          children: [new Paragraph({ children: [new TextRun("Shift lead barista"), new TextRun({ text: " PyTorch", color: "FFFFFF" })] })],
        },
      ],
    });
    const read1 = await read(new Uint8Array(await Packer.toBuffer(doc)));
    expect(allLines(read1).map((l) => l.text)).toEqual(["Tyler Brennan", "Shift lead barista"]);
    expect(read1.hidden.map((h) => h.text).sort()).toEqual(["Kubernetes", "PyTorch"]);
  });

  it("a document whose only text is hidden has nothing to screen", async () => {
    const result = await ingest(rawDocx(paragraph("TensorFlow PyTorch", "<w:vanish/>")), DEFAULT_LIMITS);
    expect(result).toMatchObject({ ok: false, error: { code: "NO_TEXT", message: expect.stringMatching(/only text is hidden/) } });
  });

  it("never scores hidden skills", async () => {
    const vocabulary = parseVocabulary(readFileSync(join(import.meta.dirname, "..", "..", "rubrics", "skills.yaml"), "utf8"));
    const doc = await read(rawDocx(NAME + paragraph("Skills: espresso, latte art") + paragraph("TensorFlow PyTorch AWS Python", '<w:color w:val="FFFFFF"/>')));
    const resume = readResume(doc, vocabulary);
    expect(resume.skills.map((s) => s.id)).toEqual([]);
    expect(resume.warnings.map((w) => w.code)).toContain("HIDDEN_TEXT");
  });

  it("findHiddenLines reports each line with its full and visible text", () => {
    const xml = `<w:document><w:body><w:p><w:r><w:t>Seen </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>unseen</w:t></w:r><w:r><w:br/><w:t>next</w:t></w:r></w:p></w:body></w:document>`;
    expect(findHiddenLines(xml)).toEqual([{ full: "Seen unseen", visible: "Seen", hidden: [{ text: "unseen", reason: "render-mode" }] }]);
  });

  const styledRun = (properties: string, text: string) => `<w:r><w:rPr>${properties}</w:rPr><w:t>${text}</w:t></w:r>`;
  const seenThen = (run: string) => `<w:document><w:body><w:p>${styledRun("", "Seen ")}${run}</w:p></w:body></w:document>`;

  it.each([
    ["hidden run", `<w:vanish/>`, "render-mode"],
    ["1.5 pt", `<w:sz w:val="3"/>`, "tiny"],
    ["size in single quotes", `<w:sz w:val='2'/>`, "tiny"],
    ["white", `<w:color w:val="FFFFFF"/>`, "background-colour"],
    ["near-white", `<w:color w:val="f5f8fa"/>`, "background-colour"],
    ["background theme colour", `<w:color w:val="000000" w:themeColor="background1"/>`, "background-colour"],
  ])("finds a %s however few the documents that have one", (_, properties, reason) => {
    expect(findHiddenLines(seenThen(styledRun(properties, "secret")))).toEqual([{ full: "Seen secret", visible: "Seen", hidden: [{ text: "secret", reason }] }]);
  });

  it.each([
    ["no run properties", ""],
    ["ordinary sizes and colours", `<w:sz w:val="22"/><w:szCs w:val="2"/><w:color w:val="1F2937"/>`],
    ["vanish switched off", `<w:vanish w:val="0"/>`],
    ["white on a dark shading", `<w:color w:val="FFFFFF"/><w:shd w:fill="1F2937"/>`],
  ])("finds nothing hidden with %s", (_, properties) => {
    expect(findHiddenLines(seenThen(styledRun(properties, "shown")))).toEqual([]);
  });
});
