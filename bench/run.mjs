#!/usr/bin/env node
// npm run bench [-- --files N --runs R --jobs J]: throughput and start-up of shortlist against baselines measured
// in the same run (raw pdf.js + mammoth extraction, poppler's pdftotext, `node -e 0`, and for the warm run the
// least any warm run has to do, warm-floor.mjs), so the ratios hold on a noisy machine. Prints a Markdown table;
// absolute numbers are for orientation only.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCorpus } from "./corpus.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const FILES = arg("files", 1000);
const RUNS = arg("runs", 5);
const JOBS = arg("jobs", 2);
const corpus = join(root, "bench", "corpus", String(FILES));

/** Runs a command once; returns wall seconds and the peak resident memory of the process (MB). */
function measure(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"], ...options });
    let peak = 0;
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
        if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
      } catch { /* finished */ }
    }, 20);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${command} ${args.join(" ")} exited ${code}: ${stderr.slice(0, 500)}`));
      else resolve({ seconds, peakMb: peak });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function series(label, make, runs = RUNS) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await make(i));
  const seconds = median(results.map((r) => r.seconds));
  const peakMb = Math.max(...results.map((r) => r.peakMb));
  process.stderr.write(`  ${label}: ${seconds.toFixed(3)} s (median of ${runs}), peak ${peakMb.toFixed(0)} MB\n`);
  return { label, seconds, peakMb };
}

function hasCommand(name) {
  return new Promise((resolve) => {
    const child = spawn("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    child.on("exit", (code) => resolve(code === 0));
  });
}

process.stderr.write(`corpus: ${FILES} files in ${corpus}\n`);
await ensureCorpus(corpus, FILES);
const all = readdirSync(corpus).sort();
const pdfs = all.filter((f) => f.endsWith(".pdf")).map((f) => join(corpus, f));
const cli = join(root, "bin", "shortlist.js");
const variant = join(mkdtempSync(join(tmpdir(), "shortlist-bench-")), "variant.yaml");
writeFileSync(variant, readFileSync(join(root, "rubrics", "ml-engineer.yaml"), "utf8").replace(/weight: (\d+)/, (_, w) => `weight: ${Number(w) + 1}`));
const screen = (extra) => [cli, "screen", corpus, "--format", "json", "--quiet", "-j", String(JOBS), "--as-of", "2026-11-29", ...extra];

// Rounds, not series: each round measures every throughput command once, back to back, so a change in the
// machine's load between rounds moves a baseline and what is compared with it together. Ratios are the median
// of each round's ratio; speeds the median of the rounds.
const hasPdftotext = await hasCommand("pdftotext");
const list = join(tmpdir(), `shortlist-bench-pdfs-${process.pid}.txt`);
writeFileSync(list, pdfs.join("\0"));
const cacheDirs = [];
const rounds = [];
for (let round = 0; round < RUNS; round++) {
  const r = {};
  r.extract = await measure("node", [join(root, "bench", "extract-baseline.mjs"), corpus, String(JOBS)]);
  const dir = mkdtempSync(join(tmpdir(), "shortlist-bench-cache-"));
  cacheDirs.push(dir);
  r.cold = await measure("node", screen(["--cache-dir", dir]));
  r.warm = await measure("node", screen(["--cache-dir", dir, "--rubric", variant]));
  r.warmFloor = await measure("node", [join(root, "bench", "warm-floor.mjs"), dir]);
  if (hasPdftotext) {
    r.pdftotext = await measure("sh", ["-c", `xargs -0 -P ${JOBS} -n 8 sh -c 'for f; do pdftotext -q "$f" - >/dev/null; done' _ < ${list}`]);
    r.pdfOnly = await measure("node", [cli, "screen", ...pdfs, "--format", "json", "--quiet", "-j", String(JOBS), "--as-of", "2026-11-29", "--no-cache"]);
  }
  process.stderr.write(`  round ${round + 1}: ${Object.entries(r).map(([k, v]) => `${k} ${v.seconds.toFixed(2)} s`).join(", ")}\n`);
  rounds.push(r);
}
const summary = (key) => ({ seconds: median(rounds.map((r) => r[key].seconds)), peakMb: Math.max(...rounds.map((r) => r[key].peakMb)) });
/** The median over rounds of (baseline time / measured time): how many times the baseline's speed. */
const roundRatio = (baseline, measured) => median(rounds.map((r) => r[baseline].seconds / r[measured].seconds));
const extract = summary("extract");
const cold = summary("cold");
const warm = summary("warm");
const warmFloor = summary("warmFloor");
const pdftotext = hasPdftotext ? summary("pdftotext") : undefined;
const pdfOnly = hasPdftotext ? summary("pdfOnly") : undefined;
const nodeStart = await series("node -e 0", () => measure("node", ["-e", "0"]), 10);
const help = await series("shortlist --help", () => measure("node", [cli, "--help"]), 10);
const validate = await series("shortlist validate", () => measure("node", [cli, "validate", join(root, "rubrics", "ml-engineer.yaml")]), 10);
for (const dir of cacheDirs) rmSync(dir, { recursive: true, force: true });

const rows = [];
const rate = (r, n) => (n / r.seconds).toFixed(0);
const ratio = (a, b) => (a / b).toFixed(2);
rows.push(["raw extraction, pdf.js + mammoth", `${rate(extract, FILES)} files/s`, `${extract.peakMb.toFixed(0)} MB`, "1.00 (baseline)", ""]);
rows.push(["shortlist, cold", `${rate(cold, FILES)} files/s`, `${cold.peakMb.toFixed(0)} MB`, `${roundRatio("extract", "cold").toFixed(2)} × extraction rate`, "≥ 0.90"]);
rows.push(["shortlist, warm (rubric changed)", `${rate(warm, FILES)} files/s`, `${warm.peakMb.toFixed(0)} MB`, `${roundRatio("cold", "warm").toFixed(2)} × cold`, "≥ 20"]);
rows.push(["warm floor: cached résumés parsed and printed, no checks", `${rate(warmFloor, FILES)} files/s`, `${warmFloor.peakMb.toFixed(0)} MB`, `${roundRatio("cold", "warmFloor").toFixed(2)} × cold`, "(the ceiling for warm)"]);
if (pdftotext) {
  rows.push([`pdftotext, ${JOBS} processes (PDFs)`, `${rate(pdftotext, pdfs.length)} files/s`, "", "1.00 (baseline)", ""]);
  rows.push(["shortlist, cold (PDFs)", `${rate(pdfOnly, pdfs.length)} files/s`, `${pdfOnly.peakMb.toFixed(0)} MB`, `${roundRatio("pdftotext", "pdfOnly").toFixed(2)} × pdftotext rate`, "≥ 0.80"]);
}
rows.push(["node -e 0", `${(nodeStart.seconds * 1000).toFixed(0)} ms`, "", "1.00 (baseline)", ""]);
rows.push(["shortlist --help", `${(help.seconds * 1000).toFixed(0)} ms`, "", `${ratio(help.seconds, nodeStart.seconds)} × node -e 0`, "≤ 1.5"]);
rows.push(["shortlist validate", `${(validate.seconds * 1000).toFixed(0)} ms`, "", `${ratio(validate.seconds, nodeStart.seconds)} × node -e 0`, ""]);

const table = [
  `${FILES} files (${pdfs.length} PDF, ${FILES - pdfs.length} DOCX), ${JOBS} workers, ${RUNS} interleaved rounds (medians; ratios are the median of each round's ratio; start-up: 10 runs)`,
  "",
  "| what | speed | peak RSS | ratio | target |",
  "| --- | --- | --- | --- | --- |",
  ...rows.map((r) => `| ${r.join(" | ")} |`),
].join("\n");
process.stdout.write(table + "\n");
mkdirSync(join(root, "bench", "results"), { recursive: true });
writeFileSync(join(root, "bench", "results", "latest.md"), table + "\n");
