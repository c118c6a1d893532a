import { describe, expect, it } from "vitest";
import { EVERYWHERE, type Box } from "../../src/ingest/geometry.js";
import type { PageDrawing, Paint, TextRun } from "../../src/ingest/pdf-drawing.js";
import { classifyText, type PdfTextItem } from "../../src/ingest/pdf-visibility.js";

const PAGE: Box = { left: 0, bottom: 0, right: 612, top: 792 };
const BLACK = [0, 0, 0] as const;
const WHITE = [255, 255, 255] as const;

/** A text item at (x, y), 10 pt, 5 pt per character. */
function item(text: string, x: number, y: number, fontSize = 10): PdfTextItem {
  return { text, transform: [fontSize, 0, 0, fontSize, x, y], width: text.length * fontSize * 0.5, fontName: "f1" };
}

interface RunSpec extends Partial<TextRun> {
  text: string;
}

/** Drawn runs in order; each non-blank character becomes a glyph of its own. */
function drawing(runs: RunSpec[], paints: Paint[] = []): PageDrawing {
  const result: PageDrawing = { glyphs: [], runs: [], paints };
  runs.forEach((spec, index) => {
    const run: TextRun = { order: 100 + index, fill: BLACK, alpha: 1, renderMode: 0, clip: EVERYWHERE, origin: [72, 700], ...spec };
    result.runs.push(run);
    [...spec.text].forEach((char, at) => {
      if (char.trim() !== "") result.glyphs.push({ char, run: index, glyph: index * 1000 + at });
    });
  });
  return result;
}

function paint(order: number, box: Box, color: Paint["color"]): Paint {
  return { order, box, color, covers: true };
}

const summary = (items: PdfTextItem[], drawn: PageDrawing) =>
  classifyText(items, drawn, PAGE).pieces.map((piece) => [piece.text, piece.hidden ?? "visible"]);

describe("classifyText", () => {
  it("keeps black text on a white page", () => {
    expect(summary([item("Python", 72, 700)], drawing([{ text: "Python" }]))).toEqual([["Python", "visible"]]);
  });

  it("hides white text on the white page but not on a dark band drawn before it", () => {
    const band = paint(50, { left: 0, bottom: 600, right: 612, top: 640 }, [20, 30, 40]);
    const drawn = drawing([{ text: "Data Scientist", fill: WHITE }, { text: "tensorflow", fill: WHITE }], [band]);
    expect(summary([item("Data Scientist", 72, 610), item("tensorflow", 72, 300)], drawn)).toEqual([
      ["Data Scientist", "visible"],
      ["tensorflow", "background-colour"],
    ]);
  });

  it("hides dark text on a dark shape, and text a shape is painted over afterwards", () => {
    const dark = paint(50, { left: 0, bottom: 600, right: 612, top: 640 }, [10, 10, 10]);
    const cover = paint(500, { left: 60, bottom: 290, right: 400, top: 320 }, WHITE);
    const drawn = drawing([{ text: "kubernetes", fill: [30, 30, 30] }, { text: "spark" }], [dark, cover]);
    expect(summary([item("kubernetes", 72, 610), item("spark", 72, 300)], drawn)).toEqual([
      ["kubernetes", "background-colour"],
      ["spark", "covered"],
    ]);
  });

  it("hides invisible render modes, except over an image (a scan's OCR layer)", () => {
    const scan = paint(10, { left: 0, bottom: 0, right: 612, top: 400 }, undefined);
    const drawn = drawing([{ text: "ocr words", renderMode: 3 }, { text: "secret", renderMode: 7 }, { text: "ghost", alpha: 0 }], [scan]);
    expect(summary([item("ocr words", 72, 300), item("secret", 72, 500), item("ghost", 72, 520)], drawn)).toEqual([
      ["ocr words", "visible"],
      ["secret", "render-mode"],
      ["ghost", "render-mode"],
    ]);
  });

  it("hides tiny and squashed text, but not an icon glyph that maps to a long name", () => {
    const squashed: PdfTextItem = { ...item("machine learning", 72, 500), width: 3 };
    const icon: PdfTextItem = { ...item("GITHUB-SQUARE", 72, 450), width: 6 };
    const drawn = drawing([{ text: "phd" }, { text: "machine learning" }, { text: "GITHUB-SQUARE" }]);
    drawn.glyphs.filter((glyph) => glyph.run === 2).forEach((glyph) => (glyph.glyph = 2000));
    expect(summary([item("phd", 72, 600, 1), squashed, icon], drawn)).toEqual([
      ["phd", "tiny"],
      ["machine learning", "tiny"],
      ["GITHUB-SQUARE", "visible"],
    ]);
  });

  it("splits an item where its visibility changes", () => {
    const drawn = drawing([{ text: "Skills: Excel" }, { text: " TensorFlow", fill: WHITE }]);
    expect(summary([item("Skills: Excel TensorFlow", 72, 500)], drawn)).toEqual([
      ["Skills: Excel ", "visible"],
      ["TensorFlow", "background-colour"],
    ]);
  });

  it("hides a whole item outside its clip, but not a word whose last letter overflows", () => {
    const clip = { left: 0, bottom: 0, right: 300, top: 792 };
    const drawn = drawing([{ text: "Computer Scienc" }, { text: "e", clip }, { text: "hidden words", clip }]);
    expect(summary([item("Computer Science", 250, 500), item("hidden words", 400, 480)], drawn)).toEqual([
      ["Computer Science", "visible"],
      ["hidden words", "off-page"],
    ]);
  });

  it("puts back hyphens that fonts mapped to soft hyphens, which the text content drops", () => {
    const drawn = drawing([{ text: "high\u00ADimpact" }, { text: "2019 \u00AD 2021" }, { text: "Con\u00AD" }, { text: "sul" }]);
    const items = [item("highimpact", 72, 700), item("2019 2021", 72, 680), item("Con", 72, 660), item("sul", 72, 640)];
    expect(classifyText(items, drawn, PAGE).pieces.map((piece) => piece.text)).toEqual(["high-impact", "2019 - 2021", "Con-", "sul"]);
  });

  it("reports runs that start outside the page, which pdf.js leaves out of the text content", () => {
    const drawn = drawing([{ text: "Visible" }, { text: "aws gcp", origin: [700, 500] }, { text: "azure", origin: [760, 500] }]);
    expect(classifyText([item("Visible", 72, 700)], drawn, PAGE).offPage).toEqual(["aws gcp azure"]);
  });

  it("fails open: characters it cannot match to drawn glyphs stay visible", () => {
    expect(summary([item("Résumé", 72, 700)], drawing([{ text: "xyz", fill: WHITE }]))).toEqual([["Résumé", "visible"]]);
  });
});
