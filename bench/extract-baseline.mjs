// The raw extraction baseline: pdf.js text extraction and mammoth's raw text, nothing else, in the same number
// of worker threads shortlist uses. shortlist's reading, checks and reporting are measured against this.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

if (isMainThread) {
  const [dir, jobsText] = process.argv.slice(2);
  const files = readdirSync(dir).sort().map((f) => join(dir, f));
  const jobs = Number(jobsText ?? 2);
  let chars = 0;
  await Promise.all(Array.from({ length: jobs }, (_, k) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: files.filter((_, i) => i % jobs === k) });
    worker.on("message", (n) => { chars += n; });
    worker.on("exit", resolve);
    worker.on("error", reject);
  })));
  process.stdout.write(`${files.length} files, ${chars} characters\n`);
} else {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const mammoth = (await import("mammoth")).default;
  let chars = 0;
  for (const file of workerData) {
    const bytes = readFileSync(file);
    if (file.endsWith(".pdf")) {
      const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        const content = await page.getTextContent();
        for (const item of content.items) chars += item.str?.length ?? 0;
      }
      await doc.destroy();
    } else {
      const { value } = await mammoth.extractRawText({ buffer: bytes });
      chars += value.length;
    }
  }
  parentPort.postMessage(chars);
}
