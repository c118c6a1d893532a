// Rich Text (.rtf) → Document. Groups carry character state (bold, hidden, the font's code page);
// destinations that are not body text (font and colour tables, pictures, field codes, anything starred
// and unknown) are skipped; headers are read, footers (page numbers) are not. One page, like a DOCX.

import { fail, ok, type Document, type Result } from "./document.js";
import { htmlToLines } from "./docx-html.js";
import { hiddenTextWarning } from "./hidden-warning.js";
import { buildPage } from "./page-builder.js";
import { codepageOfCharset, decodeCodepage } from "./rtf-charset.js";
import { RtfHtml } from "./rtf-output.js";
import { rtfTokens } from "./rtf-tokens.js";

interface State {
  skip: boolean;
  bold: boolean;
  hidden: boolean;
  /** How many fallback characters follow each \uN. */
  uc: number;
  font: number;
  inFontTable: boolean;
}

const SKIPPED = new Set([
  "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "listtable", "listoverridetable", "revtbl",
  "rsidtbl", "generator", "xmlnstbl", "themedata", "colorschememapping", "datastore", "latentstyles", "fldinst",
  "pn", "footer", "footerl", "footerr", "footerf", "footnote", "annotation", "nonshppict", "shpinst", "filetbl",
  "mmathPr", "pgdsctbl", "userprops", "docvar", "bkmkstart", "bkmkend", "field-code", "txe", "xe", "tc",
]);
const CHARACTERS: Record<string, string> = {
  emdash: "—", endash: "–", bullet: "•", lquote: "‘", rquote: "’", ldblquote: "“", rdblquote: "”",
  tab: " ", emspace: " ", enspace: " ", qmspace: " ", zwj: "", zwnj: "",
};
const SYMBOLS: Record<string, string> = { "~": "\u00A0", _: "-", "-": "", "\\": "\\", "{": "{", "}": "}" };
/** Deeper groups than this are not real documents; their state is shared with the group above. */
const MAX_DEPTH = 512;

/** RTF does not compress: the work and memory are bounded by the file's size (limits.maxBytes). */
export function readRtf(bytes: Uint8Array): Result<Document> {
  const out = new RtfHtml();
  const fontCharsets = new Map<number, number>();
  let state: State = { skip: false, bold: false, hidden: false, uc: 1, font: -1, inFontTable: false };
  const stack: State[] = [];
  let overflow = 0;
  let groupStart = false;
  let starred = false;
  let documentCodepage = 1252;
  let inTable = false;
  let pending: number[] = [];
  let fallbackToSkip = 0;
  let definingFont = -1;

  const codepage = () => codepageOfCharset(fontCharsets.get(state.font)) ?? documentCodepage;
  const emit = (text: string) => {
    if (state.skip || text === "") return;
    if (state.hidden) out.hiddenText(text);
    else out.text(text, state.bold);
  };
  const flushBytes = () => {
    if (pending.length > 0) emit(decodeCodepage(Uint8Array.from(pending), codepage()));
    pending = [];
  };

  for (const token of rtfTokens(bytes)) {
    if (token.kind !== "hex") flushBytes();
    const atGroupStart = groupStart;
    groupStart = false;
    switch (token.kind) {
      case "open":
        if (stack.length >= MAX_DEPTH) overflow++;
        else {
          stack.push(state);
          state = { ...state };
        }
        groupStart = true;
        starred = false;
        fallbackToSkip = 0;
        break;
      case "close":
        if (overflow > 0) overflow--;
        else if (stack.length > 0) state = stack.pop()!;
        fallbackToSkip = 0;
        break;
      case "symbol":
        if (token.char === "*" && atGroupStart) {
          starred = true;
          groupStart = true;
        } else if (fallbackToSkip > 0) fallbackToSkip--;
        else emit(SYMBOLS[token.char] ?? "");
        break;
      case "hex":
        if (fallbackToSkip > 0) fallbackToSkip--;
        else pending.push(token.byte);
        break;
      case "text": {
        const skipped = Math.min(fallbackToSkip, token.bytes.length);
        fallbackToSkip -= skipped;
        emit(decodeCodepage(token.bytes.subarray(skipped), codepage()));
        break;
      }
      case "word": {
        const { name, param } = token;
        if (atGroupStart && (SKIPPED.has(name) || (starred && !KNOWN_STARRED.has(name)))) {
          state.skip = true;
          state.inFontTable = name === "fonttbl";
        }
        if (state.inFontTable) {
          if (name === "f" && param !== undefined) definingFont = param;
          if (name === "fcharset" && param !== undefined) fontCharsets.set(definingFont, param);
          break;
        }
        // An object's \result is what the document shows in its place.
        if (atGroupStart && name === "result") state.skip = false;
        if (state.skip) break;
        if (name === "u" && param !== undefined) {
          emit(String.fromCharCode(param < 0 ? param + 0x10000 : param));
          fallbackToSkip = state.uc;
        } else if (name === "uc") state.uc = Math.max(0, Math.min(param ?? 1, 10));
        else if (name === "ansicpg" && param) documentCodepage = param;
        else if (name === "f" && param !== undefined) state.font = param;
        else if (name === "b") state.bold = param !== 0;
        else if (name === "v") state.hidden = param !== 0;
        else if (name === "deleted") state.skip = param !== 0 || state.skip;
        else if (name === "plain") Object.assign(state, { bold: false, hidden: false });
        else if (name === "pard") inTable = false;
        else if (name === "intbl") inTable = true;
        else wordEffect(name, inTable, out, emit);
        break;
      }
    }
  }
  flushBytes();
  const page = buildPage(1, htmlToLines(out.html()));
  if (page.lines.length === 0) return fail("NO_TEXT", "This Rich Text file contains no text.");
  const document: Document = { format: "rtf", pages: [page], warnings: [], hidden: [] };
  if (out.hidden.length > 0) {
    document.hidden = out.hidden.map((text) => ({ page: 1, text, reason: "render-mode" }));
    document.warnings.push(hiddenTextWarning(out.hidden, "formatted as hidden text"));
  }
  return ok(document);
}

/** Starred destinations whose text is part of the body (list numbering as displayed). */
const KNOWN_STARRED = new Set(["fldrslt", "listtext", "pntext", "shptxt"]);

function wordEffect(name: string, inTable: boolean, out: RtfHtml, emit: (text: string) => void): void {
  if (name === "par" || name === "sect" || name === "page" || name === "column" || name === "nestcell" || name === "nestrow") {
    out.paragraph(inTable);
  } else if (name === "line") out.lineBreak();
  else if (name === "cell") out.cellEnd();
  else if (name === "row") out.rowEnd();
  else if (CHARACTERS[name] !== undefined) emit(CHARACTERS[name]!);
}
