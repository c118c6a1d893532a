import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, allLines, type Document, type Result } from "../../src/ingest/document.js";
import { ingest } from "../../src/ingest/index.js";
import { greyPng, makePdf, put, putRight, putWithRenderMode } from "./make-pdf.js";

function read(bytes: Uint8Array, limits = DEFAULT_LIMITS): Promise<Result<Document>> {
  return ingest(bytes, limits);
}

async function readOk(bytes: Uint8Array, limits = DEFAULT_LIMITS): Promise<Document> {
  const result = await read(bytes, limits);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const texts = (doc: Document) => allLines(doc).map((line) => line.text);

describe("PDF: text and reading order", () => {
  it("reads a one-column résumé in order with positions, sizes and bold", async () => {
    const bytes = await makePdf((doc) => {
      put(doc, "Priya Raman", 72, 60, 22, "Helvetica-Bold");
      put(doc, "priya.raman@example.com · (555) 010-4477", 72, 90);
      put(doc, "EXPERIENCE", 72, 130, 13, "Helvetica-Bold");
      put(doc, "Machine Learning Engineer, Northwind Labs", 72, 150);
      put(doc, "• Trained transformer models in PyTorch on 2 TB of logs", 82, 165);
    });
    const doc = await readOk(bytes);
    expect(doc.format).toBe("pdf");
    expect(doc.pages).toHaveLength(1);
    expect(doc.pages[0]).toMatchObject({ number: 1, width: 612, height: 792 });
    expect(texts(doc)).toEqual([
      "Priya Raman",
      "priya.raman@example.com · (555) 010-4477",
      "EXPERIENCE",
      "Machine Learning Engineer, Northwind Labs",
      "• Trained transformer models in PyTorch on 2 TB of logs",
    ]);
    const [name, , heading, role] = allLines(doc);
    expect(name).toMatchObject({ page: 1, line: 1, x: 72, fontSize: 22, bold: true });
    expect(name!.y).toBeGreaterThan(60);
    expect(name!.y).toBeLessThan(85);
    expect(heading).toMatchObject({ line: 3, bold: true, fontSize: 13 });
    expect(role).toMatchObject({ line: 4, bold: false, fontSize: 10 });
    expect(doc.hidden).toEqual([]);
    expect(doc.warnings).toEqual([]);
  });

  it("reads a sidebar layout column by column", async () => {
    const bytes = await makePdf((doc) => {
      put(doc, "Tomás Okafor", 40, 40, 24, "Helvetica-Bold");
      const sidebar = ["SKILLS", "Python", "TensorFlow", "Spark", "EDUCATION", "Ph.D. Statistics", "Lakeside University"];
      sidebar.forEach((text, i) => put(doc, text, 40, 110 + i * 17, 9));
      const main = [
        "EXPERIENCE",
        "Staff Data Scientist, Globex",
        "Led the forecasting platform",
        "Built CNN and RNN models for demand",
        "Data Scientist, Initech",
        "Feature extraction on large datasets",
      ];
      main.forEach((text, i) => put(doc, text, 220, 106 + i * 15, 11));
    });
    const doc = await readOk(bytes);
    expect(texts(doc)).toEqual([
      "Tomás Okafor",
      "SKILLS",
      "Python",
      "TensorFlow",
      "Spark",
      "EDUCATION",
      "Ph.D. Statistics",
      "Lakeside University",
      "EXPERIENCE",
      "Staff Data Scientist, Globex",
      "Led the forecasting platform",
      "Built CNN and RNN models for demand",
      "Data Scientist, Initech",
      "Feature extraction on large datasets",
    ]);
    const columns = allLines(doc).map((line) => line.column);
    expect(columns.slice(1, 8).every((column) => column === 0)).toBe(true);
    expect(columns.slice(8).every((column) => column === 1)).toBe(true);
  });

  it("keeps a right-aligned date on its title's line", async () => {
    const bytes = await makePdf((doc) => {
      const entries = [
        ["Senior Data Engineer, Northwind", "Jan 2019 – Present"],
        ["Data Engineer, Globex", "Mar 2016 – Dec 2018"],
      ];
      entries.forEach(([title, dates], i) => {
        const y = 100 + i * 60;
        put(doc, title!, 72, y, 11, "Helvetica-Bold");
        putRight(doc, dates!, 540, y, 10);
        put(doc, "• Moved nightly batch jobs to streaming with Spark", 82, y + 16);
        put(doc, "• Cut storage cost by a third", 82, y + 30);
      });
    });
    const doc = await readOk(bytes);
    expect(texts(doc)).toEqual([
      "Senior Data Engineer, Northwind Jan 2019 – Present",
      "• Moved nightly batch jobs to streaming with Spark",
      "• Cut storage cost by a third",
      "Data Engineer, Globex Mar 2016 – Dec 2018",
      "• Moved nightly batch jobs to streaming with Spark",
      "• Cut storage cost by a third",
    ]);
  });

  it("reads embedded fonts, telling bold from the font's name", async () => {
    const regular = createRequire(import.meta.url).resolve("pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf");
    const bytes = await makePdf((doc) => {
      put(doc, "Chidi Eze", 72, 60, 18, regular.replace("Regular", "Bold"));
      put(doc, "Applied Scientist — office efficiency", 72, 90, 10, regular);
    });
    const doc = await readOk(bytes);
    expect(allLines(doc).map((line) => [line.text, line.bold])).toEqual([
      ["Chidi Eze", true],
      ["Applied Scientist — office efficiency", false],
    ]);
  });

  it("reads only the first maxPages pages and says so", async () => {
    const bytes = await makePdf((doc) => {
      for (let page = 1; page <= 4; page++) {
        if (page > 1) doc.addPage();
        put(doc, `Page ${page} of the publication list`, 72, 72);
      }
    });
    const doc = await readOk(bytes, { ...DEFAULT_LIMITS, maxPages: 2 });
    expect(doc.pages.map((page) => page.number)).toEqual([1, 2]);
    expect(doc.warnings).toEqual([expect.objectContaining({ code: "TOO_MANY_PAGES" })]);
    expect(doc.warnings[0]!.message).toContain("4 pages");
  });

  it("does not detach or change the caller's bytes", async () => {
    const bytes = await makePdf((doc) => put(doc, "Ana Lima", 72, 72));
    const copy = bytes.slice();
    await readOk(bytes);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });

  it("reads a 2-page résumé in a few milliseconds once pdf.js is warm", async () => {
    const bytes = await makePdf((doc) => {
      for (let page = 0; page < 2; page++) {
        if (page > 0) doc.addPage();
        for (let i = 0; i < 40; i++) put(doc, `Line ${i + 1}: shipped gradient-boosted models to production`, 72, 60 + i * 17);
      }
    });
    await readOk(bytes);
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await readOk(bytes);
      timings.push(performance.now() - start);
    }
    // Generous bound for busy CI machines; typically well under 20 ms.
    expect(Math.min(...timings)).toBeLessThan(100);
  });
});

