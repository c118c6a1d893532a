import { describe, expect, it } from "vitest";
import type { Box } from "../../src/ingest/geometry.js";
import { replayOperatorList } from "../../src/ingest/pdf-drawing.js";
import type { FontInfo } from "../../src/ingest/pdf-text-cursor.js";
import { classifyTraced } from "../../src/ingest/pdf-visibility.js";

// Operator codes as pdf.js names them (values are arbitrary here).
const NAMES = [
  "save", "restore", "transform", "setFillRGBColor", "beginText", "setTextMatrix", "setFont", "moveText",
  "showText", "setCharSpacing", "setWordSpacing", "setHScale", "beginMarkedContentProps", "endMarkedContent",
] as const;
const OPS = Object.fromEntries(NAMES.map((name, i) => [name, i + 1])) as Record<(typeof NAMES)[number], number>;
type Op = [keyof typeof OPS, unknown[]];

const PLAIN: FontInfo = { name: "Plain", vertical: false, isType3: false, matrix: [0.001, 0, 0, 0.001, 0, 0] };
const FONTS: Record<string, FontInfo> = {
  plain: PLAIN,
  type3: { ...PLAIN, name: "Bitmap", isType3: true },
  vertical: { ...PLAIN, name: "Gothic-V", vertical: true },
};
const PAGE: Box = { left: 0, bottom: 0, right: 612, top: 792 };

function replay(ops: Op[]) {
  const list = { fnArray: ops.map(([name]) => OPS[name]), argsArray: ops.map(([, args]) => args) };
  return replayOperatorList(list, OPS, { fonts: (name) => FONTS[name], view: PAGE, listGlyphs: false });
}

/** Glyphs 500 units wide (5 pt at 10 pt); numbers are TJ kerning in thousandths of an em. */
const glyphs = (...parts: Array<string | number>) =>
  parts.flatMap((part) =>
    typeof part === "number" ? [part] : [...part].map((unicode) => ({ unicode, width: 500, originalCharCode: unicode.charCodeAt(0) })),
  );

/** Text at (72, 700) in a 10 pt font, then more operators. */
const line = (...ops: Op[]): Op[] => [["beginText", []], ["setFont", ["plain", 10]], ["setTextMatrix", [[1, 0, 0, 1, 72, 700]]], ...ops];
const show = (...parts: Array<string | number>): Op => ["showText", [glyphs(...parts)]];
const texts = (ops: Op[]) => replay(ops).items.map((item) => item.text);

describe("text items from the operator list", () => {
  it.each([
    ["a small kerning gap stays inside a word", [show("A", -50, "B")], ["AB"]],
    ["a word-sized gap becomes a space", [show("data", -250, "science")], ["data science"]],
    ["a wide gap ends the item with a space item", [show("Python", -1000, "2019")], ["Python", " ", "2019"]],
    ["space glyphs collapse into one space", [show("deep  learning")], ["deep", " ", "learning"]],
    ["a single space glyph stays a space", [show("deep learning")], ["deep learning"]],
    ["a new line starts a new item", [show("first"), ["moveText", [0, -14]], show("second")], ["first", "second"]],
    ["runs that continue the line join one item", [show("Machine "), show("Learning")], ["Machine Learning"]],
    ["a hyphen mapped to a soft hyphen is read as drawn", [show("high\u00ADimpact")], ["high-impact"]],
    ["format characters are dropped", [show("co\u200Dop")], ["coop"]],
    ["marked content ends an item", [show("tagged"), ["beginMarkedContentProps", ["Span", 1]], show("text"), ["endMarkedContent", []]], ["tagged", "text"]],
    ["letter-spaced text keeps its letters together", [["setCharSpacing", [0.5]], show("SKILLS")], ["SKILLS"]],
  ] as Array<[string, Op[], string[]]>)("%s", (_what, ops, expected) => {
    expect(texts(line(...ops))).toEqual(expected);
  });

  it("places items in page space with pdf.js's transform and width", () => {
    const [item] = replay([["transform", [0.5, 0, 0, 0.5, 0, 0]], ...line(["setHScale", [50]], show("abcd"))]).items;
    // 4 glyphs × 5 pt × 50 % horizontal scaling × 0.5 (the page transform).
    expect(item).toMatchObject({ text: "abcd", transform: [2.5, 0, 0, 5, 36, 350], width: 5, fontName: "plain" });
  });

  it("restores the text position with the graphics state, as pdf.js does", () => {
    const items = replay(line(show("A"), ["save", []], ["moveText", [100, 0]], show("B"), ["restore", []], show("C"))).items;
    expect(items.filter((item) => item.text.trim() !== "").map((item) => [item.text, item.transform[4]])).toEqual([
      ["A", 72],
      ["B", 172],
      ["C", 77],
    ]);
  });

  it("knows which run drew each character and where it starts", () => {
    const [item] = replay(line(show("ab"), ["setFillRGBColor", ["#ffffff"]], show(-250, "cd"))).items;
    expect(item).toMatchObject({ text: "ab cd", runs: [0, 0, undefined, 1, 1], offsets: [0, 5, 10, 12.5, 17.5], width: 22.5 });
  });

  it("leaves out glyphs outside the page, as pdf.js does", () => {
    const drawn = replay([
      ...line(show("on the page")),
      ["setTextMatrix", [[1, 0, 0, 1, 700, 500]]],
      show("off the page"),
    ]);
    expect(drawn.items.map((item) => item.text)).toEqual(["on the page"]);
    expect(classifyTraced(drawn.items, drawn, PAGE).offPage).toEqual(["off the page"]);
  });

  it.each([
    ["a Type3 font", [["setFont", ["type3", 10]], show("x")]],
    ["a vertical font", [["setFont", ["vertical", 10]], show("x")]],
    ["a font pdf.js did not load", [["setFont", ["missing", 10]], show("x")]],
    ["right-to-left text", [show("\u05E9\u05DC\u05D5\u05DD")]],
    ["a Type3 font selected inside a saved state", [["save", []], ["setFont", ["type3", 10]], show("x"), ["restore", []]]],
  ] as Array<[string, Op[]]>)("leaves a page with %s to pdf.js's own text content", (_what, ops) => {
    expect(replay(line(...ops)).needsTextContent).toBe(true);
  });

  it("reads a plain page itself", () => {
    expect(replay(line(show("Ravi Patel"))).needsTextContent).toBe(false);
  });
});

describe("visibility of one-pass items", () => {
  it("splits an item exactly where a white run starts", () => {
    const drawn = replay(line(show("Skills: Excel "), ["setFillRGBColor", ["#ffffff"]], show("TensorFlow")));
    const pieces = classifyTraced(drawn.items, drawn, PAGE).pieces.map((piece) => [piece.text, piece.hidden ?? "visible", piece.transform[4], piece.width]);
    expect(pieces).toEqual([
      ["Skills: Excel ", "visible", 72, 70],
      ["TensorFlow", "background-colour", 142, 50],
    ]);
  });
});
