// Splits the lines into sections at their headings. A heading is a short line naming a known section
// ("Professional Experience", "EDUCATION", "Skills & Tools:"), usually set apart by capitals, bold or a larger
// font; "Skills: Python, SQL" is a heading that carries its content after the colon.
import type { Section, SectionKind } from "./resume.js";
import { findDateRanges } from "./dates.js";
import { matchHeading } from "./headings.js";
import { isRoleTitle } from "./role-header.js";
import { bodyFontSize, evidenceOf, type TextLine } from "./lines.js";

export interface SectionSplit {
  sections: Section[];
  /** The section kind of every line, by index. */
  kinds: SectionKind[];
}

interface Candidate {
  index: number;
  /** Font size, weight and capitals: headings of one document usually share them. */
  style: string;
  kind: SectionKind;
  heading: string;
  /** "Skills: Python, SQL": the heading carries content. */
  inline: boolean;
  styled: boolean;
  fontSize?: number;
}

/** Kinds whose content may follow the heading on the same line. */
const INLINE_KINDS = new Set<SectionKind>(["skills", "languages", "interests", "certifications", "education", "awards", "summary", "references", "projects", "publications"]);
/** Single-word headings that may share their line with the first entry. */
const LEADING_KINDS = new Set<SectionKind>(["education", "experience", "projects", "publications", "awards", "certifications", "volunteer"]);
/** Inside these sections a "Label: items" line is part of the content ("Tools: Docker, Git"), not a new section. */
const LABELLED_CONTENT = new Set<SectionKind>(["skills", "experience", "projects", "volunteer"]);

/** Lines each column of a page needs before it counts as a flow of its own (a sidebar). */
const MIN_FLOW_LINES = 8;

const BULLET = /^[•●▪■◦○◆►▸‣∙·*–—-]\s/u;

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function candidateAt(line: TextLine, index: number, body: number | undefined): Candidate | null {
  const text = line.text.trim();
  if (BULLET.test(text)) return null;
  const larger = body !== undefined && line.fontSize !== undefined && line.fontSize >= body + 0.75;
  const styled = larger || line.bold === true || isAllCaps(text);
  const style = `${line.fontSize === undefined ? "-" : Math.round(line.fontSize)}|${line.bold === true}|${isAllCaps(text)}`;
  const whole = text.replace(/[\s:：.\-–—_|]+$/u, "");
  if (!/\d/.test(whole) && !/[.!?;,·•]$/.test(whole) && !/[:：]\s*\S/u.test(whole) && whole.length <= 50) {
    const m = matchHeading(whole);
    const capitalised = /^[^\p{L}]*\p{Lu}/u.test(whole);
    if (m && m.extraWords <= 2 && (capitalised || styled)) {
      return { index, style, kind: m.kind, heading: whole, inline: false, styled, ...(line.fontSize !== undefined ? { fontSize: line.fontSize } : {}) };
    }
  }
  const colon = /^([^:：]{2,40})[:：]\s*(\S.*)$/u.exec(text);
  if (colon) {
    const head = colon[1]!.trim();
    const m = !/\d/.test(head) ? matchHeading(head) : null;
    // "Experience: Acme — Engineer (2019–2021)" opens the experience; "Experience: 5 years in ML" is a sentence.
    const inlineKind = INLINE_KINDS.has(m?.kind ?? "other") || (m?.kind === "experience" && findDateRanges(colon[2]!).length > 0);
    if (m && m.extraWords === 0 && head.split(/\s+/).length <= 4 && inlineKind) {
      return { index, style, kind: m.kind, heading: head, inline: true, styled, ...(line.fontSize !== undefined ? { fontSize: line.fontSize } : {}) };
    }
  }
  // Some layouts set the heading and the first entry on one large line: "Education Westbrook University".
  const lead = /^(\p{Lu}\p{L}+)\s+(\p{Lu}.*)$/u.exec(text);
  if (lead && (larger || line.bold === true)) {
    const m = matchHeading(lead[1]!);
    // "Work Senior Engineer" opens the experience with its first title; elsewhere a title means a role
    // ("Education Specialist"), not a heading.
    if (m && m.extraWords === 0 && LEADING_KINDS.has(m.kind) && (m.kind === "experience" ? larger : !isRoleTitle(lead[2]!))) {
      return { index, style, kind: m.kind, heading: lead[1]!, inline: true, styled: true, ...(line.fontSize !== undefined ? { fontSize: line.fontSize } : {}) };
    }
  }
  return null;
}

/**
 * When headings of three or more different sections share one style (size, weight, capitals), that is how this
 * document marks its sections: a differently styled "Languages" is a label inside a skills list, not a section.
 */
function dominantStyle(candidates: Candidate[]): string | null {
  const kinds = new Map<string, Set<SectionKind>>();
  for (const c of candidates) {
    if (c.inline || !c.styled) continue;
    const set = kinds.get(c.style) ?? new Set<SectionKind>();
    set.add(c.kind);
    kinds.set(c.style, set);
  }
  let best: string | null = null;
  let bestCount = 0;
  let tie = false;
  for (const [style, set] of kinds) {
    if (set.size > bestCount) [best, bestCount, tie] = [style, set.size, false];
    else if (set.size === bestCount) tie = true;
  }
  return bestCount >= 3 && !tie ? best : null;
}

