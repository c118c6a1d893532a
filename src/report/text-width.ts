// Terminal layout by display columns, not UTF-16 units: accents combine, CJK and emoji take two columns.
// An approximation of East Asian Width that is right for names, places and the symbols this tool prints.

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufe00-\ufe0f]$/u;
const DOUBLE_WIDTH =
  /^[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f680}-\u{1f6ff}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]$/u;

const ELLIPSIS = "…";

function characterWidth(character: string): number {
  if (ZERO_WIDTH.test(character)) return 0;
  return DOUBLE_WIDTH.test(character) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += characterWidth(character);
  return width;
}

/** At most `width` columns; cut text ends with "…". */
export function truncateEnd(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let kept = "";
  let used = 0;
  for (const character of text) {
    const next = characterWidth(character);
    if (used + next > width - 1) break;
    kept += character;
    used += next;
  }
  return kept.trimEnd() + ELLIPSIS;
}

/** At most `width` columns, keeping the end: for paths, whose file name matters most. */
export function truncateStart(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  const characters = [...text];
  let kept = "";
  let used = 0;
  for (let index = characters.length - 1; index >= 0; index--) {
    const character = characters[index] ?? "";
    const next = characterWidth(character);
    if (used + next > width - 1) break;
    kept = character + kept;
    used += next;
  }
  return ELLIPSIS + kept;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Word-wrapped lines of at most `width` columns; a word longer than a line is cut across lines. */
export function wrap(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ").filter((part) => part.length > 0)) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (displayWidth(candidate) <= limit) {
      current = candidate;
      continue;
    }
    if (current !== "") lines.push(current);
    current = word;
    while (displayWidth(current) > limit) {
      const [head, rest] = splitAtWidth(current, limit);
      lines.push(head);
      current = rest;
    }
  }
  if (current !== "" || lines.length === 0) lines.push(current);
  return lines;
}

function splitAtWidth(text: string, width: number): [string, string] {
  let used = 0;
  let index = 0;
  const characters = [...text];
  while (index < characters.length && used + characterWidth(characters[index] ?? "") <= width) {
    used += characterWidth(characters[index] ?? "");
    index++;
  }
  const cut = Math.max(1, index);
  return [characters.slice(0, cut).join(""), characters.slice(cut).join("")];
}

/** Parts joined by " · ", broken into lines between parts; a part wider than a line is cut. */
export function joinWrapped(parts: string[], width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const part of parts) {
    const candidate = current === "" ? part : `${current} · ${part}`;
    if (current !== "" && displayWidth(candidate) > width) {
      lines.push(current);
      current = part;
    } else {
      current = candidate;
    }
  }
  if (current !== "") lines.push(current);
  return lines.map((line) => truncateEnd(line, width));
}
