import { describe, expect, it } from "vitest";
import { loadPdfJs } from "../../src/ingest/pdf-engine.js";

const isNative = (fn: unknown) => typeof fn === "function" && Function.prototype.toString.call(fn).includes("[native code]");

describe("loading pdf.js", () => {
  it("puts back the built-ins its polyfills replace, and keeps the ones they add", async () => {
    await loadPdfJs();
    expect([Array.prototype.push, JSON.stringify, JSON.parse].map(isNative)).toEqual([true, true, true]);
    expect(typeof Promise.withResolvers).toBe("function");
    expect(JSON.stringify({ list: [1, "two"] })).toBe('{"list":[1,"two"]}');
  });
});
