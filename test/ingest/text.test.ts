import { describe, expect, it } from "vitest";
import { allLines, DEFAULT_LIMITS, type Document } from "../../src/ingest/document.js";
import { ingest } from "../../src/ingest/index.js";
import { decodeText } from "../../src/ingest/text.js";
import { stripMarkdown } from "../../src/ingest/markdown.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

describe("decodeText", () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ["UTF-8", utf8("José Núñez — ML"), "José Núñez — ML"],
    ["UTF-8 with a BOM", concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8("Zoë")), "Zoë"],
    ["UTF-16 LE with a BOM", concat(new Uint8Array([0xff, 0xfe]), Buffer.from("Zoë Ødegaard", "utf16le")), "Zoë Ødegaard"],
    ["UTF-16 BE with a BOM", concat(new Uint8Array([0xfe, 0xff]), Buffer.from("Zoë", "utf16le").swap16()), "Zoë"],
    ["UTF-16 LE without a BOM", new Uint8Array(Buffer.from("Experience", "utf16le")), "Experience"],
    ["Windows-1252 when not UTF-8", new Uint8Array([0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x93, 0x4d, 0x4c, 0x94, 0x20, 0x80]), "José “ML” €"],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(decodeText(input)).toBe(expected);
  });
});

async function readOk(bytes: Uint8Array): Promise<Document> {
  const result = await ingest(bytes, DEFAULT_LIMITS);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("plain text and Markdown résumés", () => {
  it("reads lines, drops blank ones, and starts a page at each form feed", async () => {
    const doc = await readOk(utf8("Chidi Okeke\r\n\r\nData Engineer\n\fEducation\nB.Sc. Physics\f"));
    expect(doc.format).toBe("text");
    expect(doc.pages.map((page) => page.lines.map((line) => [line.line, line.text]))).toEqual([
      [
        [1, "Chidi Okeke"],
        [2, "Data Engineer"],
      ],
      [
        [1, "Education"],
        [2, "B.Sc. Physics"],
      ],
    ]);
  });

  it("reads Markdown without its markup", async () => {
    const doc = await readOk(
      utf8("# Mei Tanaka\n\n## Experience\n\n- **ML Engineer**, [Acme](https://acme.example) — 2020–2024\n* Built _scikit_learn_ pipelines\n\n---\n1. First prize\n"),
    );
    expect(doc.format).toBe("markdown");
    expect(allLines(doc).map((line) => line.text)).toEqual([
      "Mei Tanaka",
      "Experience",
      "• ML Engineer, Acme (https://acme.example) — 2020–2024",
      "• Built scikit_learn pipelines",
      "1. First prize",
    ]);
  });

  it("reports a file of blank lines as having no text", async () => {
    expect(await ingest(utf8(" \n\t\n \u00A0 \n"), DEFAULT_LIMITS)).toMatchObject({ ok: false, error: { code: "NO_TEXT" } });
  });
});

describe("stripMarkdown", () => {
  it.each([
    ["### Skills ###", "Skills"],
    ["+ Python", "• Python"],
    ["`pandas` and *numpy*", "pandas and numpy"],
    ["snake_case_name stays", "snake_case_name stays"],
    ["[https://x.example](https://x.example)", "https://x.example"],
    ["===", ""],
  ])("%s → %s", (input, expected) => {
    expect(stripMarkdown(input)).toBe(expected);
  });
});
