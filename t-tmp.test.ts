import { it } from "vitest";
import { writeFileSync } from "node:fs";
import { handWrittenPdf } from "./test/hostile/hand-pdf.js";
it("w", () => { const w = handWrittenPdf(); const x = Buffer.from(w).indexOf("xref"); writeFileSync("/tmp/cut.pdf", w.subarray(0, x)); writeFileSync("/tmp/whole.pdf", w); });
