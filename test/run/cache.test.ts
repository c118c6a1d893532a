import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asciiJson } from "../../src/run/ascii-json.js";
import { holdsNothingFor, openCache } from "../../src/run/cache.js";
import type { Resume } from "../../src/read/resume.js";

const resume: Resume = {
  format: "text", pages: 1, lines: [{ page: 1, line: 1, text: "Ada", section: "contact" }], sections: [],
  contact: { name: "Ada", links: [], evidence: [] }, degrees: [], periods: [], skills: [], warnings: [], hidden: [],
};
const hash = "ab".repeat(32);

function files(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ending))
    .map((e) => join(e.parentPath, e.name));
}

describe("content cache", () => {
  it("tells whether it holds anything by a reader, so a batch knows every file must be read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-cache-"));
    expect(holdsNothingFor(dir, "f1".repeat(32))).toBe(true);
    const writer = openCache(dir, "f1".repeat(32));
    writer.set(hash, { ok: true, value: resume });
    await writer.flush();
    expect(holdsNothingFor(dir, "f1".repeat(32))).toBe(false);
    expect(holdsNothingFor(dir, "f2".repeat(32))).toBe(true);
  });

  it("returns what was stored under the same fingerprint and nothing under another", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-cache-"));
    const writer = openCache(dir, "f1".repeat(32));
    writer.set(hash, { ok: true, value: resume });
    await writer.flush();
    expect(await openCache(dir, "f1".repeat(32)).get(hash)).toEqual({ ok: true, value: resume });
    expect(await openCache(dir, "f2".repeat(32)).get(hash)).toBeUndefined();
  });

  it("treats a damaged entry as a miss and rewrites it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-cache-"));
    const cache = openCache(dir, "f1".repeat(32));
    cache.set(hash, { ok: true, value: resume });
    await cache.flush();
    const [entries] = files(dir, ".entries");
    const length = readFileSync(entries!).length;
    for (const garbage of [
      "{not json",
      JSON.stringify({ sha256: hash, fingerprint: "f1".repeat(32), value: { ok: true } }),
      "",
      "x".repeat(length),
      // Right length and shape, but not ASCII: never written by the cache, so not trusted.
      JSON.stringify({ sha256: hash, fingerprint: "f1".repeat(32), value: { ok: false, error: { code: "EMPTY", message: "é" } } }),
    ]) {
      writeFileSync(entries!, garbage);
      expect(openCache(dir, "f1".repeat(32)).get(hash)).toBeUndefined();
    }
    cache.set(hash, { ok: true, value: resume });
    await cache.flush();
    expect(await cache.get(hash)).toEqual({ ok: true, value: resume });
  });

  it("keeps permanent read errors but never transient ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-cache-"));
    const cache = openCache(dir, "f1".repeat(32));
    cache.set(hash, { ok: false, error: { code: "TIMEOUT", message: "slow" } });
    await cache.flush();
    expect(await cache.get(hash)).toBeUndefined();
    cache.set(hash, { ok: false, error: { code: "ENCRYPTED", message: "locked" } });
    await cache.flush();
    expect(await cache.get(hash)).toEqual({ ok: false, error: { code: "ENCRYPTED", message: "locked" } });
  });

  it("keeps a batch in one pack, read back in any order, beside the packs of other runs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-cache-"));
    const hashes = Array.from({ length: 300 }, (_, i) => i.toString(16).padStart(64, "0"));
    const errorFor = (i: number) => ({ ok: false as const, error: { code: "ENCRYPTED", message: `file ${i} ${"x".repeat(i * 20)}` } });
    const first = openCache(dir, "f1".repeat(32));
    hashes.forEach((h, i) => i % 2 === 0 && first.set(h, errorFor(i)));
    const second = openCache(dir, "f1".repeat(32));
    hashes.forEach((h, i) => i % 2 === 1 && second.set(h, errorFor(i)));
    await Promise.all([first.flush(), second.flush()]);
    expect(files(dir, ".entries")).toHaveLength(2);
    expect(files(dir, ".index")).toHaveLength(2);
    const reader = openCache(dir, "f1".repeat(32));
    for (const i of [299, 0, 150, 7, 298]) expect(reader.get(hashes[i]!)).toEqual(errorFor(i));
    expect(reader.get("f".repeat(64))).toBeUndefined();
  });

  it("reads back entries it wrote after its last read from the same pack", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-cache-"));
    const cache = openCache(dir, "f1".repeat(32));
    const big = (i: number) => ({ ok: false as const, error: { code: "ENCRYPTED", message: `${i} ${"y".repeat(40_000)}` } });
    const hashes = Array.from({ length: 6 }, (_, i) => i.toString(16).padStart(64, "0"));
    // Each pair of entries passes the write threshold, so the pack grows between the reads.
    for (const [i, h] of hashes.entries()) {
      cache.set(h, big(i));
      expect(cache.get(h)).toEqual(big(i));
      expect(cache.get(hashes[0]!)).toEqual(big(0));
    }
    expect(files(dir, ".entries")).toHaveLength(1);
    for (const [i, h] of hashes.entries()) expect(cache.get(h)).toEqual(big(i));
    await cache.flush();
  });

  it("finds what it set before writing it, and an index line that points past the end is a miss", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-cache-"));
    const cache = openCache(dir, "f1".repeat(32));
    cache.set(hash, { ok: true, value: resume });
    expect(cache.get(hash)).toEqual({ ok: true, value: resume });
    await cache.flush();
    const [index] = files(dir, ".index");
    writeFileSync(index!, `${"cd".repeat(32)} 100000 50\n${"ef".repeat(32)} 0 1\nnot an index line\n`);
    const reader = openCache(dir, "f1".repeat(32));
    expect(reader.get("cd".repeat(32))).toBeUndefined();
    expect(reader.get("ef".repeat(32))).toBeUndefined();
    expect(reader.get(hash)).toBeUndefined();
  });

  it.each([
    { case: "accents", text: "Zoë Brandão, Málaga" },
    { case: "dashes and bullets", text: "• 2019 – present — lead" },
    { case: "beyond the basic plane", text: "🚀 launch 𝒳" },
    { case: "quotes, escapes and controls", text: 'a "b" \\ c\u0001\n' },
    { case: "a lone surrogate", text: "half \ud83d pair" },
  ])("stores every entry as ASCII and reads back the same strings: $case", async ({ text }) => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-cache-"));
    const cache = openCache(dir, "f1".repeat(32));
    const value = { ok: true as const, value: { ...resume, lines: [{ page: 1, line: 1, text, section: "other" as const }] } };
    cache.set(hash, value);
    await cache.flush();
    const [entries] = files(dir, ".entries");
    expect(readFileSync(entries!, "latin1")).toMatch(/^[\x20-\x7e]*\n$/);
    expect(await cache.get(hash)).toEqual(value);
    expect(JSON.parse(asciiJson({ text }))).toEqual({ text });
  });
});
