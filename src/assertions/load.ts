// Parses an expectations file; every problem at once with its line and column.
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { Assertion, Level } from "./types.js";

export interface ExpectationProblem {
  line: number;
  column: number;
  message: string;
}

const FILE_KEYS: Record<string, "number" | "boolean" | "string" | "int"> = {
  file: "string", level: "string", minScore: "number", maxScore: "number", meetsRequired: "boolean",
  inTop: "int", rankAbove: "string", status: "string",
};
const BATCH_KEYS: Record<string, "number" | "boolean" | "string" | "int"> = {
  batch: "boolean", level: "string", minMeetsRequired: "int", maxMeetsRequired: "int", minScored: "int", maxErrors: "int",
};

export function parseExpectations(text: string): { assertions: Assertion[]; problems: ExpectationProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const problems: ExpectationProblem[] = [];
  const at = (node: Node | null | undefined, message: string) => {
    const pos = lines.linePos(node?.range?.[0] ?? 0);
    problems.push({ line: pos.line, column: pos.col, message });
  };
  for (const error of doc.errors) {
    const pos = lines.linePos(error.pos[0]);
    problems.push({ line: pos.line, column: pos.col, message: error.message.split("\n")[0]! });
  }
  if (doc.errors.length) return { assertions: [], problems };
  const root = doc.contents;
  const list = isMap(root) ? root.get("assertions", true) : undefined;
  if (!isSeq(list)) {
    at(root as Node, "expected a top-level `assertions:` list");
    return { assertions: [], problems };
  }
  const assertions: Assertion[] = [];
  for (const item of list.items) {
    if (!isMap(item)) {
      at(item as Node, "each assertion is a mapping (file: … or batch: true)");
      continue;
    }
    const plain = item.toJSON() as Record<string, unknown>;
    const isBatch = plain.batch === true;
    const keys = isBatch ? BATCH_KEYS : FILE_KEYS;
    if (!isBatch && typeof plain.file !== "string") at(item, "an assertion names a `file:` or is `batch: true`");
    for (const pair of item.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const want = keys[key];
      const value = plain[key];
      if (!want) at(pair.key as Node, `unknown key "${key}" for a ${isBatch ? "batch" : "file"} assertion`);
      else if (!hasType(value, want)) at(pair.value as Node, `"${key}" wants ${want === "int" ? "a whole number" : `a ${want}`}`);
    }
    if (plain.level !== undefined && plain.level !== "error" && plain.level !== "warn") at(item.get("level", true) as Node, `level is "error" or "warn"`);
    const line = lines.linePos(item.range?.[0] ?? 0).line;
    const level = (plain.level as Level | undefined) ?? "error";
    assertions.push({ ...(plain as object), level, line } as Assertion);
  }
  return { assertions, problems };
}

function hasType(value: unknown, want: "number" | "boolean" | "string" | "int"): boolean {
  if (want === "int") return Number.isInteger(value) && (value as number) >= 0;
  return typeof value === want;
}
