// Text in a DOCX that Word does not show: runs marked hidden (w:vanish), white text on a white page, and
// text under 2 pt. mammoth knows none of these and returns the text as if it were visible, so the
// WordprocessingML is scanned here, line by line, for what a reader would and would not see.
// Only direct run formatting is read (not styles): that is where hidden keywords are put.

import type { HiddenText } from "./document.js";
import { decodeEntities } from "./html-tree.js";

/** One line of a paragraph (a soft break starts the next) that holds hidden text. */
export interface HiddenLine {
  /** Everything in the XML, visible or not, as mammoth would show it. */
  full: string;
  /** What a reader sees. */
  visible: string;
  hidden: { text: string; reason: HiddenText["reason"] }[];
}

/** Below 2 pt (w:sz is in half-points) nobody reads it. */
const TINY_HALF_POINTS = 4;
const TOKEN = /<(\/?)([\w:]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<[^>]*>|[^<]+/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

interface Run {
  vanish: boolean;
  color?: string;
  size?: number;
  /** A run shading or highlight that is not white: white text on it is visible. */
  marked: boolean;
}

interface Segment {
  text: string;
  reason?: HiddenText["reason"];
}

/** A near-white colour value, or Word's "background" theme colour. */
const WHITE_COLOUR = /<w:color\b[^>]*(?:["'](?:[fF][0-9a-fA-F]){3}["']|background1)/;
const SIZE_VALUE = /<w:sz\b[^>]*?w:val\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Whether the XML has any run property that can hide text. Most documents have none, and this look costs a
 * fraction of the scan; it errs towards scanning (a white colour on a shaded run still scans, and is judged there).
 */
function mayHideText(xml: string): boolean {
  if (xml.includes("<w:vanish") || WHITE_COLOUR.test(xml)) return true;
  if (!xml.includes("<w:sz")) return false;
  for (const [, double, single] of xml.matchAll(SIZE_VALUE)) if (Number(double ?? single) < TINY_HALF_POINTS) return true;
  return false;
}

export function findHiddenLines(xml: string): HiddenLine[] {
  if (!mayHideText(xml)) return [];
  const out: HiddenLine[] = [];
  const darkPage = isDark(attributesOf(/<w:background\b([^>]*)>/.exec(xml)?.[1] ?? "")["w:color"]);
  const stack: string[] = [];
  /** One entry per open paragraph (text boxes nest paragraphs inside runs), holding the current line. */
  const paragraphs: { segments: Segment[]; dark: boolean }[] = [];
  const cells: boolean[] = [];
  const runs: Run[] = [];
  const endLine = () => {
    const paragraph = paragraphs[paragraphs.length - 1];
    if (!paragraph) return;
    const line = toHiddenLine(paragraph.segments);
    if (line) out.push(line);
    paragraph.segments = [];
  };
  const addText = (text: string) => {
    const paragraph = paragraphs[paragraphs.length - 1];
    if (!paragraph || text === "") return;
    const run = runs[runs.length - 1];
    const backgroundDark = darkPage || paragraph.dark || cells.some(Boolean);
    paragraph.segments.push({ text, reason: run ? hiddenReason(run, backgroundDark) : undefined });
  };
  for (const [token, closing, name, rawAttributes, selfClosing] of xml.matchAll(TOKEN)) {
    if (!name) {
      if (!token.startsWith("<") && stack[stack.length - 1] === "w:t") addText(decodeEntities(token));
      continue;
    }
    const parent = stack[stack.length - 1];
    const grandparent = stack[stack.length - 2];
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      if (name === "w:p") {
        endLine();
        paragraphs.pop();
      } else if (name === "w:r") runs.pop();
      else if (name === "w:tc") cells.pop();
      continue;
    }
    const attributes = rawAttributes ? attributesOf(rawAttributes) : {};
    if (name === "w:p" && !selfClosing) paragraphs.push({ segments: [], dark: false });
    else if (name === "w:r" && !selfClosing) runs.push({ vanish: false, marked: false });
    else if (name === "w:tc" && !selfClosing) cells.push(false);
    else if (name === "w:tab") addText(" ");
    else if ((name === "w:br" || name === "w:cr") && parent === "w:r") endLine();
    else if (parent === "w:rPr" && grandparent === "w:r") applyRunProperty(runs[runs.length - 1], name, attributes);
    else if (name === "w:shd" && parent === "w:pPr" && paragraphs.length > 0) paragraphs[paragraphs.length - 1]!.dark = isDark(attributes["w:fill"]);
    else if (name === "w:shd" && parent === "w:tcPr" && cells.length > 0) cells[cells.length - 1] = isDark(attributes["w:fill"]);
    if (!selfClosing) stack.push(name);
  }
  return out;
}

function applyRunProperty(run: Run | undefined, name: string, attributes: Record<string, string>): void {
  if (!run) return;
  const val = attributes["w:val"];
  if (name === "w:vanish") run.vanish = val === undefined || !/^(0|false|off)$/i.test(val);
  else if (name === "w:color") run.color = attributes["w:themeColor"] === "background1" ? "FFFFFF" : val;
  else if (name === "w:sz") run.size = Number(val);
  else if (name === "w:shd") run.marked ||= isDark(attributes["w:fill"]);
  else if (name === "w:highlight") run.marked ||= val !== undefined && !/^(none|white)$/i.test(val);
}

function hiddenReason(run: Run, backgroundDark: boolean): HiddenText["reason"] | undefined {
  // pdf.ts's reasons are reused: "render-mode" is the PDF word for text drawn but not shown.
  if (run.vanish) return "render-mode";
  if (run.size !== undefined && Number.isFinite(run.size) && run.size < TINY_HALF_POINTS) return "tiny";
  if (run.color && isNearWhite(run.color) && !run.marked && !backgroundDark) return "background-colour";
  return undefined;
}

function toHiddenLine(segments: Segment[]): HiddenLine | undefined {
  const hidden = segments.filter((segment) => segment.reason && segment.text.trim() !== "");
  if (hidden.length === 0) return undefined;
  return {
    full: fold(segments.map((segment) => segment.text).join("")),
    visible: fold(segments.filter((segment) => !segment.reason).map((segment) => segment.text).join("")),
    hidden: hidden.map((segment) => ({ text: fold(segment.text), reason: segment.reason! })),
  };
}

/** Fill and colour values are hex RGB, "auto" (no fill: the page shows through) or absent. */
function isDark(fill: string | undefined): boolean {
  return fill !== undefined && /^[0-9a-f]{6}$/i.test(fill) && !isNearWhite(fill);
}

function isNearWhite(color: string): boolean {
  if (!/^[0-9a-f]{6}$/i.test(color)) return false;
  return [0, 2, 4].every((at) => parseInt(color.slice(at, at + 2), 16) >= 0xf0);
}

function attributesOf(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single] of raw.matchAll(ATTRIBUTE)) attributes[name!] = double ?? single ?? "";
  return attributes;
}

export function fold(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
