// The format-neutral text of one file: pages of lines in reading order.
// Ingest produces it; read consumes it. Nothing here knows about résumés.

export type SourceFormat = "pdf" | "docx" | "odt" | "rtf" | "doc" | "html" | "text" | "markdown" | "json-resume";

export interface Line {
  /** 1-based page number. */
  page: number;
  /** 1-based line number within the page, in reading order. */
  line: number;
  /** Visible text, cleaned (ligatures expanded, whitespace folded). */
  text: string;
  /** PDF only: left edge, baseline from the top of the page, width, in PDF points. */
  x?: number;
  y?: number;
  width?: number;
  /** PDF only: font size in points of the line's dominant run. */
  fontSize?: number;
  bold?: boolean;
  /** PDF only: 0 for the first (leftmost) column of a multi-column region. */
  column?: number;
  /** Set when the line comes from a structured source (JSON Resume): the JSON path it was read from. */
  path?: string;
}

export interface Page {
  number: number;
  width?: number;
  height?: number;
  lines: Line[];
}

export interface Warning {
  code: string;
  message: string;
  page?: number;
  line?: number;
  text?: string;
}

export interface Document {
  format: SourceFormat;
  pages: Page[];
  /** Problems that did not stop the read: hidden text, OCR, recovered damage. */
  warnings: Warning[];
  /** Text present in the file but invisible to a person; never scored. */
  hidden: HiddenText[];
  /** JSON Resume input only: the parsed document, so read can use its structured fields. */
  structured?: unknown;
}

export interface HiddenText {
  page: number;
  text: string;
  reason: "background-colour" | "tiny" | "render-mode" | "off-page" | "covered";
}

export type IngestErrorCode =
  | "UNSUPPORTED"
  | "ENCRYPTED"
  | "CORRUPT"
  | "NO_TEXT"
  | "TOO_LARGE"
  | "TOO_MANY_PAGES"
  | "TIMEOUT"
  | "UNREADABLE"
  | "EMPTY"
  | "INTERNAL";

export interface IngestError {
  code: IngestErrorCode;
  message: string;
}

export type Result<T, E = IngestError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: IngestErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

export interface IngestLimits {
  /** Largest input file accepted, in bytes. */
  maxBytes: number;
  /** Most PDF pages read. */
  maxPages: number;
  /**
   * Largest inflated size of one XML part of a zip container (DOCX, ODT), in bytes: parsed XML costs ~100×
   * its size in memory. Pictures and fonts, never parsed, may inflate to maxBytes.
   */
  maxPartBytes: number;
  /** "auto": OCR pages with no text layer; "off": never; "force": every page. */
  ocr: "auto" | "off" | "force";
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxPages: 50,
  // Real résumés' largest XML part is well under 1 MB (styles.xml of a rich template, ~0.5 MB).
  maxPartBytes: 1024 * 1024,
  ocr: "off",
};

/** All lines of a document in reading order. */
export function allLines(doc: Pick<Document, "pages">): Line[] {
  return doc.pages.flatMap((p) => p.lines);
}
