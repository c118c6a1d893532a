// The read path end to end, with a plain-text reader in the workers: what a run answers from the caches,
// and that a file changed on disk is read again instead of being served the Resume of its old bytes.
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/ingest/document.js";
import { openCache, type ContentCache } from "../../src/run/cache.js";
import type { DiscoveredFile } from "../../src/run/discover.js";
import { fileSystemNow } from "../../src/run/fs-clock.js";
import { readFiles, type FileOutcome, type ReadSettings } from "../../src/run/read-files.js";
import { openStatIndex } from "../../src/run/stat-index.js";

const TEXT_READER = new URL("./workers/text-reader.mjs", import.meta.url);
/** A reader that cannot even start: a run that needs it fails its files with INTERNAL. */
const NO_READER = new URL("./workers/fails-at-start.mjs", import.meta.url);
const FINGERPRINT = "c3".repeat(32);
const LAST_YEAR = 1_767_225_600; // seconds

const PEOPLE: Record<string, string> = {
  "ada.txt": "Ada Quillfeather\nstaff engineer, Lanternfish Labs\n",
  "bo.txt": "Bo Marwick\nPyTorch, 6 years\n",
  "cleo.txt": "Cléo Darnay – data scientist\n",
  "dev.txt": "Dev Okonkwo-Hart\nSpark • Hadoop\n",
};

interface Setup {
  folder: string;
  cacheDir: string;
  files: DiscoveredFile[];
}

/** Writes the résumés, then waits until the file system's clock has moved past them, as it has for real files. */
function setup(people = PEOPLE): Setup {
  const root = mkdtempSync(join(tmpdir(), "shortlist-read-files-"));
  const folder = join(root, "cvs");
  const cacheDir = join(root, "cache");
  mkdirSync(folder);
  for (const [name, text] of Object.entries(people)) {
    writeFileSync(join(folder, name), text);
    // Whole seconds, so a test can put a file's modification time back exactly, as some tools do.
    utimesSync(join(folder, name), LAST_YEAR, LAST_YEAR);
  }
  waitForClockPast(folder, cacheDir);
  const files = Object.keys(people).sort().map((name) => ({ display: `cvs/${name}`, absolute: join(folder, name) }));
  return { folder, cacheDir, files };
}

function waitForClockPast(folder: string, cacheDir: string): void {
  const latest = readdirSync(folder).reduce((max, name) => {
    const { ctimeNs } = statSync(join(folder, name), { bigint: true });
    return ctimeNs > max ? ctimeNs : max;
  }, 0n);
  while ((fileSystemNow(cacheDir) ?? 0n) <= latest) {
    // spin: file times move in ticks of a few milliseconds
  }
}

function settings(s: Setup, overrides: Partial<ReadSettings> = {}): ReadSettings {
  return {
    jobs: 2,
    fileTimeoutMs: 10_000,
    limits: DEFAULT_LIMITS,
    vocabulary: { skills: [] },
    cache: openCache(s.cacheDir, FINGERPRINT),
    // No racy window: the test waits for the clock itself, and real files are rarely this fresh.
    statIndex: openStatIndex(s.cacheDir, { racyWindowNs: 0n }),
    workerUrl: TEXT_READER,
    ...overrides,
  };
}

function texts(outcomes: FileOutcome[]): Record<string, string> {
  return Object.fromEntries(outcomes.map((o) => [o.file, o.result.ok ? o.result.value.lines.map((l) => l.text).join("\n") : o.result.error.code]));
}

const expected = (people: Record<string, string>) =>
  Object.fromEntries(Object.entries(people).map(([name, text]) => [`cvs/${name}`, text.trim()]));

/** Counts the cache's answers, to tell a run that read its files from one that did not need to. */
function counting(cache: ContentCache): ContentCache & { hits: number } {
  const counted = {
    hits: 0,
    get: (sha256: string) => {
      const value = cache.get(sha256);
      if (value) counted.hits++;
      return value;
    },
    set: (sha256: string, value: Parameters<ContentCache["set"]>[1]) => cache.set(sha256, value),
    flush: () => cache.flush(),
  };
  return counted;
}

