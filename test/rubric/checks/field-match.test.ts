import { describe, expect, it } from "vitest";
import { matchField } from "../../../src/rubric/checks/field-match.js";

const ACCEPTED = ["computer science", "electrical engineering", "statistics", "applied math", "physics"];

describe("matchField", () => {
  it.each([
    ["Computer Science", { kind: "exact", accepted: "computer science" }],
    ["Computer Science & Engineering", { kind: "exact", accepted: "computer science" }],
    ["EECS", { kind: "exact", accepted: "computer science" }],
    ["Comp. Sci.", { kind: "exact", accepted: "computer science" }],
    ["E.E.", { kind: "exact", accepted: "electrical engineering" }],
    ["Applied Mathematics", { kind: "exact", accepted: "applied math" }],
    ["Computer Engineering", { kind: "related", accepted: "computer science" }],
    ["Biostatistics", { kind: "related", accepted: "statistics" }],
    ["Statistical Science", { kind: "related", accepted: "statistics" }],
    ["Mathematics", { kind: "related", accepted: "applied math" }],
    ["Astrophysics", { kind: "related", accepted: "physics" }],
    ["Mechanical Engineering", { kind: "other" }],
    ["Political Science", { kind: "other" }],
    ["Physical Therapy", { kind: "other" }],
    ["History", { kind: "other" }],
  ])("%s", (field, expected) => {
    expect(matchField(field, ACCEPTED)).toEqual(expected);
  });
});
