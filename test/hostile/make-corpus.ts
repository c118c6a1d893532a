// Writes a folder of broken and hostile inputs at test time, each with what shortlist must make of it.
// Everything is generated (nothing large is committed); every person named is fictional.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8 } from "fflate";
import { greyPng, makePdf, put } from "../ingest/make-pdf.js";
import { MB, buildZip, deflatedZeros } from "../ingest/make-zip.js";
import { handWrittenPdf, nestedArrays, nestedDictionaries, zlibWrap } from "./hand-pdf.js";
import { seededBytes } from "./prng.js";
import { denseBody, paragraph, rawDocx } from "./raw-docx.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures", "resumes");

/** What the report must say about one file: an error with this code, or a read with these facts. */
export type Expectation =
  | { status: "error"; code: string; message: RegExp }
  | { status: "scored"; name?: string; skills?: string[]; notSkills?: string[]; warnings?: string[]; when?: string };

export interface CorpusEntry {
  /** The path relative to the corpus folder, as the report shows it after the folder prefix. */
  file: string;
  why: string;
  expect: Expectation;
}

export interface Corpus {
  dir: string;
  entries: CorpusEntry[];
  /** chmod 000 stops every user but root; the expectation for no-permission.txt depends on it. */
  runningAsRoot: boolean;
}

const error = (code: string, message: RegExp): Expectation => ({ status: "error", code, message });

/** A fictional résumé as plain text; Latin-1 only, so it survives the Latin-1 encoding. */
export const PLAIN_RESUME = [
  "Søren Müller-Ibáñez",
  "Machine Learning Engineer · Zürich",
  "soren.muller@example.com · +41 44 555 01 23",
  "",
  "EXPERIENCE",
  "Machine Learning Engineer, Glacier Analytics AG   Jan 2019 – Present",
  "- Built demand forecasting models in Python with PyTorch and scikit-learn.",
  "",
  "EDUCATION",
  "M.Sc. in Computer Science, ETH Zürich, 2018",
  "",
  "SKILLS",
  "Python, SQL, PyTorch, scikit-learn, Spark",
].join("\n");