describe("reading a batch through the caches", () => {
  it("answers a warm run from the caches alone, in the order given, with no reader at all", async () => {
    const s = setup();
    const cold = await readFiles(s.files, settings(s));
    expect(texts(cold)).toEqual(expected(PEOPLE));
    const warm = await readFiles(s.files, settings(s, { workerUrl: NO_READER }));
    expect(warm).toEqual(cold);
    expect(warm.map((o) => o.file)).toEqual(s.files.map((f) => f.display));
  });

  it.each([
    { case: "rewritten in place, same size, times put back", change: (path: string) => rewriteKeepingTimes(path, "Ada Quillfeather\nstaff engineer, Lanternfish Lab!\n") },
    { case: "grown", change: (path: string) => writeFileSync(path, "Ada Quillfeather\nstaff engineer, Lanternfish Labs\nKeras\n") },
    { case: "replaced by a new file renamed over it", change: (path: string) => replaceByRename(path, "Ada Q.\nprincipal engineer\n") },
    { case: "emptied", change: (path: string) => writeFileSync(path, "") },
  ])("never serves the old Resume for a file that was $case", async ({ change }) => {
    const s = setup();
    await readFiles(s.files, settings(s));
    const ada = join(s.folder, "ada.txt");
    change(ada);
    const now = await readFiles(s.files, settings(s));
    const { size } = statSync(ada);
    const adaNow = size === 0 ? "EMPTY" : texts(now)["cvs/ada.txt"];
    expect(texts(now)).toEqual({ ...expected(PEOPLE), "cvs/ada.txt": adaNow });
    expect(adaNow).not.toBe(expected(PEOPLE)["cvs/ada.txt"]);
  });

  it("reads a file deleted since the last run as unreadable, not from the cache", async () => {
    const s = setup();
    await readFiles(s.files, settings(s));
    rmSync(join(s.folder, "bo.txt"));
    expect(texts(await readFiles(s.files, settings(s)))["cvs/bo.txt"]).toBe("UNREADABLE");
  });

  it.each([
    { case: "a damaged entry", damage: (entries: string) => writeFileSync(entries, "{\"sha256\": tru") },
    { case: "a missing entry", damage: (entries: string) => rmSync(entries) },
    { case: "an entry for other bytes", damage: (entries: string) => writeFileSync(entries, JSON.stringify({ sha256: "0".repeat(64), fingerprint: FINGERPRINT, value: { ok: false, error: { code: "ENCRYPTED", message: "x" } } })) },
  ])("reads the file again when the stat index points at $case", async ({ damage }) => {
    const s = setup({ "ada.txt": PEOPLE["ada.txt"]! });
    await readFiles(s.files, settings(s));
    const [pack] = readdirSync(join(s.cacheDir, "packs"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".entries"));
    damage(join(pack!.parentPath, pack!.name));
    const cache = counting(openCache(s.cacheDir, FINGERPRINT));
    expect(texts(await readFiles(s.files, settings(s, { cache })))).toEqual(expected({ "ada.txt": PEOPLE["ada.txt"]! }));
    expect(cache.hits).toBe(0);
    // …and the entry is whole again for the next run.
    expect(texts(await readFiles(s.files, settings(s, { workerUrl: NO_READER })))).toEqual(expected({ "ada.txt": PEOPLE["ada.txt"]! }));
  });

  it("does not trust the stat index for files changed moments before they were read", async () => {
    const s = setup();
    await readFiles(s.files, settings(s, { statIndex: openStatIndex(s.cacheDir) })); // the real, two-second window
    const index = openStatIndex(s.cacheDir);
    for (const file of s.files) expect(index.lookup(file.absolute, statSync(file.absolute, { bigint: true }))).toBeUndefined();
  });

  it.each([
    { case: "cold", warmFirst: false },
    { case: "warm", warmFirst: true },
  ])("splits a $case batch into disjoint shards by content, the same way every time", async ({ warmFirst }) => {
    const s = setup();
    const all = await readFiles(s.files, settings(s, { cache: warmFirst ? openCache(s.cacheDir, FINGERPRINT) : undefined, statIndex: undefined }));
    if (warmFirst) await readFiles(s.files, settings(s));
    const shards = [];
    for (const index of [1, 2, 3]) shards.push(await readFiles(s.files, settings(s, { shard: { index, count: 3 } })));
    const shardOf = new Map(shards.flatMap((outcomes, i) => outcomes.map((o) => [o.file, i] as const)));
    expect(shards.flat().map((o) => o.file).sort()).toEqual(all.map((o) => o.file).sort());
    expect(shardOf.size).toBe(s.files.length);
    // Shards of a warm run and of a cold one put each file in the same place.
    const again = await Promise.all([1, 2, 3].map((index) => readFiles(s.files, settings(s, { shard: { index, count: 3 }, workerUrl: NO_READER }))));
    expect(again).toEqual(shards);
  });

  it("with no cache reads every file with the reader and writes nothing", async () => {
    const s = setup();
    const outcomes = await readFiles(s.files, settings(s, { cache: undefined, statIndex: undefined }));
    expect(texts(outcomes)).toEqual(expected(PEOPLE));
    expect(readdirSync(s.cacheDir)).toEqual([]);
  });
});

function rewriteKeepingTimes(path: string, text: string): void {
  const before = statSync(path, { bigint: true });
  expect(BigInt(Buffer.byteLength(text))).toBe(before.size);
  writeFileSync(path, text);
  utimesSync(path, LAST_YEAR, LAST_YEAR);
  const after = statSync(path, { bigint: true });
  // Only the change time tells the two contents apart.
  expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino]);
}

function replaceByRename(path: string, text: string): void {
  writeFileSync(`${path}.new`, text);
  renameSync(`${path}.new`, path);
}
