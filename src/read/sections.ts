// Splits the lines into sections at their headings. A heading is a short line naming a known section
// ("Professional Experience", "EDUCATION", "Skills & Tools:"), usually set apart by capitals, bold or a larger
// font; "Skills: Python, SQL" is a heading that carries its content after the colon.
import type { Section, SectionKind } from "./resume.js";
import { matchHeading } from "./headings.js";
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
/** Inside these sections a "Label: items" line is part of the content ("Tools: Docker, Git"), not a new section. */
const LABELLED_CONTENT = new Set<SectionKind>(["skills", "experience", "projects", "volunteer"]);

const BULLET = /^[•●▪■◦○◆►▸‣∙·*–—-]\s/u;

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function candidateAt(line: TextLine, index: number, body: number | undefined): Candidate | null {
  const text = line.text.trim();
  if (text.length > 60 || BULLET.test(text)) return null;
  const larger = body !== undefined && line.fontSize !== undefined && line.fontSize >= body + 0.75;
  const styled = larger || line.bold === true || isAllCaps(text);
  const style = `${line.fontSize === undefined ? "-" : Math.round(line.fontSize)}|${line.bold === true}|${isAllCaps(text)}`;
  const whole = text.replace(/[\s:：.\-–—_|]+$/u, "");
  if (!/\d/.test(whole) && !/[.!?;,·•]$/.test(whole) && whole.length <= 50) {
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
    if (m && m.extraWords === 0 && head.split(/\s+/).length <= 4 && INLINE_KINDS.has(m.kind)) {
      return { index, style, kind: m.kind, heading: head, inline: true, styled, ...(line.fontSize !== undefined ? { fontSize: line.fontSize } : {}) };
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
  if (c.fontSize === undefined || sized.length < 2) return true;
  const sorted = [...sized].sort((a, b) => a - b);
  const typical = sorted[Math.floor(sorted.length / 2)]!;
  return c.fontSize >= typical - 0.75 || (c.styled && !c.inline);
}

export function splitSections(lines: readonly TextLine[]): SectionSplit {
  const body = bodyFontSize(lines);
  const raw = lines.map((l, i) => candidateAt(l, i, body)).filter((c): c is Candidate => c !== null);
  const dominant = dominantStyle(raw);
  const candidates = raw.filter((c) => consistentWithOthers(c, raw) && (dominant === null || c.inline || c.style === dominant));
  const byIndex = new Map(candidates.map((c) => [c.index, c]));

  const kinds: SectionKind[] = [];
  const sections: Section[] = [];
  let current: Section | null = null;
  const open = (kind: SectionKind, heading: string | null, index: number): void => {
    if (current) current.end = index;
    current = { kind, heading, evidence: evidenceOf(lines[index]!), start: index, end: lines.length };
    sections.push(current);
  };
  lines.forEach((line, index) => {
    const c = byIndex.get(index);
    const inside: SectionKind | undefined = (current as Section | null)?.kind;
    const accept = c && !(c.inline && !c.styled && inside !== undefined && LABELLED_CONTENT.has(inside));
    if (c && accept) open(c.kind, c.heading, index);
    else if (!current) open("contact", null, index);
    kinds.push(current!.kind);
  });
  return { sections, kinds };
}