/** Writes the corpus into `dir`; `outside` is a folder beside it that links may point into. */
export async function makeCorpus(dir: string, outside: string): Promise<Corpus> {
  mkdirSync(dir, { recursive: true });
  const entries: CorpusEntry[] = [];
  const add = (file: string, bytes: Uint8Array | string, why: string, expect: Expectation) => {
    writeFileSync(join(dir, file), bytes);
    entries.push({ file, why, expect });
  };
  const strongFit = readFileSync(join(FIXTURES, "strong-fit.pdf"));
  const docx = readFileSync(join(FIXTURES, "backend-engineer.docx"));

  // PDFs cut short. pdfkit writes the page tree last, so half a file has page contents nobody points to.
  add("truncated-half.pdf", strongFit.subarray(0, strongFit.length >> 1), "a PDF cut in half", error("CORRUPT", /damaged or incomplete/i));
  add("truncated-1kb.pdf", strongFit.subarray(0, 1024), "the first 1 KB of a PDF", error("CORRUPT", /damaged|cannot be read/i));

  const oneLine = (doc: Parameters<Parameters<typeof makePdf>[0]>[0]) => {
    put(doc, "Ingrid Solberg", 72, 72, 18);
    put(doc, "Machine Learning Engineer, Fjordline AS  Mar 2020 – Present", 72, 110);
    put(doc, "Skills: Python, TensorFlow, AWS", 72, 130);
  };
  add("encrypted-user-password.pdf", await makePdf(oneLine, { userPassword: "candidate", ownerPassword: "owner" }), "needs a password to open", error("ENCRYPTED", /password/i));
  add("encrypted-owner-only.pdf", await makePdf(oneLine, { ownerPassword: "owner", permissions: { printing: "lowResolution" } }), "restricted but openable", {
    status: "scored",
    name: "Ingrid Solberg",
    skills: ["python", "tensorflow", "aws"],
  });

  add("zero-bytes.pdf", new Uint8Array(0), "an empty file", error("EMPTY", /empty/i));
  add("photo.pdf", greyPng(64, 64), "a PNG named .pdf", error("UNSUPPORTED", /image/i));
  add("random.pdf", seededBytes(1, 64 * 1024), "random bytes named .pdf", error("UNSUPPORTED", /not a document/i));
  add("random.docx", seededBytes(2, 64 * 1024), "random bytes named .docx", error("UNSUPPORTED", /not a document/i));
  add("truncated.docx", docx.subarray(0, docx.length >> 1), "a DOCX cut in half", error("CORRUPT", /damaged/i));

  // Zip bombs: ~1 MB that inflates to 1 GB of zeros; and one whose headers claim tiny sizes.
  const contentTypes = { name: "[Content_Types].xml", data: strToU8("<Types/>"), method: 0, declaredSize: 8 };
  add("zip-bomb.docx", buildZip([contentTypes, { name: "word/document.xml", data: deflatedZeros(1024), method: 8, declaredSize: 1024 * MB - 1 }]), "1 MB → 1 GB", error("TOO_LARGE", /expands/i));
  add("zip-bomb-lying.docx", buildZip([contentTypes, { name: "word/document.xml", data: deflatedZeros(1024), method: 8, declaredSize: 2048 }]), "sizes that lie", error("TOO_LARGE", /expands/i));

  // Cut in its last bytes (no startxref, no %%EOF): the objects and the trailer survive, the text is read.
  const whole = handWrittenPdf();
  add("truncated-tail.pdf", whole.subarray(0, Buffer.from(whole).indexOf("startxref")), "a PDF that lost its last line", {
    status: "scored",
    name: "Henrik Aalto",
    warnings: ["PDF_REPAIRED"],
  });

  add("nested-arrays.pdf", handWrittenPdf({ pageExtra: `/Nested ${nestedArrays(100_000)}` }), "100k nested arrays", error("CORRUPT", /damaged|could not be read/i));
  add("nested-dictionaries.pdf", handWrittenPdf({ pageExtra: `/Nested ${nestedDictionaries(100_000)}` }), "100k nested dictionaries", error("CORRUPT", /damaged|could not be read/i));

  add("pdf-flate-bomb.pdf", handWrittenPdf({ flateContent: zlibWrap(deflatedZeros(1024)) }), "page content: 1 MB → 1 GB", error("TOO_LARGE", /built to expand/));

  // White text makes the reader look at the pictures under it; this picture inflates to 1 GB.
  add("pdf-image-bomb.pdf", handWrittenPdf({
    operators: "BT /F1 14 Tf 72 720 Td (Henrik Aalto) Tj ET 1 1 1 rg BT /F1 8 Tf 72 700 Td (TensorFlow PyTorch Kubernetes) Tj ET q 600 0 0 600 0 0 cm /Im1 Do Q",
    image: { width: 32768, height: 32768, flate: zlibWrap(deflatedZeros(1024)) },
  }), "a picture: 1 MB → 1 GB", error("TOO_LARGE", /a picture inflates past 40 MB/));

  // A page with no text is drawn for OCR, which decodes its picture: the same bomb, reached another way.
  add("scan-bomb.pdf", handWrittenPdf({
    operators: "q 600 0 0 780 0 0 cm /Im1 Do Q",
    image: { width: 32768, height: 32768, flate: zlibWrap(deflatedZeros(1024)) },
  }), "a scanned page whose picture is 1 MB → 1 GB", error("TOO_LARGE", /a picture inflates past 40 MB/));

  add("nested-elements.docx", rawDocx(paragraph("Henrik Aalto") + "<w:sdt><w:sdtContent>".repeat(20_000) + "</w:sdtContent></w:sdt>".repeat(20_000)), "20k nested elements", error("CORRUPT", /nested too deeply/));
  // An XML part just under the --max-part-bytes default is read within the memory budget; one over is refused.
  add("xml-part-under-limit.docx", rawDocx(denseBody(0.95 * MB, "Henrik Aalto")), "0.95 MB of paragraphs", { status: "scored", name: "Henrik Aalto" });
  add("xml-part-over-limit.docx", rawDocx(denseBody(1.5 * MB, "Henrik Aalto")), "1.5 MB of paragraphs", error("TOO_LARGE", /word\/document\.xml expands past 1 MB/));
  add("hidden-keywords.docx", rawDocx(
    paragraph("Tyler Brennan") +
    paragraph("Shift Lead Barista, Copper Kettle Coffee, May 2022 – Present") +
    paragraph("TensorFlow PyTorch Kubernetes", '<w:color w:val="FFFFFF"/>') +
    paragraph("Spark Hadoop", "<w:vanish/>") +
    paragraph("scikit-learn Keras", '<w:sz w:val="2"/>'),
  ), "white, hidden and 1 pt keywords", { status: "scored", name: "Tyler Brennan", warnings: ["HIDDEN_TEXT"], notSkills: ["tensorflow", "pytorch", "kubernetes", "spark", "hadoop", "scikit-learn", "keras"] });

  add("500-pages.pdf", await makePdf((doc) => {
    oneLine(doc);
    for (let page = 2; page <= 500; page++) {
      doc.addPage();
      put(doc, `Project notes, page ${page}`, 72, 72);
    }
  }), "500 pages", { status: "scored", name: "Ingrid Solberg", warnings: ["TOO_MANY_PAGES"] });

  // Over the 20 MB default: a sparse file, so the test writes a PDF header and no 20 MB of data.
  writeFileSync(join(dir, "over-size-limit.pdf"), "%PDF-1.7\n");
  truncateSync(join(dir, "over-size-limit.pdf"), 21 * MB);
  entries.push({ file: "over-size-limit.pdf", why: "21 MB", expect: error("TOO_LARGE", /over the .* limit/i) });

  add("utf16.txt", utf16le(PLAIN_RESUME), "UTF-16 with a byte-order mark", { status: "scored", name: "Søren Müller-Ibáñez", skills: ["python", "pytorch", "scikit-learn"] });
  add("latin1.txt", Buffer.from(PLAIN_RESUME.replace(/[–·]/g, "-"), "latin1"), "Latin-1 text", { status: "scored", name: "Søren Müller-Ibáñez", skills: ["python", "pytorch"] });

  add("a name with spaces.txt", PLAIN_RESUME, "spaces in the name", { status: "scored", name: "Søren Müller-Ibáñez" });
  add("résumé – Zoë 履歴書.txt", PLAIN_RESUME, "Unicode in the name", { status: "scored", name: "Søren Müller-Ibáñez" });
  add("line\nbreak.txt", PLAIN_RESUME, "a newline in the name", { status: "scored", name: "Søren Müller-Ibáñez" });

  // A pipe named like a résumé: opening it would wait for a writer forever.
  if (spawnSync("mkfifo", [join(dir, "pipe.pdf")]).status === 0) {
    entries.push({ file: "pipe.pdf", why: "a named pipe", expect: error("UNSUPPORTED", /not a regular file/) });
  }
  mkdirSync(join(outside, "private"), { recursive: true });
  writeFileSync(join(outside, "private", "other-candidate.txt"), PLAIN_RESUME);
  symlinkSync(join(outside, "private", "other-candidate.txt"), join(dir, "link-outside.txt"));
  entries.push({ file: "link-outside.txt", why: "a link out of the folder", expect: error("SYMLINK_OUTSIDE", /--follow-symlinks/) });

  symlinkSync("loop-b", join(dir, "loop-a.pdf"));
  symlinkSync("loop-a.pdf", join(dir, "loop-b"));
  entries.push({ file: "loop-a.pdf", why: "a link to a link to itself", expect: error("SYMLINK_LOOP", /points nowhere or to itself/) });
  entries.push({ file: "loop-b", why: "a link to a link to itself", expect: error("SYMLINK_LOOP", /points nowhere or to itself/) });
  mkdirSync(join(dir, "sub"));
  symlinkSync("..", join(dir, "sub", "up"));
  entries.push({ file: "sub/up", why: "a link back to a folder being read", expect: error("SYMLINK_LOOP", /back into a folder/) });

  // chmod 000 stops every user but root: as root the file is read, and the test says so.
  const runningAsRoot = process.getuid?.() === 0;
  add("no-permission.txt", PLAIN_RESUME, "chmod 000", runningAsRoot ? { status: "scored", name: "Søren Müller-Ibáñez", when: "root ignores file modes" } : error("UNREADABLE", /cannot be read/));
  chmodSync(join(dir, "no-permission.txt"), 0o000);
  return { dir, entries, runningAsRoot };
}

function utf16le(text: string): Uint8Array {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}
