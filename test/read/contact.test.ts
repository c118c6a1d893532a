import { describe, expect, it } from "vitest";
import { readResume } from "../../src/read/index.js";
import { bundledVocabulary, docOf, type LineSpec } from "./helpers.js";

const contactOf = (...lines: LineSpec[]) => readResume(docOf(lines), bundledVocabulary()).contact;

describe("contact", () => {
  it("reads name, e-mail, phone and links from the top of the page", () => {
    const contact = contactOf(
      { text: "Ada Byron", fontSize: 22 },
      { text: "Machine Learning Engineer", fontSize: 12 },
      "ada.byron@example.com | (312) 555-0123 | linkedin.com/in/adabyron | github.com/adabyron",
      { text: "EXPERIENCE", fontSize: 14 },
    );
    expect(contact).toMatchObject({
      name: "Ada Byron",
      email: "ada.byron@example.com",
      phone: "(312) 555-0123",
      links: ["linkedin.com/in/adabyron", "github.com/adabyron"],
    });
    expect(contact.evidence.map((e) => e.line)).toEqual([1, 3]);
  });

  it("prefers the largest line for the name", () => {
    expect(contactOf({ text: "Curriculum Vitae", fontSize: 12 }, { text: "Grace Hopper", fontSize: 24 }).name).toBe("Grace Hopper");
  });

  it.each<[string, string]>([
    ["Ada Byron | ada@example.com", "Ada Byron"],
    ["ADA BYRON", "ADA BYRON"],
    ["Ada K. Byron", "Ada K. Byron"],
    ["Ada Byron, PhD", "Ada Byron"],
    ["Ada ByronSOFTWARE ENGINEER", "Ada Byron"],
    ["Ada Byron Email: ada@example.com", "Ada Byron"],
  ])("takes the name from %j", (line, name) => {
    expect(contactOf(line, "Experience").name).toBe(name);
  });

  it("joins a name set on two lines", () => {
    expect(contactOf({ text: "Ada", fontSize: 40 }, { text: "Byron", fontSize: 40 }, { text: "Engineer", fontSize: 10 }).name).toBe("Ada Byron");
  });

  it.each([["Senior Software Engineer"], ["Curriculum Vitae"], ["EXPERIENCE"], ["J A N E  D O E"], ["LinkedIn GitHub"], ["123 Main Street"]])(
    "does not take %j for a name",
    (line) => {
      expect(contactOf(line).name).toBeUndefined();
    },
  );

  it.each([
    ["+1-123-456-7890"],
    ["+44 20 7946 0958"],
    ["(+91) 8087996634"],
    ["+49 (0)30 1234 5678"],
    ["555.123.4567"],
  ])("reads the phone number %j", (phone) => {
    expect(contactOf("Ada Byron", `Phone: ${phone}`).phone).toBe(phone);
  });

  it("does not take a date range for a phone number", () => {
    expect(contactOf("Ada Byron", "2019 - 2021").phone).toBeUndefined();
  });

  it("cuts icon glyphs off the end of an e-mail address", () => {
    expect(contactOf("Ada Byron", "ada@example.comI").email).toBe("ada@example.com");
  });

  it("keeps company links in the body out, profile links in", () => {
    const contact = contactOf("Ada Byron", "ada@example.com", "Experience", "Acme Corp https://acme.example.com", "See https://github.com/adabyron");
    expect(contact.links).toEqual(["https://github.com/adabyron"]);
  });
});
