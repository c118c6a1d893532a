import { describe, expect, it } from "vitest";
import { removeRules } from "../../src/ingest/image-rules.js";
import type { OcrWord } from "../../src/ingest/ocr.js";
import { ocrPage } from "../../src/ingest/ocr-layout.js";

const SCALE = 3;
const PAGE = { width: 612, height: 792 };

/** Words of one line, laid out left to right at x (points) on a baseline (points), 10-point type. */
function line(index: number, baseline: number, x: number, words: Array<string | [string, number]>, size = 10): OcrWord[] {
  let left = x * SCALE;
  return words.map((entry) => {
    const [text, confidence] = typeof entry === "string" ? [entry, 95] : entry;
    const width = text.length * size * 0.5 * SCALE;
    const capHeight = size * 0.74 * SCALE;
    const word: OcrWord = {
      text, confidence, x0: left, x1: left + width, y0: baseline * SCALE - capHeight, y1: baseline * SCALE,
      baseline: baseline * SCALE, lineHeight: size * 1.2 * SCALE, line: index,
    };
    left += width + size * 0.3 * SCALE;
    return word;
  });
}

const texts = (words: OcrWord[]) => ocrPage(1, words, SCALE, PAGE).page.lines.map((l) => l.text);

describe("ocrPage", () => {
  it("joins words into lines in reading order, with positions in points", () => {
    const words = [...line(1, 120, 54, ["Senior", "Engineer"]), ...line(0, 100, 54, ["Jane", "Doe"], 20)];
    const page = ocrPage(1, words, SCALE, PAGE).page;
    expect(page.lines.map((l) => l.text)).toEqual(["Jane Doe", "Senior Engineer"]);
    expect(page.lines[0]).toMatchObject({ page: 1, line: 1, x: 54, y: 100 });
    expect(page.lines[0]!.fontSize).toBeGreaterThan(page.lines[1]!.fontSize! * 1.5);
    expect(page.lines[0]!.bold).toBeUndefined();
    expect(page).toMatchObject({ width: 612, height: 792 });
  });

  it("keeps a title and its right-aligned dates on one line", () => {
    const words = [...line(0, 200, 54, ["Data", "Scientist"]), ...line(1, 200, 470, ["Mar", "2021", "–", "Present"])];
    expect(texts(words)).toEqual(["Data Scientist Mar 2021 – Present"]);
  });

  it("reads bullets however OCR spelled them, whatever its confidence", () => {
    const words = [...line(0, 200, 64, [["«", 3], "Built", "models"]), ...line(1, 215, 64, [["*", 0], "Shipped"])];
    for (const word of words.filter((w) => w.text.length === 1)) word.y0 = word.y1 - 9; // a small dot
    expect(texts(words)).toEqual(["• Built models", "• Shipped"]);
  });

  it("drops unsure words and the ghosts of large letters", () => {
    const name = line(0, 100, 200, ["Maya", "Lindqvist"], 24);
    const ghost: OcrWord = { ...name[1]!, text: "[J", confidence: 40, x0: name[1]!.x0 + 30, x1: name[1]!.x0 + 60, y0: name[1]!.y0 - 4, y1: name[1]!.y0 + 20 };
    const words = [...name, ghost, ...line(1, 140, 54, ["Python", ["~~%#", 12]])];
    expect(texts(words)).toEqual(["Maya Lindqvist", "Python"]);
  });

  it("reports the mean confidence, weighted by characters", () => {
    const words = line(0, 100, 54, [["Python", 90], ["AI", 60]]);
    expect(ocrPage(1, words, SCALE, PAGE).confidence).toBeCloseTo((90 * 6 + 60 * 2) / 8, 5);
    expect(ocrPage(1, [], SCALE, PAGE)).toMatchObject({ characters: 0, page: { lines: [] } });
  });
});

describe("removeRules", () => {
  function image(width: number, height: number) {
    const data = new Uint8Array(width * height * 4).fill(255);
    const paint = (x0: number, y0: number, x1: number, y1: number) => {
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    };
    const dark = (x: number, y: number) => data[(y * width + x) * 4] === 0;
    return { img: { width, height, data }, paint, dark };
  }

  it("clears long thin rules and keeps letters and dark bands", () => {
    const { img, paint, dark } = image(400, 200);
    paint(10, 50, 390, 52); // a rule under a heading
    paint(200, 60, 202, 190); // a vertical table border
    paint(20, 30, 24, 49); // a letter's stem touching the rule
    paint(10, 100, 150, 160); // a dark banner
    paint(40, 120, 44, 140);
    const cleared = removeRules(img, 100, 6);
    expect(cleared).toBeGreaterThan(0);
    expect(dark(300, 51)).toBe(false);
    expect(dark(201, 100)).toBe(false);
    expect(dark(22, 40)).toBe(true);
    expect(dark(100, 130)).toBe(true);
  });
});
