import { describe, expect, it } from "vitest";
import { MAMMOTH_PART, openedDocx } from "../../src/ingest/docx-archive.js";

const encode = (text: string) => new TextEncoder().encode(text);

describe("openedDocx: the inflated parts as the file mammoth reads", () => {
  const parts = new Map([["word/document.xml", encode("\uFEFF<w:document/>")]]);
  const docx = openedDocx(parts, new Set(["word/document.xml", "word/media/photo.png"]));

  it("knows every part of the archive, read or not", () => {
    expect(docx.exists("word/document.xml")).toBe(true);
    expect(docx.exists("word/media/photo.png")).toBe(true);
    expect(docx.exists("word/styles.xml")).toBe(false);
  });

  it("reads a part as text (byte-order mark dropped, as mammoth's own reader does), bytes or base64", async () => {
    expect(await docx.read("word/document.xml", "utf-8")).toBe("<w:document/>");
    expect(await docx.read("word/document.xml")).toEqual(parts.get("word/document.xml"));
    expect(await docx.read("word/document.xml", "base64")).toBe(Buffer.from("\uFEFF<w:document/>").toString("base64"));
  });

  it("refuses to read a picture, which is never needed", async () => {
    await expect(docx.read("word/media/photo.png")).rejects.toThrow(/not read/);
  });

  it.each([
    ["word/document.xml", true],
    ["word/_rels/document.xml.rels", true],
    ["[Content_Types].xml", true],
    ["mammoth/style-map", true],
    ["word/media/image1.png", false],
    ["word/fonts/font1.odttf", false],
  ])("mammoth reads %s: %s", (name, read) => {
    expect(MAMMOTH_PART.test(name)).toBe(read);
  });
});
