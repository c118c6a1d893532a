// The employer's groups file: one row per candidate, the first column naming the candidate (the file path as the
// report gives it, or the candidate id of a blind report), every other column an attribute such as sex or
// race_ethnicity. shortlist never infers any of this: the people's own answers come from the employer.
import { parseCsvRecords } from "./csv-records.js";
import { compareCodepoints } from "./order.js";

export type GroupKey = "file" | "candidateId";

export interface GroupsFile {
  /** Which candidate field the first column matches. */
  key: GroupKey;
  /** Attribute columns in header order. */
  attributes: string[];
  /** Key → known values by attribute. An unknown value is absent, not stored. */
  rows: Map<string, Record<string, string>>;
  /** The file cannot be trusted as it is: the audit should not run. */
  problems: string[];
  /** Worth saying, not worth stopping for. */
  warnings: string[];
}

const KEY_COLUMNS: Record<string, GroupKey> = { file: "file", candidateid: "candidateId" };

// Answers that say nothing about the group: they count as unknown, not as a group of their own.
const UNKNOWN_VALUES = new Set([
  "", "unknown", "prefer not to say", "prefer not to answer", "decline to state", "declined to state",
  "not disclosed", "undisclosed",
]);

/** Trimmed, inner whitespace folded, NFC: "Hispanic  or Latino" and a decomposed accent are the same answer. */
export function normalizeValue(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim();
}

export function isUnknownValue(value: string): boolean {
  return UNKNOWN_VALUES.has(normalizeValue(value).toLowerCase());
}

export function parseGroupsCsv(text: string): GroupsFile {
  const { records, problems } = parseCsvRecords(text);
  const result: GroupsFile = { key: "file", attributes: [], rows: new Map(), problems, warnings: [] };
  const [header, ...body] = records;
  if (header === undefined) {
    problems.push("the groups file is empty: it needs a header row (file, then one column per attribute)");
    return result;
  }
  const names = header.fields.map(normalizeValue);
  const key = KEY_COLUMNS[(names[0] ?? "").toLowerCase()];
  if (key === undefined) {
    problems.push(`the first column must be "file" (the path as the report gives it) or "candidateId", not "${names[0] ?? ""}"`);
    return result;
  }
  result.key = key;
  result.attributes = names.slice(1);
  problems.push(...headerProblems(result.attributes));
  if (problems.length > 0) return result;

  const firstLine = new Map<string, number>();
  for (const record of body) {
    if (record.fields.length !== names.length) {
      problems.push(`line ${record.line}: ${record.fields.length} fields, but the header has ${names.length}`);
      continue;
    }
    const id = (record.fields[0] ?? "").trim();
    if (id === "") {
      problems.push(`line ${record.line}: the ${key} column is empty`);
      continue;
    }
    const seen = firstLine.get(id);
    if (seen !== undefined) {
      problems.push(`line ${record.line}: "${id}" is listed twice (first on line ${seen})`);
      continue;
    }
    firstLine.set(id, record.line);
    result.rows.set(id, knownValues(result.attributes, record.fields.slice(1)));
  }
  result.warnings.push(...caseVariantWarnings(result.attributes, result.rows));
  return result;
}

function headerProblems(attributes: string[]): string[] {
  if (attributes.length === 0) return ["the groups file has no attribute columns (e.g. sex, race_ethnicity) after the first"];
  const problems: string[] = [];
  const seen = new Set<string>();
  attributes.forEach((name, index) => {
    if (name === "") problems.push(`column ${index + 2} of the header has no name`);
    else if (seen.has(name)) problems.push(`the header names "${name}" twice`);
    seen.add(name);
  });
  return problems;
}

function knownValues(attributes: string[], cells: string[]): Record<string, string> {
  // fromEntries makes own properties whatever the column is called (even "__proto__").
  return Object.fromEntries(
    attributes.flatMap((attribute, index) => {
      const cell = cells[index] ?? "";
      return isUnknownValue(cell) ? [] : [[attribute, normalizeValue(cell)]];
    }),
  );
}

/** "Female" and "female" are counted as two groups; say so rather than merge what the employer wrote. */
function caseVariantWarnings(attributes: string[], rows: Map<string, Record<string, string>>): string[] {
  const warnings: string[] = [];
  for (const attribute of attributes) {
    const spellings = new Map<string, Set<string>>();
    for (const values of rows.values()) {
      const value = values[attribute];
      if (value === undefined) continue;
      const folded = value.toLowerCase();
      spellings.set(folded, (spellings.get(folded) ?? new Set()).add(value));
    }
    const clashes = [...spellings.values()].filter((variants) => variants.size > 1);
    const listed = clashes.map((variants) => [...variants].sort(compareCodepoints).map((v) => `"${v}"`).join(", "));
    for (const list of listed.sort(compareCodepoints)) {
      warnings.push(`${attribute}: ${list} differ only in case and are counted as separate groups`);
    }
  }
  return warnings;
}
