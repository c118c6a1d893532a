// A Word binary story's characters → lines. Word marks structure with control characters: 0x0D ends a
// paragraph, 0x07 a table cell or row, 0x0B is a soft line break, 0x0C a page or section break; a field
// is 0x13 instructions 0x14 result 0x15, and only its result is shown.

const FIELD_BEGIN = 0x13;
const FIELD_SEPARATOR = 0x14;
const FIELD_END = 0x15;
const MAX_FIELD_DEPTH = 64;
const LINE_ENDS = new Set([0x0d, 0x07, 0x0b, 0x0c, 0x0e]);
const REPLACED: Record<number, string> = { 0x09: " ", 0x1e: "-", 0x1f: "", 0x01: "", 0x02: "", 0x03: "", 0x04: "", 0x05: "", 0x08: "" };

/** The story's lines; with `distinct`, each line once (headers repeat per section). */
export function wordTextLines(story: string, distinct: boolean): string[] {
  const lines: string[] = [];
  let line = "";
  // One entry per open field: whether its result (after the separator) is being read.
  const fields: boolean[] = [];
  let hiddenDepth = 0;
  for (let i = 0; i < story.length; i++) {
    const code = story.charCodeAt(i);
    if (code === FIELD_BEGIN) {
      if (fields.length < MAX_FIELD_DEPTH) fields.push(false);
      hiddenDepth = fields.filter((showing) => !showing).length;
      continue;
    }
    if (code === FIELD_SEPARATOR || code === FIELD_END) {
      if (fields.length > 0) {
        if (code === FIELD_SEPARATOR) fields[fields.length - 1] = true;
        else fields.pop();
      }
      hiddenDepth = fields.filter((showing) => !showing).length;
      continue;
    }
    if (hiddenDepth > 0) continue;
    if (LINE_ENDS.has(code)) {
      lines.push(line);
      line = "";
      continue;
    }
    line += REPLACED[code] ?? story[i];
  }
  lines.push(line);
  const trimmed = lines.map((text) => text.trim()).filter((text) => text !== "");
  return distinct ? [...new Set(trimmed)] : trimmed;
}
