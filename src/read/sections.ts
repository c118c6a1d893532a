// Splits the lines into sections at their headings. A heading is a short line naming a known section
// ("Professional Experience", "EDUCATION", "Skills & Tools:"), usually set apart by capitals, bold or a larger
// font; "Skills: Python, SQL" is a heading that carries its content after the colon.
import type { Section, SectionKind } from "./resume.js";
import { findDateRanges } from "./dates.js";
import { matchHeading } from "./headings.js";
import { flowsOf } from "./flows.js";
import { gutterLines } from "./gutter-headings.js";
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
/** "Education: …" ends a role's description; "Skills: …" or "Languages: …" inside one is part of it. */
const SWITCHES_INLINE = new Set<SectionKind>(["education", "publications", "references", "certifications"]);
/** Single-word headings that may share their line with the first entry. */
const LEADING_KINDS = new Set<SectionKind>(["education", "experience", "projects", "publications", "awards", "certifications", "volunteer"]);
/** Inside these sections a "Label: items" line is part of the content ("Tools: Docker, Git"), not a new section. */
const LABELLED_CONTENT = new Set<SectionKind>(["skills", "experience", "projects", "volunteer"]);

const BULLET = /^[•●▪■◦○◆►▸‣∙·*–—-]\s/u;

function isAllCaps(text: string): boolean {
  // One small letter settles it, and most lines have one in the first few characters.
  if (/[a-z]/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * `gutter`: whether the line begins in the document's gutter of headings, or undefined when it has none. Where it
 * has one, a heading shares its line with content only there ("Research Engineer" beside the gutter is a title).
 */
function candidateAt(line: TextLine, index: number, body: number | undefined, gutter?: boolean): Candidate | null {
  const inGutter = gutter === true;
  const text = line.text.trim();
  if (BULLET.test(text)) return null;
  const larger = body !== undefined && line.fontSize !== undefined && line.fontSize >= body + 0.75;
  const capitals = isAllCaps(text);
  const styled = larger || line.bold === true || capitals;
  const style = `${line.fontSize === undefined ? "-" : Math.round(line.fontSize)}|${line.bold === true}|${capitals}`;
  const make = (kind: SectionKind, heading: string, inline: boolean, isStyled = styled): Candidate => ({
    index, style, kind, heading, inline, styled: isStyled, ...(line.fontSize !== undefined ? { fontSize: line.fontSize } : {}),
  });
  const whole = text.replace(/[\s:：.\-–—_|]+$/u, "");
  if (!/\d/.test(whole) && !/[.!?;,·•]$/.test(whole) && !/[:：]\s*\S/u.test(whole) && whole.length <= 50) {
    const m = matchHeading(whole);
    const capitalised = /^[^\p{L}]*\p{Lu}/u.test(whole);
    if (m && m.extraWords <= 2 && (capitalised || styled)) {
      return make(m.kind, whole, false);
    }
  }
  const colon = /^([^:：]{2,40})[:：]\s*(\S.*)$/u.exec(text);
  if (colon) {
    const head = colon[1]!.trim();
    const m = !/\d/.test(head) ? matchHeading(head) : null;
    // "Experience: Acme — Engineer (2019–2021)" opens the experience; "Experience: 5 years in ML" is a sentence.
    const inlineKind = INLINE_KINDS.has(m?.kind ?? "other") || (m?.kind === "experience" && findDateRanges(colon[2]!).length > 0);
    if (m && m.extraWords === 0 && head.split(/\s+/).length <= 4 && inlineKind) {
      return make(m.kind, head, true);
    }
  }
  // Some layouts set the heading and the first entry on one large line: "Education Westbrook University".
  const lead = /^(\p{Lu}\p{L}+)\s+(\p{Lu}.*)$/u.exec(text);
  if (lead && gutter !== false && (larger || line.bold === true || inGutter)) {
    const m = matchHeading(lead[1]!);
    // "Work Senior Engineer" opens the experience (or volunteering) with its first title when the heading is set
    // apart (larger, or in a gutter of headings); elsewhere a title means a role ("Research Engineer",
    // "Education Specialist"), not a heading.
    const opensRoles = m?.kind === "experience" || m?.kind === "volunteer";
    if (m && m.extraWords === 0 && (LEADING_KINDS.has(m.kind) || inGutter) && (opensRoles ? larger || inGutter : !isRoleTitle(lead[2]!))) {
      return make(m.kind, lead[1]!, true, true);
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

export function splitSections(lines: readonly TextLine[]): SectionSplit {
  const body = bodyFontSize(lines);
  const gutter = gutterLines(lines, body);
  const raw = lines.map((l, i) => candidateAt(l, i, body, gutter?.[i])).filter((c): c is Candidate => c !== null);
  const dominant = dominantStyle(raw);
  const candidates = raw.filter((c) => consistentWithOthers(c, raw) && (dominant === null || c.inline || c.style === dominant));
  const byIndex = new Map(candidates.map((c) => [c.index, c]));
  const flows = flowsOf(lines);

  const kinds: SectionKind[] = [];
  const sections: Section[] = [];
  /** The section each flow is in; a Section record is one unbroken run of lines of it. */
  const inFlow = new Map<string, Section>();
  let runOf: Section | null = null;
  const startRun = (of: Section, index: number): void => {
    const previous = sections[sections.length - 1];
    if (previous) previous.end = index;
    sections.push({ ...of, start: index, end: lines.length });
    runOf = of;
  };
  lines.forEach((line, index) => {
    const flow = flows[index]!;
    const c = byIndex.get(index);
    const current = inFlow.get(flow);
    const labelInside = c?.inline && !c.styled && current !== undefined && LABELLED_CONTENT.has(current.kind) && !SWITCHES_INLINE.has(c.kind);
    if (c && !labelInside) {
      const section: Section = { kind: c.kind, heading: c.heading, evidence: evidenceOf(line), start: index, end: lines.length };
      inFlow.set(flow, section);
      startRun(section, index);
    } else if (!current) {
      const section: Section = { kind: "contact", heading: null, evidence: evidenceOf(line), start: index, end: lines.length };
      inFlow.set(flow, section);
      startRun(section, index);
    } else if (runOf !== current) {
      // Back in a flow after lines of another one: its section goes on in a new run of lines.
      startRun(current, index);
    }
    kinds.push(inFlow.get(flow)!.kind);
  });
  return { sections, kinds };
}
