import { describe, expect, it } from "vitest";
import { htmlToLines } from "../../src/ingest/docx-html.js";
import { xmlParagraphs } from "../../src/ingest/docx-parts.js";

const texts = (html: string) => htmlToLines(html).map((line) => line.text);

describe("htmlToLines (mammoth's HTML)", () => {
  const cases: Array<[string, string, string[]]> = [
    ["paragraphs and headings", "<h1>Ana Silva</h1><p>Lisbon</p>", ["Ana Silva", "Lisbon"]],
    ["soft line breaks", "<p>ana@example.com<br />+351 555 0101</p>", ["ana@example.com", "+351 555 0101"]],
    ["entities", "<p>R&amp;D &lt;team&gt; &#8211; caf&#xE9; &quot;ML&quot;</p>", ['R&D <team> – café "ML"']],
    ["bullet and numbered lists", "<ul><li>PyTorch</li><li>Spark</li></ul><ol><li>First</li><li>Second</li></ol>", ["• PyTorch", "• Spark", "1. First", "2. Second"]],
    ["nested lists", "<ul><li>Cloud<ul><li>AWS</li></ul></li></ul>", ["• Cloud", "• AWS"]],
    [
      "a row of short cells on one line",
      "<table><tr><td><p>Senior Engineer</p></td><td><p>2019 – Present</p></td></tr></table>",
      ["Senior Engineer | 2019 – Present"],
    ],
    [
      "a row of long cells cell by cell",
      "<table><tr><td><p>SKILLS</p><p>Python</p></td><td><p>EXPERIENCE</p><p>Built models</p></td></tr></table>",
      ["SKILLS", "Python", "EXPERIENCE", "Built models"],
    ],
    ["empty cells are skipped", "<table><tbody><tr><td></td><td><p>MIT</p></td><td><p>2016</p></td></tr></tbody></table>", ["MIT | 2016"]],
    [
      "footnote back-links are dropped",
      '<p>Paper<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p><ol><li id="footnote-1"><p>NeurIPS 2021 <a href="#footnote-ref-1">↑</a></p></li></ol>',
      ["Paper[1]", "1. NeurIPS 2021"],
    ],
    ["images carry no text", '<p><img src="" /></p><p>Name</p>', ["Name"]],
  ];
  it.each(cases)("%s", (_name, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it("marks headings and all-bold paragraphs as bold", () => {
    const lines = htmlToLines("<h2>Skills</h2><p><strong>Engineer</strong>, Acme</p><p><strong>Lead</strong></p>");
    expect(lines.map((line) => line.bold)).toEqual([true, false, true]);
  });
});

describe("xmlParagraphs (headers and footers)", () => {
  it("reads runs, tabs and breaks, and text boxes inside paragraphs as their own lines", () => {
    const xml =
      '<w:hdr><w:p><w:r><w:t>Ana</w:t></w:r><w:r><w:t xml:space="preserve"> Silva</w:t></w:r><w:r><w:tab/><w:t>ana@example.com</w:t></w:r></w:p>' +
      "<w:p><w:r><w:t>Line one</w:t><w:br/><w:t>Line two</w:t></w:r></w:p>" +
      "<w:p><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>In a box</w:t></w:r></w:p></w:txbxContent></w:pict></w:r><w:r><w:t>After &amp; around</w:t></w:r></w:p>" +
      "<w:p><w:r><w:delText>deleted</w:delText></w:r></w:p></w:hdr>";
    expect(xmlParagraphs(xml)).toEqual(["Ana Silva ana@example.com", "Line one", "Line two", "In a box", "After & around"]);
  });
});
