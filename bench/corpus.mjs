// Makes the benchmark corpus once: synthetic résumés (PDF one- and two-column, DOCX), from a seeded generator,
// so every run measures the same files. Kept under bench/corpus/ (ignored by git).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType } from "docx";

const FIRST = ["Avery", "Jordan", "Riley", "Morgan", "Casey", "Quinn", "Rowan", "Harper", "Emerson", "Sasha", "Noor", "Kenji", "Ines", "Tomasz", "Leila"];
const LAST = ["Okafor", "Lindqvist", "Moreau", "Haddad", "Nakamura", "Brennan", "Castillo", "Novak", "Adeyemi", "Kowalczyk", "Iyer", "Fischer"];
const TITLES = ["Machine Learning Engineer", "Senior Data Scientist", "Software Engineer", "Backend Engineer", "Research Scientist", "Data Analyst", "ML Platform Engineer"];
const ORGS = ["Northwind Analytics", "Bluefin Robotics", "Quarry Labs", "Helix Health", "Orchard Systems", "Tidewater Bank", "Lumen Retail"];
const SKILLS = ["Python", "PyTorch", "TensorFlow", "scikit-learn", "Spark", "AWS", "GCP", "SQL", "Docker", "Kubernetes", "Java", "Go", "Airflow", "Kafka", "Pandas", "NumPy"];
const DEGREES = ["Ph.D. in Computer Science", "M.S. in Statistics", "M.Eng. in Electrical Engineering", "B.S. in Computer Science", "B.A. in Economics", "MSc in Data Science"];
const SCHOOLS = ["University of Toronto", "Georgia Institute of Technology", "University of Edinburgh", "Purdue University", "TU Delft"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function person(i) {
  const r = rng(i * 7919 + 17);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  let year = 2026;
  const roles = Array.from({ length: 2 + Math.floor(r() * 3) }, (_, k) => {
    const end = k === 0 ? "Present" : `${pick(MONTHS)} ${year}`;
    year -= 1 + Math.floor(r() * 4);
    const start = `${pick(MONTHS)} ${year}`;
    const bullets = Array.from({ length: 3 }, () => `Built ${pick(["feature pipelines", "ranking models", "a CNN image classifier", "ETL jobs", "APIs"])} with ${pick(SKILLS)} and ${pick(SKILLS)} over ${pick(["large datasets", "terabytes of logs", "streaming data"])}.`);
    return { title: pick(TITLES), org: pick(ORGS), dates: `${start} – ${end}`, bullets };
  });
  const skills = [...new Set(Array.from({ length: 8 }, () => pick(SKILLS)))];
  const education = [{ degree: pick(DEGREES), school: pick(SCHOOLS), year: 2005 + Math.floor(r() * 15) }];
  return { name, email: `${name.toLowerCase().replace(/ /g, ".")}@example.com`, phone: `+1 555 01${String(i % 100).padStart(2, "0")}`, roles, skills, education };
}

function pdfBytes(p, twoColumn) {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: "LETTER", margin: 50, info: { CreationDate: new Date(Date.UTC(2026, 0, 1)) } });
    const chunks = [];
    doc.on("data", (c) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    if (twoColumn) {
      doc.font("Helvetica-Bold").fontSize(20).text(p.name, 50, 50);
      doc.font("Helvetica").fontSize(9).text(p.email, 50, 80, { width: 150 }).text(p.phone, { width: 150 });
      doc.font("Helvetica-Bold").fontSize(11).text("SKILLS", 50, 130);
      doc.font("Helvetica").fontSize(9);
      for (const s of p.skills) doc.text(s, { width: 150 });
      doc.font("Helvetica-Bold").fontSize(11).moveDown().text("EDUCATION", { width: 150 });
      for (const e of p.education) doc.font("Helvetica").fontSize(9).text(`${e.degree}, ${e.school}, ${e.year}`, { width: 150 });
      doc.font("Helvetica-Bold").fontSize(11).text("EXPERIENCE", 230, 130);
      for (const role of p.roles) {
        doc.font("Helvetica-Bold").fontSize(10).text(`${role.title}, ${role.org}`, 230, undefined, { width: 330 });
        doc.font("Helvetica").fontSize(9).text(role.dates, { width: 330 });
        for (const b of role.bullets) doc.text(`• ${b}`, { width: 330 });
        doc.moveDown(0.5);
      }
    } else {
      doc.font("Helvetica-Bold").fontSize(20).text(p.name);
      doc.font("Helvetica").fontSize(9).text(`${p.email} | ${p.phone}`).moveDown();
      doc.font("Helvetica-Bold").fontSize(11).text("EXPERIENCE");
      for (const role of p.roles) {
        const y = doc.y;
        doc.font("Helvetica-Bold").fontSize(10).text(`${role.title}, ${role.org}`, 50, y);
        doc.font("Helvetica").fontSize(9).text(role.dates, 50, y, { align: "right" });
        for (const b of role.bullets) doc.text(`• ${b}`);
        doc.moveDown(0.5);
      }
      doc.font("Helvetica-Bold").fontSize(11).text("EDUCATION");
      for (const e of p.education) doc.font("Helvetica").fontSize(9).text(`${e.degree}, ${e.school}, ${e.year}`);
      doc.font("Helvetica-Bold").fontSize(11).moveDown().text("SKILLS");
      doc.font("Helvetica").fontSize(9).text(p.skills.join(", "));
    }
    doc.end();
  });
}

async function docxBytes(p) {
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(p.name)] }),
    new Paragraph(`${p.email} | ${p.phone}`),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Experience")] }),
  ];
  for (const role of p.roles) {
    children.push(new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: `${role.title}, ${role.org}`, bold: true })] })] }), new TableCell({ children: [new Paragraph(role.dates)] })] })],
    }));
    for (const b of role.bullets) children.push(new Paragraph({ text: b, bullet: { level: 0 } }));
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Education")] }));
  for (const e of p.education) children.push(new Paragraph(`${e.degree}, ${e.school}, ${e.year}`));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Skills")] }), new Paragraph(p.skills.join(", ")));
  const doc = new Document({ creator: "bench", sections: [{ children }] });
  return Packer.toBuffer(doc);
}

/** Ensures `dir` holds `count` résumés: 40 % one-column PDF, 30 % two-column PDF, 30 % DOCX. */
export async function ensureCorpus(dir, count) {
  if (existsSync(dir) && readdirSync(dir).length === count) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const p = person(i);
    const kind = i % 10 < 4 ? "pdf1" : i % 10 < 7 ? "pdf2" : "docx";
    const name = `${String(i).padStart(5, "0")}-${kind}.${kind === "docx" ? "docx" : "pdf"}`;
    const bytes = kind === "docx" ? await docxBytes(p) : await pdfBytes(p, kind === "pdf2");
    writeFileSync(join(dir, name), bytes);
  }
}
