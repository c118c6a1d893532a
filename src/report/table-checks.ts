// The lines under one candidate in the terminal table: a line per check (the strongest evidence, cut to the
// width) or, with --explain, every check in full with all its evidence, wrapped; then the warnings.
import type { CheckResult, ReportWarning, ScoredCandidate } from "../model.js";
import { sanitizeText } from "./sanitize.js";
import { displayWidth, joinWrapped, padEnd, truncateEnd, wrap } from "./text-width.js";
import { FAIL_MARK, PASS_MARK, WARNING_MARK, type TerminalStyle } from "./terminal-style.js";
import { checkRole, evidenceLocation, formatCheckScore, strongestEvidence, warningLocation } from "./view.js";

export interface CheckLayout {
  indent: number;
  width: number;
  style: TerminalStyle;
}

const ROLE_SUFFIX = { required: "*", bonus: "+", standard: "" } as const;

export function compactCheckLines(candidate: ScoredCandidate, layout: CheckLayout): string[] {
  const idWidth = Math.max(...candidate.checks.map((check) => displayWidth(checkName(check))), 0);
  return candidate.checks.map((check) => {
    const head = `${padEnd(checkName(check), idWidth)}  ${formatCheckScore(check.score)}  `;
    const room = layout.width - layout.indent - 2 - displayWidth(head);
    const evidence = strongestEvidence(check);
    const detail =
      evidence === undefined
        ? layout.style.dim(truncateEnd(sanitizeText(check.message), room))
        : quoteWithLocation(sanitizeText(evidence.text), evidenceLocation(evidence), room, layout.style);
    return `${" ".repeat(layout.indent)}${mark(check, layout.style)} ${head}${detail}`;
  });
}

export function explainedCheckLines(candidate: ScoredCandidate, layout: CheckLayout): string[] {
  const { style } = layout;
  const inner = " ".repeat(layout.indent + 2);
  const room = layout.width - layout.indent - 2;
  return candidate.checks.flatMap((check) => {
    const role = checkRole(check);
    const title = [sanitizeText(check.id), `score ${formatCheckScore(check.score)}`, `weight ${check.weight}`,
      ...(role === "standard" ? [] : [role])];
    const lines = joinWrapped(title, room).map((line, index) =>
      index === 0 ? `${" ".repeat(layout.indent)}${mark(check, style)} ${style.strong(line)}` : inner + style.strong(line));
    lines.push(...wrap(sanitizeText(check.label), room).map((line) => inner + style.dim(line)));
    lines.push(...hangingLines("→", sanitizeText(check.message), room, style).map((line) => inner + line));
    if (check.evidence.length === 0) lines.push(inner + style.dim("no evidence lines"));
    for (const evidence of check.evidence) {
      lines.push(...hangingLines(evidenceLocation(evidence), `“${sanitizeText(evidence.text)}”`, room, style)
        .map((line) => inner + line));
    }
    return lines;
  });
}

export function warningLines(warnings: ReportWarning[], layout: CheckLayout, explain: boolean): string[] {
  const { style } = layout;
  const room = layout.width - layout.indent - 2;
  return warnings.flatMap((warning) => {
    const location = warningLocation(warning);
    const where = location === "" ? "" : ` (${location})`;
    const text = `${sanitizeText(warning.code)}: ${sanitizeText(warning.message)}${where}`;
    const shown = explain ? wrap(text, room) : [truncateEnd(text, room)];
    const quoted = explain && warning.text !== undefined ? wrap(`“${sanitizeText(warning.text)}”`, room - 2) : [];
    return [
      ...shown.map((line, index) => `${" ".repeat(layout.indent)}${index === 0 ? style.warn(WARNING_MARK) : " "} ${line}`),
      ...quoted.map((line) => `${" ".repeat(layout.indent + 4)}${style.dim(line)}`),
    ];
  });
}

function checkName(check: CheckResult): string {
  return sanitizeText(check.id) + ROLE_SUFFIX[checkRole(check)];
}

function mark(check: CheckResult, style: TerminalStyle): string {
  return check.passed ? style.good(PASS_MARK) : style.bad(FAIL_MARK);
}

function quoteWithLocation(text: string, location: string, room: number, style: TerminalStyle): string {
  const suffix = ` (${location})`;
  return truncateEnd(text, room - suffix.length) + style.dim(suffix);
}

/** "p1:l14 “…”": a short lead, then the text wrapped with its continuation lines aligned after the lead. */
function hangingLines(lead: string, text: string, room: number, style: TerminalStyle): string[] {
  const hang = displayWidth(lead) + 1;
  return wrap(text, room - hang).map((line, index) =>
    index === 0 ? `${style.dim(lead)} ${line}` : `${" ".repeat(hang)}${line}`,
  );
}
