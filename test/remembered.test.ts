import { describe, expect, it } from "vitest";
import { remembered, rememberedFor } from "../src/remembered.js";

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

describe("rememberedFor", () => {
  it("computes once per object, null answers included, and again for an equal but different object", () => {
    const calls: number[][] = [];
    const answer = rememberedFor((list: number[]) => (calls.push(list), list.length === 0 ? null : list.length));
    const one = [1, 2];
    const none: number[] = [];
    expect([one, none, one, none, [1, 2]].map(answer)).toEqual([2, null, 2, null, 2]);
    expect(calls).toEqual([one, none, [1, 2]]);
    expect(calls[0]).toBe(one);
    expect(calls[2]).not.toBe(one);
  });
});
