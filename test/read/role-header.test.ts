import { describe, expect, it } from "vitest";
import { isPlace, withoutCity } from "../../src/read/places.js";
import { parseRoleHeader } from "../../src/read/role-header.js";

describe("parseRoleHeader", () => {
  it.each<[string[], { title?: string; org?: string }]>([
    [["Senior ML Engineer, Acme Corp"], { title: "Senior ML Engineer", org: "Acme Corp" }],
    [["Acme Corp | Senior ML Engineer | Remote"], { title: "Senior ML Engineer", org: "Acme Corp" }],
    [["Acme Corp, New Orleans, LA, Accountant"], { title: "Accountant", org: "Acme Corp" }],
    [["Engineer at Globex"], { title: "Engineer", org: "Globex" }],
    [["Data Analyst — Meridian Health Partners"], { title: "Data Analyst", org: "Meridian Health Partners" }],
    [["Machine Learning Engineer", "Granite Peak Insurance Denver, CO"], { title: "Machine Learning Engineer", org: "Granite Peak Insurance" }],
    [["Software Development Engineer II, Apple, Cupertino, CA, USA"], { title: "Software Development Engineer II", org: "Apple" }],
    [["Analyst", "Tata Consultancy Services, Mumbai, India"], { title: "Analyst", org: "Tata Consultancy Services" }],
    [["Research Assistant, Westbrook University"], { title: "Research Assistant", org: "Westbrook University" }],
    [["Northwind Labs", "Staff Engineer (Contract)"], { title: "Staff Engineer", org: "Northwind Labs" }],
    [["Curator"], { title: "Curator" }],
    [["Sommelier"], { title: "Sommelier" }],
  ])("reads %j", (lines, expected) => {
    expect(parseRoleHeader(lines)).toEqual(expected);
  });

  it("does not guess a title when asked not to", () => {
    expect(parseRoleHeader(["Sommelier"], false)).toEqual({ org: "Sommelier" });
  });
});

describe("places", () => {
  it.each([["Remote"], ["Seattle, WA"], ["Berlin, Germany"], ["Greater Boston Area"], ["New York"], ["USA"]])("%j is a place", (text) => {
    expect(isPlace(text)).toBe(true);
  });

  it.each([["Acme Corp"], ["Data Scientist"], ["Westbrook University"]])("%j is not a place", (text) => {
    expect(isPlace(text)).toBe(false);
  });

  it.each([
    ["Northwind Analytics Seattle", "Northwind Analytics"],
    ["New Relic San Francisco", "New Relic"],
    ["Acme Salt Lake City", "Acme"],
    ["Denver", ""],
  ])("takes the city off %j", (text, org) => {
    expect(withoutCity(text)).toBe(org);
  });
});