/**
 * Keeps headings that look like the document's other headings: when the clear headings share a larger size,
 * a body-sized "Projects" line inside a role is a label, not a section.
 */
function consistentWithOthers(c: Candidate, all: Candidate[]): boolean {
  const sized = all.filter((o) => !o.inline && o.styled && o.fontSize !== undefined).map((o) => o.fontSize!);
  if (c.fontSize === undefined || sized.length < 3) return true;
  const sorted = [...sized].sort((a, b) => a - b);
  const typical = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return c.fontSize >= typical - 0.75 || (c.styled && !c.inline);
}

/**
 * The flow a line belongs to. Beside a sidebar, the column with the most text on its page is the main flow,
 * and so are full-width lines: a section that a sidebar interrupts, or that runs onto the next page, goes on.
 */
function flowsOf(lines: readonly TextLine[]): string[] {
  const textPerColumn = new Map<string, number>();
  for (const l of lines) {
    if (l.column === undefined) continue;
    const key = `${l.page}:${l.column}`;
    textPerColumn.set(key, (textPerColumn.get(key) ?? 0) + l.text.length);
  }
  // A few lines side by side (a date beside an address) are not a sidebar: only long columns are flows.
  const linesPerColumn = new Map<string, number>();
  for (const l of lines) if (l.column !== undefined) linesPerColumn.set(`${l.page}:${l.column}`, (linesPerColumn.get(`${l.page}:${l.column}`) ?? 0) + 1);
  const sidebarPages = new Set<number>();
  const columnsPerPage = new Map<number, number[]>();
  for (const [key, n] of linesPerColumn) {
    const page = Number(key.split(":")[0]);
    columnsPerPage.set(page, [...(columnsPerPage.get(page) ?? []), n]);
  }
  const linesPerPage = new Map<number, number>();
  for (const l of lines) linesPerPage.set(l.page, (linesPerPage.get(l.page) ?? 0) + 1);
  // Columns that fill most of the page are parallel flows; a grid of skills inside one flow is not.
  for (const [page, counts] of columnsPerPage) {
    const inColumns = counts.reduce((a, b) => a + b, 0);
    if (counts.filter((n) => n >= MIN_FLOW_LINES).length >= 2 && inColumns >= 0.7 * (linesPerPage.get(page) ?? Infinity)) sidebarPages.add(page);
  }
  const mainColumn = new Map<number, number>();
  for (const [key, chars] of textPerColumn) {
    const [page, column] = key.split(":").map(Number) as [number, number];
    const best = mainColumn.get(page);
    if (best === undefined || chars > (textPerColumn.get(`${page}:${best}`) ?? 0)) mainColumn.set(page, column);
  }
  return lines.map((l) =>
    l.column === undefined || !sidebarPages.has(l.page) || l.column === mainColumn.get(l.page) ? "main" : "side",
  );
}

export function splitSections(lines: readonly TextLine[]): SectionSplit {
  const body = bodyFontSize(lines);
  const raw = lines.map((l, i) => candidateAt(l, i, body)).filter((c): c is Candidate => c !== null);
  const dominant = dominantStyle(raw);
  const candidates = raw.filter((c) => consistentWithOthers(c, raw) && (dominant === null || c.inline || c.style === dominant));
  const byIndex = new Map(candidates.map((c) => [c.index, c]));
  const flows = flowsOf(lines);

  const kinds: SectionKind[] = [];
  const sections: Section[] = [];
  /** The section each flow is in, and the run of lines (a Section record) that is open right now. */
  const inFlow = new Map<string, Section>();
  let run: Section | null = null;
  const startRun = (from: Section, index: number): void => {
    if (run) run.end = index;
    run = { ...from, start: index, end: lines.length };
    sections.push(run);
  };
  lines.forEach((line, index) => {
    const flow = flows[index]!;
    const c = byIndex.get(index);
    const current = inFlow.get(flow);
    const accept = c && !(c.inline && !c.styled && current !== undefined && LABELLED_CONTENT.has(current.kind));
    if (c && accept) {
      const section: Section = { kind: c.kind, heading: c.heading, evidence: evidenceOf(line), start: index, end: lines.length };
      inFlow.set(flow, section);
      startRun(section, index);
    } else if (!current) {
      const section: Section = { kind: "contact", heading: null, evidence: evidenceOf(line), start: index, end: lines.length };
      inFlow.set(flow, section);
      startRun(section, index);
    } else if (run === null || (run as Section).evidence !== current.evidence || (run as Section).kind !== current.kind) {
      // Back in a flow after lines of another one: the section goes on in a new run of lines.
      startRun(current, index);
    }
    kinds.push(inFlow.get(flow)!.kind);
  });
  return { sections, kinds };
}
