// RFC 4180 records from CSV text. Spreadsheets export groups files in every dialect the RFC allows: quoted fields
// that hold commas, quotes ("" escapes) or line breaks, CRLF or LF line ends, and a leading UTF-8 byte order mark.
// Malformed input is reported, never guessed at: a demographic table read wrongly would skew the whole audit.

export interface CsvRecord {
  /** The 1-based line the record starts on, for messages. */
  line: number;
  fields: string[];
}

export interface CsvRecords {
  records: CsvRecord[];
  problems: string[];
}

const BYTE_ORDER_MARK = "\uFEFF";

export function parseCsvRecords(input: string): CsvRecords {
  const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const problems: string[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let index = 0;

  const endField = () => {
    fields.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    // A blank line is no record (spreadsheets often leave one at the end).
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (index < text.length) {
    const character = text[index];
    if (character === '"' && field === "") {
      const closing = readQuoted(text, index + 1);
      if (closing.end < 0) {
        problems.push(`line ${line}: a quoted field is never closed`);
        return { records, problems };
      }
      field = closing.value;
      line += closing.lineBreaks;
      index = closing.end;
      const next = text[index];
      if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") {
        problems.push(`line ${line}: text after the closing quote of a field`);
        while (index < text.length && text[index] !== "," && text[index] !== "\r" && text[index] !== "\n") index++;
      }
      continue;
    }
    if (character === ",") {
      endField();
      index++;
    } else if (character === "\r" || character === "\n") {
      index += character === "\r" && text[index + 1] === "\n" ? 2 : 1;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += character;
      index++;
    }
  }
  if (field !== "" || fields.length > 0) endRecord();
  return { records, problems };
}

/** The value of a quoted field whose opening quote is just before `start`, and the index after its closing quote. */
function readQuoted(text: string, start: number): { value: string; end: number; lineBreaks: number } {
  let value = "";
  let lineBreaks = 0;
  let index = start;
  while (index < text.length) {
    const character = text[index];
    if (character === '"') {
      if (text[index + 1] === '"') {
        value += '"';
        index += 2;
        continue;
      }
      return { value, end: index + 1, lineBreaks };
    }
    if (character === "\n" || (character === "\r" && text[index + 1] !== "\n")) lineBreaks++;
    value += character;
    index++;
  }
  return { value, end: -1, lineBreaks };
}
