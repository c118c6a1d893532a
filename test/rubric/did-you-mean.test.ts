import { describe, expect, it } from "vitest";
import { closestMatch, didYouMean, editDistance } from "../../src/rubric/did-you-mean.js";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["weight", "weight", 0],
    ["wieght", "weight", 1], // adjacent swap counts once
    ["kitten", "sitting", 3],
    ["", "abc", 3],
    ["degre", "degree", 1],
  ])("%s → %s is %d", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe("closestMatch", () => {
  const KEYS = ["id", "kind", "label", "weight", "required", "bonus", "pass"];
  it.each([
    ["wieght", "weight"],
    ["Requried", "required"],
    ["lable", "label"],
    ["kinds", "kind"],
    ["colour", undefined],
    ["x", undefined],
  ])("%s → %s", (word, expected) => {
    expect(closestMatch(word, KEYS)).toBe(expected);
  });

  it("is ready to append", () => {
    expect(didYouMean("bonsu", ["bonus"])).toBe('; did you mean "bonus"?');
    expect(didYouMean("zzz", ["bonus"])).toBe("");
  });
});
