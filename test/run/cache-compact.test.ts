import { mkdtempSync, readdirSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_SETTLED_PACKS, SETTLED_AFTER_MS } from "../../src/run/cache-compact.js";
import { openCache } from "../../src/run/cache.js";

const FINGERPRINT = "f1".repeat(32);
const hashOf = (i: number) => i.toString(16).padStart(64, "0");
const errorFor = (i: number, run: number) => ({ ok: false as const, error: { code: "ENCRYPTED", message: `file ${i}, run ${run}` } });

/** One run per call: a cache opened, entries set, closed, its packs dated `ageMs` ago. */
async function run(dir: string, run: number, files: number[], ageMs = 0): Promise<void> {
  const cache = openCache(dir, FINGERPRINT);
  for (const i of files) cache.set(hashOf(i), errorFor(i, run));
  await cache.flush();
  if (ageMs === 0) return;
  const folder = packFolder(dir);
  const then = new Date(Date.now() - ageMs);
  for (const name of readdirSync(folder)) utimesSync(join(folder, name), then, then);
}

const packFolder = (dir: string) => join(dir, "packs", FINGERPRINT.slice(0, 16));
const packs = (dir: string) => readdirSync(packFolder(dir)).filter((name) => name.endsWith(".index"));

describe("folding packs", () => {
  it("folds settled packs into one once there are too many, keeping the newest entry of each file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-compact-"));
    const runs = MAX_SETTLED_PACKS + 1;
    // Every run reads file 0 again (as after damage) and one file of its own.
    for (let r = 1; r <= runs; r++) await run(dir, r, [0, r], 2 * SETTLED_AFTER_MS);
    expect(packs(dir)).toHaveLength(runs);
    await run(dir, runs + 1, [1000]);
    expect(packs(dir)).toHaveLength(2);
    const reader = openCache(dir, FINGERPRINT);
    for (let r = 1; r <= runs; r++) expect(reader.get(hashOf(r))).toEqual(errorFor(r, r));
    expect(reader.get(hashOf(1000))).toEqual(errorFor(1000, runs + 1));
    // Every run wrote file 0: entries under one hash are interchangeable, and one whole copy is kept.
    expect(reader.get(hashOf(0))).toMatchObject({ ok: false, error: { code: "ENCRYPTED" } });
  });

  it("leaves packs alone while they are few, or still being written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shortlist-compact-"));
    for (let r = 1; r <= MAX_SETTLED_PACKS; r++) await run(dir, r, [r], 2 * SETTLED_AFTER_MS);
    await run(dir, 0, [0]);
    expect(packs(dir)).toHaveLength(MAX_SETTLED_PACKS + 1);
    // Recent packs are not settled: some run may still be adding to them.
    for (let r = 100; r < 100 + MAX_SETTLED_PACKS; r++) await run(dir, r, [r]);
    expect(packs(dir)).toHaveLength(2 * MAX_SETTLED_PACKS + 1);
  });
});
