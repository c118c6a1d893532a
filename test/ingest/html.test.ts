import { describe, expect, it } from "vitest";
import { readHtml } from "../../src/ingest/html.js";
import { tidyHtml } from "../../src/ingest/html-tidy.js";

const read = (html: string | Uint8Array) => readHtml(typeof html === "string" ? new TextEncoder().encode(html) : html);
const texts = (html: string | Uint8Array): string[] => {
  const result = read(html);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.pages[0]!.lines.map((line) => line.text);
};

describe("readHtml (real web pages)", () => {
  const cases: Array<[string, string, string[]]> = [
    ["paragraphs left open", "<p>One<p>Two<div>Three</div>Four", ["One", "Two", "Three", "Four"]],
    ["list items left open", "<ul><li>PyTorch<li>Spark</ul>", ["• PyTorch", "• Spark"]],
    ["table cells and rows left open", "<table><tr><td>Senior Engineer<td>2019 – 2021<tr><td>Python<td>SQL</table>", ["Senior Engineer | 2019 – 2021", "Python | SQL"]],
    ["layout elements are blocks", "<header><h1>Jane</h1></header><section><h2>Skills</h2><span>Python</span></section><footer>Austin</footer>", ["Jane", "Skills", "Python", "Austin"]],
    ["definition lists", "<dl><dt>Languages<dd>Python, SQL</dl>", ["Languages", "Python, SQL"]],
    [
      "scripts, styles, the head and forms are not text",
      "<html><head><title>CV</title><style>p{}</style><script>var s = '<p>x</p>';</script></head><body><p>Body<noscript>Enable JS</noscript><button>Download</button></body></html>",
      ["Body"],
    ],
    ["a head left open ends at the body", "<head><meta charset=utf-8><body><p>Body", ["Body"]],
    ["comments and CDATA", "<p>A<!-- <p>hidden</p> -->B</p><![CDATA[ raw ]]>", ["AB"]],
    ["named entities", "<p>R&amp;D &mdash; caf&eacute; &ldquo;ML&rdquo; &bull; &hellip; &nosuch;</p>", ["R&D — café “ML” • … &nosuch;"]],
    ["links that hide their address show it", '<p><a href="https://github.com/jane">GitHub</a> · <a href="mailto:jane@example.com">Email</a> · <a href="https://x.example/">https://x.example/</a></p>', ["GitHub (https://github.com/jane) · Email (jane@example.com) · https://x.example/"]],
    ["preformatted text keeps its lines", "<pre>Jane Doe\nData Scientist</pre>", ["Jane Doe", "Data Scientist"]],
    ["line breaks", "<p>Austin<br>TX<br/>USA</p>", ["Austin", "TX", "USA"]],
    ["stray angle brackets", "<p>a < b and c > d</p>", ["a < b and c > d"]],
  ];
  it.each(cases)("%s", (_name, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it("sets hidden elements aside and warns", () => {
    const result = read('<p>Barista</p><div style="display: none">PhD <b>TensorFlow</b></div><p hidden>Java</p><span style="font-size:0px">AWS</span><p style="font-size:0.9em">Shown</p>');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.pages[0]!.lines.map((line) => line.text)).toEqual(["Barista", "Shown"]);
    expect(result.value.hidden.map((hidden) => hidden.text)).toEqual(["PhD TensorFlow", "Java", "AWS"]);
    expect(result.value.warnings.map((warning) => warning.code)).toEqual(["HIDDEN_TEXT"]);
  });

  it("marks headings and all-bold paragraphs bold", () => {
    const result = read("<h2>Experience</h2><p><b>Lead</b></p><p><b>Lead</b>, Acme</p>");
    expect(result.ok && result.value.pages[0]!.lines.map((line) => line.bold)).toEqual([true, true, false]);
  });

  it("decodes the declared character set, and Windows-1252 when the bytes are not UTF-8", () => {
    const latin2 = new Uint8Array([...Buffer.from('<meta charset="iso-8859-2"><p>'), 0xa9, 0xe8, ...Buffer.from("</p>")]);
    expect(texts(latin2)).toEqual(["Šč"]);
    const cp1252 = new Uint8Array([...Buffer.from("<p>Ren"), 0xe9, 0x65, 0x20, 0x96, ...Buffer.from(" ML</p>")]);
    expect(texts(cp1252)).toEqual(["Renée – ML"]);
  });

  it("reports a page with no visible text as NO_TEXT", () => {
    expect(read("<html><head><title>Jane</title></head><body><script>x()</script></body></html>")).toEqual({
      ok: false,
      error: { code: "NO_TEXT", message: expect.any(String) },
    });
  });

  it("stays linear on hostile input", () => {
    const hostile = `${"<div>".repeat(50_000)}deep${"<p>".repeat(50_000)}<a b${" c".repeat(50_000)}`;
    const started = performance.now();
    expect(tidyHtml(hostile).html).toContain("deep");
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
