import { describe, expect, it } from "vitest";
import type { Document, Result } from "../../src/ingest/document.js";
import { readRtf } from "../../src/ingest/rtf.js";

const read = (rtf: string): Result<Document> => readRtf(new Uint8Array(Buffer.from(rtf, "latin1")));
const texts = (rtf: string): string[] => {
  const result = read(rtf);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.pages[0]!.lines.map((line) => line.text);
};

describe("readRtf", () => {
  const cases: Array<[string, string, string[]]> = [
    ["paragraphs and soft line breaks", String.raw`{\rtf1\ansi Jane Doe\par Data Scientist\line Austin\par}`, ["Jane Doe", "Data Scientist", "Austin"]],
    ["Windows-1252 bytes", String.raw`{\rtf1\ansi\ansicpg1252 Ren\'e9e \'93ML\'94 \'96 caf\'e9\par}`, ["Renée “ML” – café"]],
    ["another code page (\\ansicpg1251)", String.raw`{\rtf1\ansi\ansicpg1251 \'c8\'e2\'e0\'ed\par}`, ["Иван"]],
    ["a font's charset wins over the document's", String.raw`{\rtf1\ansi{\fonttbl{\f0 Arial;}{\f1\fcharset238 Arial CE;}}\f1 \'8a\'e8\par}`, ["Šč"]],
    ["\\u escapes skip their fallback characters", String.raw`{\rtf1 a\uc1\u8212?b \uc2\u8226\'95\'95c \uc1\u233?\par}`, ["a—b •c é"]],
    ["surrogate pairs", String.raw`{\rtf1 \u-10179?\u-8704?\par}`, ["😀"]],
    ["named characters", String.raw`{\rtf1 a\emdash b\endash c\lquote d\rquote \ldblquote e\rdblquote\tab f\~g\par}`, ["a—b–c‘d’“e” f g"]],
    ["escaped braces and backslashes", String.raw`{\rtf1 C\{\}\\D\par}`, ["C{}\\D"]],
    ["a Symbol-font bullet", String.raw`{\rtf1{\fonttbl{\f0 Arial;}{\f1\fcharset2 Symbol;}}{\pntext\f1\'b7\tab}\f0 PyTorch\par}`, ["• PyTorch"]],
    [
      "tables: short cells on one line",
      String.raw`{\rtf1\trowd\cellx1000\cellx2000\pard\intbl Senior Engineer\cell\pard\intbl 2019 \endash  2021\cell\row\pard After\par}`,
      ["Senior Engineer | 2019 – 2021", "After"],
    ],
    ["a field shows its result, not its code", String.raw`{\rtf1 {\field{\*\fldinst HYPERLINK "https://x.example"}{\fldrslt github.com/jane}}\par}`, ["github.com/jane"]],
    [
      "destinations that are not text",
      String.raw`{\rtf1{\fonttbl{\f0 Times;}}{\colortbl;\red0;}{\stylesheet{\s1 Heading 1;}}{\info{\title CV}{\author Jane}}{\*\generator Writer;}{\*\unknown secret}{\pict\pngblip 89504e47}{\footer Page 1}Body\par}`,
      ["Body"],
    ],
    ["an object shows its result", String.raw`{\rtf1{\object\objemb{\*\objdata 0102}{\result Chart text}}\par}`, ["Chart text"]],
    ["\\bin data is skipped by its length", String.raw`{\rtf1 A\par{\*\blob\bin4 {}}}}B\par}`, ["A", "B"]],
    ["tracked deletions are not text", String.raw`{\rtf1 Kept {\deleted Gone} too\par}`, ["Kept too"]],
  ];
  it.each(cases)("%s", (_name, rtf, expected) => {
    expect(texts(rtf)).toEqual(expected);
  });

  it("marks all-bold paragraphs bold", () => {
    const result = read(String.raw`{\rtf1 \b Experience\b0\par Acme \b Lead\b0\par}`);
    expect(result.ok && result.value.pages[0]!.lines.map((line) => line.bold)).toEqual([true, false]);
  });

  it("sets hidden text aside and warns", () => {
    const result = read(String.raw`{\rtf1 Barista\par {\v PhD MIT TensorFlow}\par}`);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.pages[0]!.lines.map((line) => line.text)).toEqual(["Barista"]);
    expect(result.value.hidden).toEqual([{ page: 1, text: "PhD MIT TensorFlow", reason: "render-mode" }]);
    expect(result.value.warnings.map((warning) => warning.code)).toEqual(["HIDDEN_TEXT"]);
  });

  it("reports a file with no text as NO_TEXT", () => {
    expect(read(String.raw`{\rtf1{\fonttbl{\f0 Arial;}}}`)).toEqual({ ok: false, error: { code: "NO_TEXT", message: expect.any(String) } });
  });

  it("survives hostile structure: deep nesting, unbalanced braces, huge parameters, a cut-off file", () => {
    const hostile = [
      "{\\rtf1 " + "{".repeat(100_000) + "deep" + "}".repeat(100_000) + "\\par}",
      "{\\rtf1 }}}}} text {{{ \\par",
      "{\\rtf1 \\bin99999999999 x}",
      "{\\rtf1 \\u99999999999? \\uc-5 \\ucx A\\'zz\\'",
      "{\\rtf1 \\" + "a".repeat(10_000) + " B\\par}",
    ];
    for (const rtf of hostile) {
      const result = read(rtf);
      expect(typeof result.ok).toBe("boolean");
    }
    expect(texts(hostile[0]!)).toEqual(["deep"]);
  });
});
