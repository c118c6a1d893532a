// The warnings a recruiter must not miss — hidden text (PDF and DOCX) and keyword stuffing — appear in every
// output format, on the candidate they belong to; a dark-themed PDF (light text on a dark page) gets none.
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ScreenReport } from "../../src/model.js";
import { ROOT, runCli } from "../cli/run-cli.js";
import { paragraph, rawDocx } from "./raw-docx.js";

const TERMS = "Python TensorFlow PyTorch Keras scikit-learn AWS GCP Azure Spark Hadoop Kubernetes Docker CNN RNN LSTM Transformer NLP";
let dir: string;
/** One cache for the six runs: the files are read once, each format is rendered from the cached reads. */
const cache = mkdtempSync(join(tmpdir(), "shortlist-warnings-cache-"));
const ARGS = () => [dir, "--cache-dir", cache, "--as-of", "2026-11-29", "--quiet", "-j", "2", "--ocr", "off"];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "shortlist-warnings-"));
  copyFileSync(join(ROOT, "fixtures/resumes/hidden-text.pdf"), join(dir, "hidden-text.pdf"));
  copyFileSync(join(ROOT, "fixtures/resumes/dark-theme.pdf"), join(dir, "dark-theme.pdf"));
  writeFileSync(join(dir, "hidden-text.docx"), rawDocx(paragraph("Tyler Brennan") + paragraph("Shift Lead Barista, May 2022 – Present") + paragraph("TensorFlow PyTorch", '<w:color w:val="FFFFFF"/>')));
  writeFileSync(join(dir, "stuffed.txt"), ["Marit Olsen", "Data Analyst", "SKILLS", "Python, SQL, Tableau", "", `${TERMS} ${TERMS} ${TERMS}`].join("\n"));
});

const expected: Record<string, string[]> = {
  "hidden-text.pdf": ["HIDDEN_TEXT"],
  "hidden-text.docx": ["HIDDEN_TEXT"],
  "stuffed.txt": ["KEYWORD_STUFFING"],
  "dark-theme.pdf": [],
};

describe("warnings in every output format", () => {
  it("json and ndjson carry them on the right candidate", () => {
    const report = JSON.parse(runCli([...ARGS(), "--format", "json"]).stdout) as ScreenReport;
    const ndjson = runCli([...ARGS(), "--format", "ndjson"]).stdout.trim().split("\n").map((line) => JSON.parse(line));
    for (const [file, codes] of Object.entries(expected)) {
      const candidate = report.candidates.find((c) => c.file === `${dir}/${file}`);
      const codesOf = (c: { warnings?: { code: string }[] } | undefined) => (c?.warnings ?? []).map((w) => w.code).filter((code) => /HIDDEN|STUFFING/.test(code));
      expect(codesOf(candidate as never), file).toEqual(codes);
      const line = ndjson.find((c: { file?: string }) => c.file === `${dir}/${file}`);
      expect(codesOf(line), `ndjson ${file}`).toEqual(codes);
    }
  });

  it("csv has them in the warnings column of the candidate's row", () => {
    const rows = runCli([...ARGS(), "--format", "csv"]).stdout.replace(/^\uFEFF/, "").trim().split("\r\n");
    const header = rows[0]!.split(",");
    const column = header.indexOf("warnings");
    expect(column).toBeGreaterThan(0);
    for (const [file, codes] of Object.entries(expected)) {
      const row = rows.find((r) => r.includes(`${dir}/${file}`));
      // Warning codes are one field with no commas or quotes, so a plain split finds the column.
      const cell = row!.split(",")[column]!;
      for (const code of codes) expect(cell, file).toContain(code);
      if (codes.length === 0) expect(cell, file).not.toMatch(/HIDDEN|STUFFING/);
    }
  });

  it.each(["table", "md", "html"])("%s shows each warning with its message", (format) => {
    const out = runCli([...ARGS(), "--format", format]).stdout.replace(/\\_/g, "_");
    expect(out.match(/HIDDEN_TEXT/g)?.length ?? 0, format).toBeGreaterThanOrEqual(2);
    expect(out, format).toContain("KEYWORD_STUFFING");
    expect(out, format).toMatch(/text a reader cannot see/);
    expect(out, format).toMatch(/skill keywords listed with no context/);
  });
});
