// Loads mammoth once per thread, with its style-rule parser remembered and a faster XML reader in front of
// its own. convertToHtml parses its default style map (some forty rules, through a parser-combinator
// library) on every call; that is about a fifth of the time it takes to convert a résumé, spent on the same
// forty strings each time. A parsed rule is a plain description that mammoth only reads, so one parse per
// distinct rule serves every document. Reading the XML parts through xmldom and then copying its DOM into
// mammoth's nodes is close to half of what remains; mammoth-xml.ts builds the same nodes directly, and hands
// every part it is not sure of back to mammoth's reader.
import { createRequire } from "node:module";
import { parseOfficeXml, UNSURE, type NamespaceMap, type XmlNodeFactory } from "./mammoth-xml.js";

type Mammoth = typeof import("mammoth");
type ReadStyle = (rule: string) => unknown;
type ReadXml = (xml: unknown, namespaceMap?: NamespaceMap) => Promise<unknown>;

const require = createRequire(import.meta.url);
let loaded: Mammoth | undefined;

export function loadMammoth(): Promise<Mammoth> {
  loaded ??= loadWithFasterReaders();
  return Promise.resolve(loaded);
}

// mammoth's modules copy functions from one another when they are first loaded, so both replacements must be
// in place before mammoth is. If mammoth is laid out differently, it is loaded as it is.
function loadWithFasterReaders(): Mammoth {
  rememberStyles();
  readXmlFaster();
  return require("mammoth") as Mammoth;
}

function rememberStyles(): void {
  const styleReader = require("mammoth/lib/style-reader.js") as { readStyle?: ReadStyle };
  const parse = styleReader.readStyle;
  if (typeof parse !== "function") return;
  const parsed = new Map<string, unknown>();
  styleReader.readStyle = (rule: string) => {
    if (typeof rule !== "string") return parse(rule);
    let result = parsed.get(rule);
    if (result === undefined) parsed.set(rule, (result = parse(rule)));
    return result;
  };
}

function readXmlFaster(): void {
  const reader = require("mammoth/lib/xml/reader.js") as { readString?: ReadXml };
  const nodes = require("mammoth/lib/xml/nodes.js") as Partial<XmlNodeFactory<unknown>>;
  const promises = require("mammoth/lib/promises.js") as { resolve?: (value: unknown) => Promise<unknown> };
  const original = reader.readString;
  const { element, text } = nodes;
  const resolve = promises.resolve;
  if (typeof original !== "function" || typeof element !== "function" || typeof text !== "function") return;
  if (typeof resolve !== "function") return;
  const factory: XmlNodeFactory<unknown> = { element, text };
  const readString: ReadXml = (xml, namespaceMap) => {
    if (typeof xml === "string") {
      let tree: unknown = UNSURE;
      try {
        tree = parseOfficeXml(xml, namespaceMap || {}, factory);
      } catch {
        // Any surprise in the fast reader is mammoth's reader's to handle.
      }
      if (tree !== UNSURE) return resolve(tree);
    }
    return original(xml, namespaceMap);
  };
  reader.readString = readString;
  // mammoth/lib/xml/index.js copies readString from the reader when it loads; the other modules call it there.
  const xmlIndex = require("mammoth/lib/xml/index.js") as { readString?: ReadXml };
  if (xmlIndex.readString === original) xmlIndex.readString = readString;
}
