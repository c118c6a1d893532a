// Loads mammoth once per thread, with its style-rule parser remembered. convertToHtml parses its default
// style map (some forty rules, through a parser-combinator library) on every call; that is about a fifth of
// the time it takes to convert a résumé, spent on the same forty strings each time. A parsed rule is a plain
// description that mammoth only reads, so one parse per distinct rule serves every document.
import { createRequire } from "node:module";

type Mammoth = typeof import("mammoth");
type ReadStyle = (rule: string) => unknown;

const require = createRequire(import.meta.url);
let loaded: Mammoth | undefined;

export function loadMammoth(): Promise<Mammoth> {
  loaded ??= loadWithRememberedStyles();
  return Promise.resolve(loaded);
}

function loadWithRememberedStyles(): Mammoth {
  // mammoth's entry module copies readStyle from this one when it is first loaded, so the memo must be in
  // place before it is. If mammoth is laid out differently, it is loaded as it is.
  const styleReader = require("mammoth/lib/style-reader.js") as { readStyle?: ReadStyle };
  const parse = styleReader.readStyle;
  if (typeof parse === "function") {
    const parsed = new Map<string, unknown>();
    styleReader.readStyle = (rule: string) => {
      if (typeof rule !== "string") return parse(rule);
      let result = parsed.get(rule);
      if (result === undefined) parsed.set(rule, (result = parse(rule)));
      return result;
    };
  }
  return require("mammoth") as Mammoth;
}
