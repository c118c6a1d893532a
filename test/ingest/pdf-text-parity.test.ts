// The one-pass text items must be the ones pdf.js's getTextContent would give: same text, same breaks,
// same positions and widths. Checked on PDFs laid out as résumé templates lay them out, with standard and
// embedded fonts.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { ok } from "../../src/ingest/document.js";
import { replayOperatorList } from "../../src/ingest/pdf-drawing.js";
import { withPdf } from "../../src/ingest/pdf-engine.js";
import { fontLookup } from "../../src/ingest/pdf-fonts.js";
import { makePdf, type Pdf } from "./make-pdf.js";

// pdf.js ships these for its own use; embedding them makes a subset TrueType font, as most producers write.
const LIBERATION = createRequire(import.meta.url).resolve("pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf");
const LIBERATION_BOLD = LIBERATION.replace("Regular", "Bold");

interface Item {
  text: string;
  at: number[];
  width: number;
  fontName: string;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const item = (text: string, transform: readonly number[], width: number, fontName: string): Item => ({
  text,
  at: transform.map(round),
  width: round(width),
  fontName,
});

/** Each page's items both ways: [one pass, pdf.js]. */
async function bothWays(bytes: Uint8Array): Promise<Array<[Item[], Item[], boolean]>> {
  const pages: Array<[Item[], Item[], boolean]> = [];
  const result = await withPdf(bytes, { decodeImages: false, drawsText: false }, async (doc, pdfjs) => {
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
      const drawn = replayOperatorList(operators, pdfjs.OPS, { fonts: fontLookup(page), view: { left, bottom, right, top } });
      const content = await page.getTextContent({ disableNormalization: true });
      const reference = content.items.flatMap((entry) =>
        "str" in entry && entry.str !== "" ? [item(entry.str, entry.transform as number[], entry.width, entry.fontName)] : [],
      );
      pages.push([drawn.items.map((one) => item(one.text, one.transform, one.width, one.fontName)), reference, drawn.needsTextContent]);
    }
    return ok(undefined);
  });
  if (!result.ok) throw new Error(result.error.message);
  return pages;
}

const LAYOUTS: Array<[string, (doc: Pdf) => void]> = [
  [
    "a one-column résumé in a standard font",
    (doc) => {
      doc.font("Helvetica-Bold").fontSize(20).text("Amara Okonkwo", 72, 60);
      doc.font("Helvetica").fontSize(10).text("amara.okonkwo@example.com | +1 555 0102 | Lagos", 72, 90);
      doc.font("Helvetica-Bold").fontSize(12).text("EXPERIENCE", 72, 120, { characterSpacing: 2 });
      doc.font("Helvetica").fontSize(10).text(
        "Built ranking models in PyTorch and scikit-learn over terabytes of logs; moved feature extraction to Spark on AWS, " +
          "cutting the nightly batch from six hours to forty minutes while keeping offline and online features consistent.",
        72,
        140,
        { width: 460, align: "justify" },
      );
      doc.text("Jan 2019 – Present", 72, 200, { width: 468, align: "right" });
    },
  ],
  [
    "embedded fonts, runs in several fonts and colours on one line",
    (doc) => {
      doc.font(LIBERATION_BOLD).fontSize(18).text("Tomasz Wiśniewski", 60, 50);
      doc.font(LIBERATION).fontSize(10).fillColor("#333333").text("Skills: ", 60, 80, { continued: true });
      doc.font(LIBERATION_BOLD).fillColor("#000000").text("Python, TensorFlow", { continued: true });
      doc.font(LIBERATION).fillColor("#777777").text(" — ten years, office efficiency fi ffl", { wordSpacing: 3 });
      doc.font(LIBERATION).fontSize(7).text("Footnote in small type", 60, 760);
    },
  ],
  [
    "rotated and scaled text",
    (doc) => {
      doc.font("Times-Roman").fontSize(11).text("Normal line before", 72, 100);
      doc.save().rotate(-90, { origin: [40, 400] }).text("Sidebar label turned", 40, 400).restore();
      doc.save().scale(0.8).text("Scaled by the page transform", 90, 200).restore();
      doc.save().rotate(30, { origin: [300, 500] }).text("Thirty degrees", 300, 500).restore();
      doc.text("Normal line after", 72, 300);
    },
  ],
];

describe("one-pass text items equal pdf.js's text content", () => {
  it.each(LAYOUTS)("%s", async (_what, draw) => {
    const pages = await bothWays(await makePdf(draw));
    for (const [onePass, reference, needsTextContent] of pages) {
      expect(needsTextContent).toBe(false);
      expect(reference.length).toBeGreaterThan(3);
      expect(onePass).toEqual(reference);
    }
  });
});
