import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, type Document, type Result } from "../../src/ingest/document.js";
import { readOdt } from "../../src/ingest/odt.js";

const NS = 'xmlns:office="o" xmlns:text="t" xmlns:table="tb" xmlns:style="s" xmlns:fo="f" xmlns:draw="d" xmlns:xlink="x"';
const content = (body: string, automatic = "") =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:automatic-styles>${automatic}</office:automatic-styles>` +
  `<office:body><office:text>${body}</office:text></office:body></office:document-content>`;

function odt(parts: Record<string, string>): Uint8Array {
  const entries = Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)]));
  return zipSync({ mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }], ...entries });
}

const read = (parts: Record<string, string>): Promise<Result<Document>> => readOdt(odt(parts), DEFAULT_LIMITS);
async function texts(body: string, automatic = ""): Promise<string[]> {
  const result = await read({ "content.xml": content(body, automatic) });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.pages[0]!.lines.map((line) => line.text);
}

describe("readOdt", () => {
  const cases: Array<[string, string, string[]]> = [
    ["headings and paragraphs", '<text:h text:outline-level="1">Jane Doe</text:h><text:p>Data Scientist</text:p>', ["Jane Doe", "Data Scientist"]],
    ["spaces, tabs and line breaks", '<text:p>Python<text:s text:c="3"/>SQL<text:tab/>AWS<text:line-break/>Austin</text:p>', ["Python SQL AWS", "Austin"]],
    ["lists with bullets", "<text:list><text:list-item><text:p>PyTorch</text:p></text:list-item><text:list-item><text:p>Spark</text:p></text:list-item></text:list>", ["• PyTorch", "• Spark"]],
    [
      "tables row by row",
      "<table:table><table:table-column/><table:table-row><table:table-cell><text:p>Senior Engineer</text:p></table:table-cell>" +
        "<table:table-cell><text:p>2019 – 2021</text:p></table:table-cell><table:covered-table-cell/></table:table-row></table:table>",
      ["Senior Engineer | 2019 – 2021"],
    ],
    ["a text box becomes its own lines", '<text:p>Body<draw:frame><draw:text-box><text:p>Sidebar</text:p></draw:text-box></draw:frame></text:p>', ["Body", "Sidebar"]],
    [
      "notes, comments and tracked deletions are not body text",
      '<text:tracked-changes><text:changed-region><text:deletion><text:p>Gone</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
        '<text:p>Paper<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Footnote</text:p></text:note-body></text:note>' +
        "<office:annotation><text:p>Comment</text:p></office:annotation></text:p>",
      ["Paper"],
    ],
    ["links show an address their text hides", '<text:p><text:a xlink:href="https://github.com/jane">GitHub</text:a></text:p>', ["GitHub (https://github.com/jane)"]],
    ["entities and CDATA", "<text:p>R&amp;D &#8212; caf&#xE9;</text:p>", ["R&D — café"]],
  ];
  it.each(cases)("%s", async (_name, body, expected) => {
    expect(await texts(body)).toEqual(expected);
  });

  it("reads bold from automatic and named styles, following parents", async () => {
    const automatic =
      '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>' +
      '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Strong"/>';
    const styles = `<office:document-styles ${NS}><office:styles><style:style style:name="Strong"><style:text-properties fo:font-weight="700"/></style:style></office:styles></office:document-styles>`;
    const result = await read({
      "content.xml": content('<text:p text:style-name="P1">Experience</text:p><text:p><text:span text:style-name="T1">Lead</text:span>, Acme</text:p><text:p><text:span text:style-name="T1">Lead</text:span></text:p>', automatic),
      "styles.xml": styles,
    });
    expect(result.ok && result.value.pages[0]!.lines.map((line) => line.bold)).toEqual([true, false, true]);
  });

  it("reads page headers before the body and footers after it, each line once", async () => {
    const styles =
      `<office:document-styles ${NS}><office:master-styles>` +
      '<style:master-page style:name="Standard"><style:header><text:p>Jane Doe · jane@example.com</text:p></style:header><style:footer><text:p>Austin, TX</text:p></style:footer></style:master-page>' +
      '<style:master-page style:name="Other"><style:header><text:p>Jane Doe · jane@example.com</text:p></style:header></style:master-page>' +
      "</office:master-styles></office:document-styles>";
    const result = await read({ "content.xml": content("<text:p>Experience</text:p>"), "styles.xml": styles });
    expect(result.ok && result.value.pages[0]!.lines.map((line) => line.text)).toEqual(["Jane Doe · jane@example.com", "Experience", "Austin, TX"]);
  });

  it.each([
    ["a password-protected file", { "content.xml": "encrypted bytes", "META-INF/manifest.xml": "<manifest:encryption-data/>" }, "ENCRYPTED"],
    ["a file without content.xml", { "styles.xml": "<x/>" }, "CORRUPT"],
    ["a file with no text", { "content.xml": content("<text:p> </text:p>") }, "NO_TEXT"],
  ])("fails %s with %s", async (_name, parts, code) => {
    expect(await read(parts)).toEqual({ ok: false, error: { code, message: expect.any(String) } });
  });

  it("refuses a part that inflates past the limit", async () => {
    const big = content(`<text:p>${"x".repeat(200_000)}</text:p>`);
    expect(await readOdt(odt({ "content.xml": big }), { maxPartBytes: 100_000 })).toEqual({ ok: false, error: { code: "TOO_LARGE", message: expect.any(String) } });
  });

  it("survives deep nesting and unclosed tags", async () => {
    const deep = `${"<text:span>".repeat(5_000)}deep${"</text:span>".repeat(5_000)}`;
    expect(await texts(`<text:p>${deep}</text:p><text:p>open <text:span>never closed`)).toEqual(["deep", "open never closed"]);
  });
});