describe("PDF: text a reader cannot see", () => {
  it("sets aside white-on-white text and warns, but keeps light text on a dark band", async () => {
    const bytes = await makePdf((doc) => {
      put(doc, "Kwame Mensah", 72, 60, 20);
      doc.rect(0, 100, 612, 40).fill("#1f2937");
      doc.fillColor("#ffffff");
      put(doc, "Data Scientist · Accra", 72, 112, 12);
      put(doc, "python pytorch tensorflow kubernetes phd", 72, 300, 10);
      doc.fillColor("#000000");
      put(doc, "EXPERIENCE", 72, 200, 12);
    });
    const doc = await readOk(bytes);
    expect(texts(doc)).toEqual(["Kwame Mensah", "Data Scientist · Accra", "EXPERIENCE"]);
    expect(doc.hidden).toEqual([{ page: 1, text: "python pytorch tensorflow kubernetes phd", reason: "background-colour" }]);
    expect(doc.warnings).toEqual([
      expect.objectContaining({ code: "HIDDEN_TEXT", page: 1, text: "python pytorch tensorflow kubernetes phd" }),
    ]);
  });

  it("finds a white word inside an otherwise visible line", async () => {
    const bytes = await makePdf((doc) => {
      doc.font("Helvetica").fontSize(10).fillColor("#000000");
      doc.text("Skills: Excel, Word", 72, 100, { continued: true, lineBreak: false });
      doc.fillColor("#ffffff").text(" TensorFlow PyTorch", { continued: false, lineBreak: false });
    });
    const doc = await readOk(bytes);
    expect(texts(doc)).toEqual(["Skills: Excel, Word"]);
    expect(doc.hidden.map((entry) => [entry.text, entry.reason])).toEqual([["TensorFlow PyTorch", "background-colour"]]);
  });

  it("sets aside microscopic, invisible, off-page and covered text", async () => {
    const bytes = await makePdf((doc) => {
      put(doc, "Lena Fischer", 72, 60, 18);
      put(doc, "machine learning engineer ten years", 72, 120, 1);
      putWithRenderMode(doc, 3, "deep learning expert", 72, 160);
      put(doc, "aws gcp azure hadoop", 700, 200);
      put(doc, "masters degree statistics", 72, 240);
      doc.rect(60, 230, 300, 30).fill("#ffffff");
      doc.fillColor("#000000");
      put(doc, "Berlin, Germany", 72, 300);
    });
    const doc = await readOk(bytes);
    expect(texts(doc)).toEqual(["Lena Fischer", "Berlin, Germany"]);
    expect(doc.hidden.map((entry) => [entry.reason, entry.text]).sort()).toEqual([
      ["covered", "masters degree statistics"],
      ["off-page", "aws gcp azure hadoop"],
      ["render-mode", "deep learning expert"],
      ["tiny", "machine learning engineer ten years"],
    ]);
    const warning = doc.warnings.find((w) => w.code === "HIDDEN_TEXT");
    expect(warning?.message).toMatch(/too small to see/);
    expect(warning?.message).toMatch(/drawn invisibly/);
  });

  it("reads invisible text laid over a scanned image as the page's text (an OCR layer)", async () => {
    const bytes = await makePdf((doc) => {
      doc.image(greyPng(), 0, 0, { width: 612, height: 792 });
      putWithRenderMode(doc, 3, "Ravi Patel — Machine Learning Engineer", 72, 72, 12);
      putWithRenderMode(doc, 3, "M.Sc. Computer Science, 2017", 72, 100, 12);
    });
    const doc = await readOk(bytes);
    expect(texts(doc)).toEqual(["Ravi Patel — Machine Learning Engineer", "M.Sc. Computer Science, 2017"]);
    expect(doc.hidden).toEqual([]);
  });
});

