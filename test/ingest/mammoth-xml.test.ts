import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { MAX_FAST_DEPTH, parseOfficeXml, UNSURE, type NamespaceMap, type XmlNodeFactory } from "../../src/ingest/mammoth-xml.js";

const require = createRequire(import.meta.url);
const nodes = require("mammoth/lib/xml/nodes.js") as XmlNodeFactory<unknown>;
// Taken before anything could replace it: the reader the fast one must agree with.
const mammothReadString = (require("mammoth/lib/xml/reader.js") as {
  readString: (xml: string, namespaceMap?: NamespaceMap) => Promise<unknown>;
}).readString;

const XMLNS = "{http://www.w3.org/2000/xmlns/}";
const attrs = (values: Record<string, string> = {}) => Object.assign(Object.create(null) as Record<string, string>, values);
const el = (name: string, attributes: Record<string, string> = {}, ...children: unknown[]) => nodes.element(name, attrs(attributes), children);
const text = (value: string) => nodes.text(value);
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const read = (xml: string, namespaceMap: NamespaceMap = {}) => parseOfficeXml(xml, namespaceMap, nodes);

describe("parseOfficeXml builds the nodes mammoth's own reader builds", () => {
  const cases: [string, string, NamespaceMap, unknown][] = [
    ["predefined entities and character references", "<a>&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&#x1f600;&#0066;</a>", {},
      el("a", {}, text("&<>\"'AB\u{1F600}B"))],
    ["references in attribute values", `<a b="x &amp; y&#10;z" c='"&apos;'/>`, {}, el("a", { b: "x & y\nz", c: "\"'" })],
    ["tabs and line breaks in attribute values become spaces", "<a b=\"1\t2\n3\r\n4\r5\"/>", {}, el("a", { b: "1 2 3 4 5" })],
    ["line endings in text become \\n", "<a>x\r\ny\rz\u2028w\u0085v</a>", {}, el("a", {}, text("x\ny\nz\nw\nv"))],
    ["white space between elements is kept as text", "<a> <b/>\n\t<c></c> </a>", {},
      el("a", {}, text(" "), el("b"), text("\n\t"), el("c"), text(" "))],
    ["CDATA is dropped and splits the text", "<a>x<![CDATA[y<z>]]>z</a>", {}, el("a", {}, text("x"), text("z"))],
    ["an empty CDATA section leaves one text", "<a>x<![CDATA[]]>z</a>", {}, el("a", {}, text("xz"))],
    ["comments and instructions are dropped and split the text", "<a>x<!-- c -->y<?pi data?>z<!---->w</a>", {},
      el("a", {}, text("x"), text("y"), text("z"), text("w"))],
    ["prolog and epilog", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<!-- c -->\n<a/>\n<!-- d --><?e?>\n", {}, el("a")],
    ["spaces inside tags", "<a  b = 'q'\n c=\"r\" ></a>", {}, el("a", { b: "q", c: "r" })],
    ["self-closing after an attribute", "<a><b c=\"1\"/><d /></a>", {}, el("a", {}, el("b", { c: "1" }), el("d"))],
    ["mapped prefixes, declarations kept as attributes", `<w:document xmlns:w="${W}"><w:p w:val="1"/></w:document>`, { [W]: "w" },
      el("w:document", { [XMLNS + "w"]: W }, el("w:p", { "w:val": "1" }))],
    ["an unmapped namespace is written {uri}local", `<x:a xmlns:x="urn:x" x:b="2"/>`, {}, el("{urn:x}a", { [XMLNS + "x"]: "urn:x", "{urn:x}b": "2" })],
    ["the default namespace names elements, not attributes", `<a xmlns="urn:d" b="1"><c/></a>`, { "urn:d": "d" },
      el("d:a", { [XMLNS + "xmlns"]: "urn:d", b: "1" }, el("d:c"))],
    ["a redeclared prefix holds only inside its element", `<p:a xmlns:p="urn:1"><p:b xmlns:p="urn:2"/><p:c/></p:a>`, { "urn:1": "one" },
      el("one:a", { [XMLNS + "p"]: "urn:1" }, el("{urn:2}b", { [XMLNS + "p"]: "urn:2" }), el("one:c"))],
    ["an empty default namespace undeclares it", `<a xmlns="urn:d"><b xmlns=""><c/></b><e/></a>`, {},
      el("{urn:d}a", { [XMLNS + "xmlns"]: "urn:d" }, el("b", { [XMLNS + "xmlns"]: "" }, el("c")), el("{urn:d}e"))],
    ["the xml prefix is always declared", `<a xml:space="preserve"/>`, {}, el("a", { "{http://www.w3.org/XML/1998/namespace}space": "preserve" })],
    ["two names for one namespace give one attribute, the last value", `<a xmlns:p="u" xmlns:q="u" p:b="1" q:b="2"/>`, { u: "m" },
      el("a", { [XMLNS + "p"]: "u", [XMLNS + "q"]: "u", "m:b": "2" })],
    [`nesting to ${MAX_FAST_DEPTH}`, "<a>".repeat(MAX_FAST_DEPTH) + "</a>".repeat(MAX_FAST_DEPTH), {},
      Array.from({ length: MAX_FAST_DEPTH - 1 }).reduce((inner: unknown) => el("a", {}, inner), el("a"))],
  ];

  it.each(cases)("%s", async (_, xml, namespaceMap, expected) => {
    const fast = read(xml, namespaceMap);
    expect(fast).toStrictEqual(expected);
    expect(fast).toStrictEqual(await mammothReadString(xml, namespaceMap));
  });
});

describe("parseOfficeXml leaves to xmldom what it is not sure of", () => {
  const unsure: [string, string][] = [
    ["a DOCTYPE", "<!DOCTYPE a><a/>"],
    ["a DOCTYPE inside", "<a><!DOCTYPE a></a>"],
    ["an HTML entity", "<a>&nbsp;</a>"],
    ["a bare ampersand", "<a>x & y</a>"],
    ["an upper-case hex reference", "<a>&#X41;</a>"],
    ["a reference past Unicode", "<a>&#x110000;</a>"],
    ["a reference with no digits", "<a>&#;</a>"],
    ["an unknown entity in an attribute", `<a b="&copy;"/>`],
    ["an unquoted attribute", "<a b=1/>"],
    ["an attribute with no value", "<a b/>"],
    ["a repeated attribute", `<a b="1" b="2"/>`],
    ["attributes with no space between", `<a b="1"c="2"/>`],
    ["a < in an attribute value", `<a b="<"/>`],
    ["an unterminated attribute value", `<a b="1/>`],
    ["mismatched tags", "<a><b></a></b>"],
    ["an unclosed root", "<a><b/>"],
    ["an end tag with space", "<a></a >"],
    ["a slash apart from its >", "<a / >"],
    ["an undeclared element prefix", "<p:a/>"],
    ["an undeclared attribute prefix", `<a p:b="1"/>`],
    ["a name from Object.prototype as a prefix", `<a constructor:b="1"/>`],
    ["an attribute xmldom indexes badly", `<a hasOwnProperty="1" b="2"/>`],
    ["text before the root", "x<a/>"],
    ["a root with no <", `<?xml version="1.0"?>a/>`],
    ["text after the root", "<a/>y"],
    ["a second root", "<a/><b/>"],
    ["no root", "<?xml version=\"1.0\"?>"],
    ["empty input", ""],
    ["a non-ASCII name", "<é/>"],
    ["a name with two colons", "<a:b:c/>"],
    ["the xml prefix redeclared", `<a xmlns:xml="urn:x"/>`],
    ["XHTML, which xmldom reads specially", `<html xmlns="http://www.w3.org/1999/xhtml"><script>x</script></html>`],
    ["a root xmldom's error report looks like", "<parsererror/>"],
    ["an unclosed comment", "<a><!-- x</a>"],
    ["an unclosed CDATA section", "<a><![CDATA[x</a>"],
    ["an empty instruction", "<a><?></a>"],
    ["a tag with no name", "<a><></a>"],
    [`nesting deeper than ${MAX_FAST_DEPTH}`, "<a>".repeat(MAX_FAST_DEPTH + 1) + "</a>".repeat(MAX_FAST_DEPTH + 1)],
  ];

  it.each(unsure)("%s", (_, xml) => {
    expect(read(xml)).toBe(UNSURE);
  });
});

describe("loadMammoth puts the fast reader where mammoth's modules call it", () => {
  it("replaces readString in the xml module, and its answer is the original's", async () => {
    const { loadMammoth } = await import("../../src/ingest/mammoth-loader.js");
    await loadMammoth();
    const xmlModule = require("mammoth/lib/xml/index.js") as { readString: typeof mammothReadString };
    expect(xmlModule.readString).not.toBe(mammothReadString);
    const xml = `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t xml:space="preserve"> Hi &amp; bye </w:t></w:r></w:p></w:body></w:document>`;
    expect(await xmlModule.readString(xml, { [W]: "w" })).toStrictEqual(await mammothReadString(xml, { [W]: "w" }));
    await expect(xmlModule.readString("<a>&nbsp;</a>")).rejects.toThrow(/entity not found/);
  });
});
