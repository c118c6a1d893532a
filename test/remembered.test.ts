import { describe, expect, it } from "vitest";
import { remembered } from "../src/remembered.js";

describe("remembered", () => {
  it("computes each argument once, null and undefined answers included", () => {
    const calls: string[] = [];
    const answer = remembered((key) => {
      calls.push(key);
      return key === "none" ? null : key === "nothing" ? undefined : key.length;
    }, 10);
    expect(["ab", "none", "nothing", "ab", "none", "nothing"].map(answer)).toEqual([2, null, undefined, 2, null, undefined]);
    expect(calls).toEqual(["ab", "none", "nothing"]);
  });

  it("forgets everything once it holds as many answers as allowed, and goes on answering", () => {
    const calls: string[] = [];
    const answer = remembered((key) => (calls.push(key), key.toUpperCase()), 2);
    expect(["a", "b", "c", "a", "c"].map(answer)).toEqual(["A", "B", "C", "A", "C"]);
    // "c" arrived when two were held: all were forgotten, so "a" was computed again; "c" was kept.
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
});
