// Reads one YAML mapping against a KeyDefs description (schema.ts), reporting every problem with its offset.
// It knows the format's value types, not what a rubric means; load.ts adds the rules that span keys.
import { isAlias, isMap, isScalar, isSeq, type Document } from "yaml";
import { didYouMean } from "./did-you-mean.js";
import type { KeyDefs, ValueType } from "./schema.js";

export interface NodeContext {
  doc: Document;
  error(offset: number, message: string): void;
  warning(offset: number, message: string): void;
  /** A message when a string in a list of skills or keywords is wrong. */
  itemProblem(items: "skill" | "keyword", item: string): string | undefined;
}

export interface ReadObject {
  /** Valid values, defaults filled in. */
  values: Record<string, unknown>;
  /** Where each key's value starts (or the key, when it has no value), for later messages. */
  offsets: Record<string, number>;
  /** Keys given with a value of the wrong type: they are neither missing nor valid. */
  invalid: Set<string>;
  start: number;
}

export interface ObjectOptions {
  /** Prepended to every message: `check "degree": `. */
  prefix: string;
  /** Keys that are valid elsewhere, with the reason they are not here. */
  misplaced?: ReadonlyMap<string, string>;
  /** Keys passed over without a word: another key's error already explains them. */
  tolerated?: ReadonlySet<string>;
}

export const offsetOf = (node: unknown, fallback = 0): number =>
  (node as { range?: [number, number, number] } | null)?.range?.[0] ?? fallback;

export const resolveAlias = (node: unknown, doc: Document): unknown => (isAlias(node) ? node.resolve(doc) : node);

function describe(node: unknown): string {
  if (isMap(node)) return "a mapping";
  if (isSeq(node)) return "a list";
  const value = isScalar(node) ? node.value : node;
  if (value === null || value === undefined) return "nothing";
  return typeof value === "string" ? `the text "${value}"` : `${typeof value} ${String(value)}`;
}

function expected(type: ValueType): string {
  switch (type.type) {
    case "string":
      return type.pattern ? `text (${type.pattern.hint})` : "text";
    case "number": {
      const bounds = [
        type.minimum !== undefined ? `≥ ${type.minimum}` : "",
        type.exclusiveMinimum !== undefined ? `> ${type.exclusiveMinimum}` : "",
        type.maximum !== undefined ? `≤ ${type.maximum}` : "",
      ].filter(Boolean);
      return `a number${bounds.length ? " " + bounds.join(" and ") : ""}`;
    }
    case "integer":
      return `a whole number ≥ ${type.minimum}`;
    case "boolean":
      return "true or false";
    case "enum":
      return `one of ${type.values.join(", ")}`;
    case "list":
      return `a list of ${type.items === "skill" ? "skill ids" : type.items === "keyword" ? "phrases or /regular expressions/" : "texts"}`;
    case "checks":
      return "a list of checks";
  }
}

/** The value, or undefined after reporting why it is not one. */
function readValue(node: unknown, at: number, type: ValueType, name: string, options: ObjectOptions, ctx: NodeContext): unknown {
  const fail = (found: unknown, extra = ""): undefined => {
    ctx.error(offsetOf(found, at), `${options.prefix}${name} must be ${expected(type)}, got ${describe(found)}${extra}`);
    return undefined;
  };
  const empty = (found: unknown): undefined => {
    ctx.error(offsetOf(found, at), `${options.prefix}${name} must not be empty`);
    return undefined;
  };
  const scalar = isScalar(node) ? node.value : undefined;
  switch (type.type) {
    case "string":
      if (typeof scalar !== "string") return fail(node);
      return type.pattern && !new RegExp(type.pattern.source).test(scalar) ? fail(node) : scalar;
    case "number":
    case "integer": {
      if (typeof scalar !== "number" || !Number.isFinite(scalar)) return fail(node);
      if (type.type === "integer" && !Number.isInteger(scalar)) return fail(node);
      const { minimum, exclusiveMinimum, maximum } = type as { minimum?: number; exclusiveMinimum?: number; maximum?: number };
      if (minimum !== undefined && scalar < minimum) return fail(node);
      if (exclusiveMinimum !== undefined && scalar <= exclusiveMinimum) return fail(node);
      return maximum !== undefined && scalar > maximum ? fail(node) : scalar;
    }
    case "boolean":
      return typeof scalar === "boolean" ? scalar : fail(node);
    case "enum":
      if (typeof scalar === "string" && type.values.includes(scalar)) return scalar;
      if (typeof scalar !== "string") return fail(node);
      ctx.error(offsetOf(node, at), `${options.prefix}unknown ${name} "${scalar}"${didYouMean(scalar, type.values)} (${expected(type)})`);
      return undefined;
    case "checks":
      if (!isSeq(node)) return fail(node);
      if (node.items.length === 0) return empty(node);
      return node.items.map((item) => resolveAlias(item, ctx.doc));
    case "list": {
      if (!isSeq(node)) return fail(node);
      if (type.minItems !== undefined && node.items.length < type.minItems) return empty(node);
      const items: string[] = [];
      let valid = true;
      for (const raw of node.items) {
        const item = resolveAlias(raw, ctx.doc);
        const text = isScalar(item) ? item.value : undefined;
        if (typeof text !== "string" || text.trim() === "") {
          ctx.error(offsetOf(item, at), `${options.prefix}each entry of ${name} must be non-empty text, got ${describe(item)}`);
          valid = false;
          continue;
        }
        const problem = type.items === "string" ? undefined : ctx.itemProblem(type.items, text);
        if (problem !== undefined) {
          ctx.error(offsetOf(item, at), `${options.prefix}${problem}`);
          valid = false;
        }
        items.push(text);
      }
      return valid ? items : undefined;
    }
  }
}

/** Reads a mapping's keys; reports unknown keys, wrong values and missing required keys. */
export function readObject(node: unknown, keys: KeyDefs, options: ObjectOptions, ctx: NodeContext, fallback: number): ReadObject | undefined {
  if (!isMap(node)) {
    ctx.error(offsetOf(node, fallback), `${options.prefix}expected a mapping of keys (${Object.keys(keys).join(", ")}), got ${describe(node)}`);
    return undefined;
  }
  const read: ReadObject = { values: {}, offsets: {}, invalid: new Set(), start: offsetOf(node, fallback) };
  for (const pair of node.items) {
    const name = isScalar(pair.key) ? pair.key.value : undefined;
    const keyOffset = offsetOf(pair.key, read.start);
    if (typeof name !== "string") {
      ctx.error(keyOffset, `${options.prefix}keys must be text, got ${describe(pair.key)}`);
      continue;
    }
    const def = keys[name];
    if (def === undefined && options.tolerated?.has(name)) continue;
    if (def === undefined) {
      const misplaced = options.misplaced?.get(name);
      ctx.error(keyOffset, `${options.prefix}unknown key "${name}"${misplaced ? ` (${misplaced})` : didYouMean(name, Object.keys(keys))}`);
      continue;
    }
    const valueNode = resolveAlias(pair.value, ctx.doc);
    const at = offsetOf(pair.value, keyOffset);
    read.offsets[name] = at;
    const value = readValue(valueNode ?? null, at, def.value, name, options, ctx);
    if (value === undefined) read.invalid.add(name);
    else read.values[name] = value;
  }
  for (const [name, def] of Object.entries(keys)) {
    if (name in read.values || read.invalid.has(name)) continue;
    if (def.required) ctx.error(read.start, `${options.prefix}missing required key "${name}"`);
    else if (def.default !== undefined) read.values[name] = structuredClone(def.default);
  }
  return read;
}
