import { describe, expect, it } from "vitest";
import { replayOperatorList } from "../../src/ingest/pdf-drawing.js";

// The operator codes replayOperatorList needs, named as pdf.js names them (values are arbitrary here).
const NAMES = [
  "save", "restore", "transform", "setFillRGBColor", "setFillColorN", "setGState", "setTextRenderingMode",
  "constructPath", "fill", "endPath", "clip", "beginText", "setTextMatrix", "setFont", "moveText", "showText",
  "paintImageXObject", "paintFormXObjectBegin", "paintFormXObjectEnd",
] as const;
const OPS = Object.fromEntries(NAMES.map((name, i) => [name, i + 1])) as Record<(typeof NAMES)[number], number>;

type Op = [keyof typeof OPS, unknown[]];

function replay(ops: Op[]) {
  return replayOperatorList({ fnArray: ops.map(([name]) => OPS[name]), argsArray: ops.map(([, args]) => args) }, OPS);
}

const glyphs = (text: string) => [...text].map((unicode) => ({ unicode, width: 500, isSpace: unicode === " " }));
const rect = (x: number, y: number, w: number, h: number): Op => ["constructPath", [OPS.fill, [null], [x, y, x + w, y + h]]];

describe("replayOperatorList", () => {
  it("records each run's fill, opacity and render mode, restoring them with the graphics state", () => {
    const drawing = replay([
      ["setFillRGBColor", ["#ffffff"]],
      ["save", []],
      ["setTextRenderingMode", [3]],
      ["setGState", [[["ca", 0.5]]]],
      ["showText", [glyphs("ab")]],
      ["restore", []],
      ["showText", [glyphs("c")]],
      ["setFillColorN", ["pattern"]],
      ["showText", [glyphs("d")]],
    ]);
    expect(drawing.runs.map(({ fill, alpha, renderMode }) => ({ fill, alpha, renderMode }))).toEqual([
      { fill: [255, 255, 255], alpha: 0.5, renderMode: 3 },
      { fill: [255, 255, 255], alpha: 1, renderMode: 0 },
      { fill: undefined, alpha: 1, renderMode: 0 },
    ]);
    expect(drawing.glyphs.map(({ char, run }) => [char, run])).toEqual([
      ["a", 0],
      ["b", 0],
      ["c", 1],
      ["d", 2],
    ]);
  });

  it("records filled shapes and images in page space, in drawing order, clipped", () => {
    const drawing = replay([
      ["setFillRGBColor", ["#112233"]],
      ["save", []],
      ["transform", [2, 0, 0, 2, 10, 20]],
      rect(0, 0, 50, 10),
      ["restore", []],
      ["save", []],
      ["clip", []],
      ["constructPath", [OPS.endPath, [null], [0, 0, 100, 100]]],
      ["transform", [300, 0, 0, 300, 0, 0]],
      ["paintImageXObject", ["img_1", 4, 4]],
      ["restore", []],
    ]);
    expect(drawing.paints).toEqual([
      { order: 3, box: { left: 10, bottom: 20, right: 110, top: 40 }, color: [0x11, 0x22, 0x33], covers: true },
      { order: 9, box: { left: 0, bottom: 0, right: 100, top: 100 }, color: undefined, covers: true },
    ]);
  });

  it("follows the text matrix so each run knows where it starts", () => {
    const drawing = replay([
      ["beginText", []],
      ["setFont", ["f1", 10]],
      ["setTextMatrix", [[1, 0, 0, 1, 72, 700]]],
      ["showText", [glyphs("Hi")]],
      ["showText", [glyphs("there")]],
      ["moveText", [0, -14]],
      ["showText", [[...glyphs("A"), -400, ...glyphs("B")]]],
      ["setTextMatrix", [[1, 0, 0, 1, 900, 700]]],
      ["showText", [glyphs("far away")]],
    ]);
    expect(drawing.runs.map((run) => [run.origin, run.text])).toEqual([
      [[72, 700], "Hi"],
      [[82, 700], "there"],
      [[72, 686], "A B"],
      [[900, 700], "far away"],
    ]);
  });

  it("applies a form XObject's matrix and clips to its bounding box", () => {
    const drawing = replay([
      ["paintFormXObjectBegin", [[1, 0, 0, 1, 100, 100], [0, 0, 20, 20]]],
      rect(0, 0, 50, 50),
      ["paintFormXObjectEnd", []],
      rect(0, 0, 50, 50),
    ]);
    expect(drawing.paints.map((paint) => paint.box)).toEqual([
      { left: 100, bottom: 100, right: 120, top: 120 },
      { left: 0, bottom: 0, right: 50, top: 50 },
    ]);
  });
});
