// shortlist parse <file>: what the reader saw — lines with page numbers, sections, degrees, periods, skills —
// so that any miss can be traced to the line, the section and the rule.
import { readFile } from "node:fs/promises";
import { toJsonResume } from "../export/json-resume.js";
import { DEFAULT_LIMITS, type IngestLimits } from "../ingest/document.js";
import { professionalYears, totalYears } from "../read/experience-years.js";
import type { Resume } from "../read/resume.js";
import { readOne } from "../run/read-one.js";
import { emit, loadVocabulary, parseAsOf, printError, sha256Hex } from "./environment.js";

export interface ParseOptions {
  format: "text" | "json" | "json-resume";
  asOf?: string;
  maxPages: number;
  ocr?: IngestLimits["ocr"];
}

export async function parseCommand(file: string, options: ParseOptions): Promise<number> {
  const asOf = parseAsOf(options.asOf);
  if (!asOf) {
    printError(`--as-of wants a date written YYYY-MM-DD, got "${options.asOf}"`);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    printError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 2;
  }
  const vocabulary = (await loadVocabulary()).parsed;
  const limits: IngestLimits = { ...DEFAULT_LIMITS, maxPages: options.maxPages, ocr: options.ocr ?? "auto" };
  const result = await readOne(new Uint8Array(bytes), limits, vocabulary);
  const sha256 = sha256Hex(bytes);
  if (!result.ok) {
    const text = options.format !== "text"
      ? JSON.stringify({ file, sha256, status: "error", error: result.error }, null, 2) + "\n"
      : `${file}: ${result.error.code}: ${result.error.message}\n`;
    await emit(text, undefined);
    return 0;
  }
  const resume = result.value;
  const years = { total: totalYears(resume.periods, asOf), professional: professionalYears(resume.periods, asOf) };
  const text = options.format === "json-resume"
    ? JSON.stringify(toJsonResume(resume, { asOf, vocabulary }), null, 2) + "\n"
    : options.format === "json"
      ? JSON.stringify({ file, sha256, status: "read", asOf, totalYears: years.total, professionalYears: years.professional, ...resume }, null, 2) + "\n"
      : renderText(file, resume, years, asOf);
  await emit(text, undefined);
  return 0;
}

function renderText(file: string, resume: Resume, years: { total: number; professional: number }, asOf: string): string {
  const out: string[] = [];
  const at = (e: { page: number; line: number }) => `p${e.page}:l${e.line}`;
  out.push(`${file} — ${resume.format}, ${resume.pages} page${resume.pages === 1 ? "" : "s"}, ${resume.lines.length} lines`, "");
  out.push("LINES (page:line [section] text)");
  for (const line of resume.lines) out.push(`  ${at(line).padEnd(9)} [${line.section.padEnd(14)}] ${line.text}`);
  out.push("", "SECTIONS");
  for (const s of resume.sections) out.push(`  ${at(s.evidence).padEnd(9)} ${s.kind.padEnd(14)} ${s.heading ?? "(before the first heading)"} — ${s.end - s.start} lines`);
  out.push("", "CONTACT");
  const c = resume.contact;
  out.push(`  name: ${c.name ?? "?"}`, `  email: ${c.email ?? "?"}`, `  phone: ${c.phone ?? "?"}`, `  links: ${c.links.join(", ") || "-"}`);
  out.push("", "DEGREES");
  if (resume.degrees.length === 0) out.push("  (none found)");
  for (const d of resume.degrees) {
    const parts = [d.level, d.completed ? "completed" : "in progress", d.field, d.institution, d.year].filter((x) => x !== undefined);
    out.push(`  ${at(d.evidence).padEnd(9)} ${parts.join(" · ")}`, `            “${d.evidence.text}”`);
  }
  out.push("", `EXPERIENCE — ${years.total} years as of ${asOf}, ${years.professional} of them in jobs and research (internships and student jobs count only in the first; volunteering in neither)`);
  if (resume.periods.length === 0) out.push("  (no dated roles found)");
  for (const p of resume.periods) {
    out.push(`  ${at(p.evidence).padEnd(9)} ${p.start} → ${p.end}  ${p.kind.padEnd(10)} ${[p.title, p.org].filter(Boolean).join(" @ ")}`);
    out.push(`            “${p.evidence.text}”${p.details.length ? ` + ${p.details.length} detail lines` : ""}`);
  }
  out.push("", "SKILLS");
  if (resume.skills.length === 0) out.push("  (none found)");
  for (const s of resume.skills) out.push(`  ${s.id.padEnd(18)} ×${s.mentions}  ${s.evidence.map(at).join(" ")}`);
  if (resume.warnings.length) {
    out.push("", "WARNINGS");
    for (const w of resume.warnings) out.push(`  ${w.code}: ${w.message}${w.page ? ` (p${w.page}${w.line ? `:l${w.line}` : ""})` : ""}`);
  }
  if (resume.hidden.length) {
    out.push("", "HIDDEN TEXT (not scored)");
    for (const h of resume.hidden) out.push(`  p${h.page} ${h.reason}: “${h.text.slice(0, 120)}”`);
  }
  return out.join("\n") + "\n";
}
