// Markdown résumés are read as text with the markup a reader would not see taken off:
// heading marks, emphasis, link syntax and list markers (kept as bullets).

const HEADING = /^\s{0,3}#{1,6}\s+/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-{2,})\s*$/;
const ORDERED_ITEM = /^\s*\d+[.)]\s+/;
const UNORDERED_ITEM = /^\s*[-*+]\s+/;
const LINK = /!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g;
const EMPHASIS = /(\*\*|\*|`)(\S(?:.*?\S)?)\1/g;
// Underscores only count at word edges: scikit_learn and snake_case are text.
const UNDERSCORE_EMPHASIS = /(?<!\w)(__?)(\S(?:.*?\S)?)\1(?!\w)/g;
const HORIZONTAL_RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const TRAILING_HARD_BREAK = /\\$/;

/** A text file is Markdown when it has an ATX heading or a setext underline, or several link/emphasis marks. */
export function looksLikeMarkdown(text: string): boolean {
  const lines = text.split(/\r\n?|\n/);
  if (lines.some((line) => HEADING.test(line))) return true;
  if (lines.some((line, i) => i > 0 && /^\s{0,3}=+\s*$/.test(line) && lines[i - 1]!.trim() !== "")) return true;
  const marks = (text.match(/\*\*\S|\]\(https?:/g) ?? []).length;
  return marks >= 3;
}

export function stripMarkdown(line: string): string {
  if (SETEXT_UNDERLINE.test(line) || HORIZONTAL_RULE.test(line)) return "";
  let text = line.replace(HEADING, "");
  if (UNORDERED_ITEM.test(text)) text = "• " + text.replace(UNORDERED_ITEM, "");
  else text = text.replace(ORDERED_ITEM, (marker) => marker.trim() + " ");
  text = text.replace(LINK, (_match, label: string, url: string) => (label && url && label !== url ? `${label} (${url})` : label || url));
  text = text.replace(EMPHASIS, "$2").replace(EMPHASIS, "$2").replace(UNDERSCORE_EMPHASIS, "$2");
  return text.replace(TRAILING_HARD_BREAK, "").replace(/\s+#+\s*$/, "");
}
