// Rubric text → a validated Rubric, or every problem found, each with its line and column.
// Pure: the caller reads the file and prints the problems (formatProblem).
import { LineCounter, isMap, parseDocument, type Document } from "yaml";
import type { Vocabulary } from "../read/vocabulary.js";
import { applyCheckRules } from "./check-rules.js";
import { compileTerm } from "./checks/keyword-pattern.js";
import { defaultLabel } from "./default-label.js";
import { CHECK_KEYS, CHECK_KINDS, KINDS, RUBRIC_KEYS, type KeyDefs } from "./schema.js";
import { indexSkillIds } from "./skill-ids.js";
import type { CheckKind, CheckSpec, Rubric, RubricProblem } from "./types.js";
import { readObject, type NodeContext } from "./validate-node.js";

type Context = NodeContext & { errors(): number; line(offset: number): number };

export interface ParsedRubric {
  /** Present when there are no errors (warnings allowed). */
  rubric?: Rubric;
  problems: RubricProblem[];
}

export { formatProblem } from "./problem-format.js";

function keywordProblem(term: string): string | undefined {
  const compiled = compileTerm(term);
  if (compiled.ok) return undefined;
  const reason = compiled.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, "");
  return `invalid keyword ${term}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
}

/** The check's kind, if it names a known one (the reader reports the others). */
function kindOf(node: unknown): CheckKind | undefined {
  const kind = isMap(node) ? node.get("kind") : undefined;
  return typeof kind === "string" && (CHECK_KINDS as string[]).includes(kind) ? (kind as CheckKind) : undefined;
}

function prefixOf(node: unknown, index: number): string {
  const id = isMap(node) ? node.get("id") : undefined;
  return typeof id === "string" ? `check "${id}": ` : `check ${index + 1}: `;
}

/** Keys of the other kinds, so a misplaced one gets a message better than "unknown". */
function misplacedKeys(kind: CheckKind): Map<string, string> {
  const misplaced = new Map<string, string>();
  for (const other of CHECK_KINDS) {
    for (const name of Object.keys(KINDS[other].keys)) {
      if (!(name in KINDS[kind].keys) && !misplaced.has(name)) misplaced.set(name, `it belongs to ${other} checks, not ${kind}`);
    }
  }
  return misplaced;
}

function readCheck(node: unknown, index: number, ctx: Context, vocabulary: Vocabulary, fallback: number) {
  const kind = kindOf(node);
  const prefix = prefixOf(node, index);
  const errorsBefore = ctx.errors();
  const keys: KeyDefs = kind ? { ...CHECK_KEYS, ...KINDS[kind].keys } : CHECK_KEYS;
  const tolerated = new Set(CHECK_KINDS.flatMap((other) => Object.keys(KINDS[other].keys)));
  const read = readObject(node, keys, kind ? { prefix, misplaced: misplacedKeys(kind) } : { prefix, tolerated }, ctx, fallback);
  if (read === undefined || kind === undefined) return { read, spec: undefined };
  const choices = KINDS[kind].exactlyOne ?? [];
  const given = choices.filter((name) => name in read.offsets);
  if (choices.length > 0 && given.length === 0) ctx.error(read.start, `${prefix}needs one of: ${choices.join(", ")}`);
  if (given.length > 1) ctx.error(read.offsets[given[1]!]!, `${prefix}give ${choices.join(" or ")}, not both`);
  applyCheckRules(read, prefix, ctx);
  if (ctx.errors() > errorsBefore) return { read, spec: undefined };
  const values = read.values;
  values.label ??= defaultLabel(values as unknown as Parameters<typeof defaultLabel>[0], vocabulary);
  // Keys in the order the schema lists them, whatever order the file used, so every run builds the same object.
  const ordered = Object.fromEntries(Object.keys(keys).filter((name) => name in values).map((name) => [name, values[name]]));
  return { read, spec: ordered as unknown as CheckSpec };
}

function validate(doc: Document, ctx: Context, vocabulary: Vocabulary): Rubric | undefined {
  if (doc.contents === null) {
    ctx.error(0, `the rubric is empty; it needs ${Object.keys(RUBRIC_KEYS).filter((k) => RUBRIC_KEYS[k]!.required).join(", ")}`);
    return undefined;
  }
  const top = readObject(doc.contents, RUBRIC_KEYS, { prefix: "" }, ctx, 0);
  const checkNodes = Array.isArray(top?.values.checks) ? (top.values.checks as unknown[]) : [];
  const firstById = new Map<string, number>();
  const checks: CheckSpec[] = [];
  checkNodes.forEach((node, index) => {
    const { read, spec } = readCheck(node, index, ctx, vocabulary, top?.offsets.checks ?? 0);
    const id = read?.values.id;
    if (typeof id === "string" && read) {
      const first = firstById.get(id);
      if (first !== undefined) ctx.error(read.offsets.id!, `duplicate check id "${id}" (first used on line ${first})`);
      else firstById.set(id, ctx.line(read.offsets.id!));
    }
    if (spec) checks.push(spec);
  });
  if (top === undefined || checks.length !== checkNodes.length || ctx.errors() > 0) return undefined;
  if (checks.length > 0 && checks.filter((c) => !c.bonus).reduce((sum, c) => sum + c.weight, 0) === 0) {
    ctx.warning(top.offsets.checks ?? 0, "the weights of the checks that are not bonus sum to 0, so every score will be 0");
  }
  const { id, name, posting, description } = top.values as Record<string, string | undefined>;
  return { id: id!, name: name!, ...(posting ? { posting } : {}), ...(description ? { description } : {}), checks };
}

export function parseRubric(text: string, file: string, vocabulary: Vocabulary): ParsedRubric {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: RubricProblem[] = [];
  const add = (severity: RubricProblem["severity"]) => (offset: number, message: string) => {
    const { line, col } = lineCounter.linePos(offset);
    problems.push({ file, line: Math.max(1, line), column: Math.max(1, col), message, severity });
  };
  for (const error of doc.errors) add("error")(error.pos[0], error.message);
  for (const warning of doc.warnings) add("warning")(warning.pos[0], warning.message);
  // Like a compiler, stop at syntax errors: the tree around them is a guess, and checking it would
  // report keys as missing that are only hidden behind an unclosed quote or bracket.
  if (doc.errors.length > 0) return { problems };
  const skills = indexSkillIds(vocabulary);
  const ctx = {
    doc,
    error: add("error"),
    warning: add("warning"),
    line: (offset: number) => lineCounter.linePos(offset).line,
    errors: () => problems.filter((p) => p.severity === "error").length,
    itemProblem: (items: "skill" | "keyword", item: string) => (items === "skill" ? skills.problem(item) : keywordProblem(item)),
  };
  const rubric = validate(doc, ctx, vocabulary);
  const sorted = problems.map((p, i) => ({ p, i })).sort((a, b) => a.p.line - b.p.line || a.p.column - b.p.column || a.i - b.i);
  return { ...(rubric ? { rubric } : {}), problems: sorted.map(({ p }) => p) };
}