describe("PDF: failures", () => {
  it("refuses a PDF that needs a password to open", async () => {
    const bytes = await makePdf((doc) => put(doc, "Secret Person", 72, 72), { userPassword: "hunter2", pdfVersion: "1.7" });
    const result = await read(bytes);
    expect(result).toEqual({ ok: false, error: { code: "ENCRYPTED", message: expect.stringMatching(/password-protected/) } });
  });

  it("reads a PDF that only has an owner password (printing or copying restricted)", async () => {
    const bytes = await makePdf((doc) => put(doc, "Noa Levi, Applied Scientist", 72, 72), {
      ownerPassword: "owner-only",
      permissions: { printing: "lowResolution", copying: false, modifying: false },
      pdfVersion: "1.7",
    });
    const doc = await readOk(bytes);
    expect(texts(doc)).toEqual(["Noa Levi, Applied Scientist"]);
  });

  it("reports a truncated PDF as damaged, and reads one that lost only its tail with a warning", async () => {
    const bytes = await makePdf((doc) => {
      for (let i = 0; i < 30; i++) put(doc, `Line ${i} of a résumé that will be cut short`, 72, 60 + i * 20);
    });
    for (const share of [0.1, 0.3, 0.6, 0.9]) {
      const result = await read(bytes.subarray(0, Math.floor(bytes.length * share)));
      expect(result).toEqual({ ok: false, error: { code: "CORRUPT", message: expect.stringMatching(/damaged or incomplete/) } });
    }
    const tailless = await readOk(bytes.subarray(0, bytes.length - 40));
    expect(allLines(tailless)).toHaveLength(30);
    expect(tailless.warnings.map((warning) => warning.code)).toEqual(["PDF_REPAIRED"]);
    const garbled = await read(new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage"));
    expect(garbled).toMatchObject({ ok: false, error: { code: "CORRUPT" } });
  });

  it("reports a PDF with nothing but drawings as having no text", async () => {
    const bytes = await makePdf((doc) => {
      doc.rect(72, 72, 200, 100).fill("#336699");
      doc.image(greyPng(), 300, 300, { width: 100 });
    });
    const result = await read(bytes);
    expect(result).toEqual({ ok: false, error: { code: "NO_TEXT", message: expect.stringMatching(/no text layer/) } });
  });
});
