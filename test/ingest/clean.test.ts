import { describe, expect, it } from "vitest";
import { cleanLineText, isIconOnly } from "../../src/ingest/clean.js";

const cases: Array<[string, string, string]> = [
  ["ligatures", "Eﬃcient oﬃce workﬂow, ﬁnance", "Efficient office workflow, finance"],
  ["non-breaking and thin spaces", "Jan\u00A02019\u2009–\u202FPresent", "Jan 2019 – Present"],
  ["zero-width characters and soft hyphens", "Py\u200Bthon, Tensor\u00ADFlow\uFEFF", "Python, TensorFlow"],
  ["control characters and tabs", "Skills:\tPython\u0007\u0000", "Skills: Python"],
  ["full-width ASCII", "ＰｙＴｏｒｃｈ　２０２１", "PyTorch 2021"],
  ["icon-font glyphs (private use area)", "\uF095 (555) 010-2233  \uF0E0 ana@example.com", "(555) 010-2233 ana@example.com"],
  ["a Word Symbol-font bullet", "\uF0B7\tLed a team of five", "• Led a team of five"],
  ["assorted leading bullets", "▪  Built pipelines", "• Built pipelines"],
  ["a dash bullet", "– Cut costs by 30%", "• Cut costs by 30%"],
  ["a hyphen bullet", "- Shipped v2", "• Shipped v2"],
  ["a bullet without a space", "•Reduced latency", "• Reduced latency"],
  ["a negative number is not a bullet", "-5% churn", "-5% churn"],
  ["bullets inside a line stay", "Python • SQL • Spark", "Python • SQL • Spark"],
  ["a lone bullet is nothing", "  •  ", ""],
  ["a letter-spaced heading", "S U M M A R Y", "SUMMARY"],
  ["a letter-spaced heading of two words", "W O R K   E X P E R I E N C E", "WORK EXPERIENCE"],
  ["short single letters are left alone", "A B testing", "A B testing"],
  ["mixed tokens are left alone", "C / C++ developer", "C / C++ developer"],
  ["Word's doubled hyphen", "(909) 555-\u20105555", "(909) 555-5555"],
  ["runs of spaces and edges", "   Senior    Engineer   ", "Senior Engineer"],
  ["decomposed accents are composed", "Jose\u0301 Nu\u0301n\u0303ez", "José Núñez"],
  ["blank", " \u00A0\u200B ", ""],
];

describe("cleanLineText", () => {
  it.each(cases)("%s", (_name, input, expected) => {
    expect(cleanLineText(input)).toBe(expected);
  });
});

describe("isIconOnly", () => {
  it.each([
    ["\uF0E0", true],
    ["\uF095 ", true],
    ["\uF0E0 mail", false],
    ["\uF0B7", false],
    ["•", false],
    [" ", false],
  ])("%j → %s", (input, expected) => {
    expect(isIconOnly(input)).toBe(expected);
  });
});
