import { mkdtempSync, readdirSync, statSync, writeFileSync, type BigIntStats } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileSystemNow } from "../../src/run/fs-clock.js";
import { identityOf, isRacilyClean, openStatIndex } from "../../src/run/stat-index.js";

const SECOND = 1_000_000_000n;
const hashA = "a1".repeat(32);
const hashB = "b2".repeat(32);

function fakeStat(fields: Partial<Record<"size" | "mtimeNs" | "ctimeNs" | "ino" | "dev", bigint>>): BigIntStats {
  return { size: 100n, mtimeNs: 10n * SECOND, ctimeNs: 10n * SECOND, ino: 7n, dev: 1n, ...fields } as BigIntStats;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "shortlist-stat-index-"));
}

describe("racily clean files", () => {
  it.each([
    { case: "changed long before the stamp", mtime: 10n * SECOND, ctime: 10n * SECOND, stamp: 20n * SECOND, window: 2n * SECOND, racy: false },
    { case: "changed just outside the window", mtime: 10n * SECOND, ctime: 10n * SECOND, stamp: 12n * SECOND + 1n, window: 2n * SECOND, racy: false },
    { case: "changed exactly one window before", mtime: 10n * SECOND, ctime: 10n * SECOND, stamp: 12n * SECOND, window: 2n * SECOND, racy: true },
    { case: "changed inside the window", mtime: 10n * SECOND, ctime: 11n * SECOND, stamp: 12n * SECOND, window: 2n * SECOND, racy: true },
    { case: "ctime recent though mtime was set back", mtime: 1n * SECOND, ctime: 19n * SECOND, stamp: 20n * SECOND, window: 2n * SECOND, racy: true },
    { case: "mtime set into the future", mtime: 99n * SECOND, ctime: 1n * SECOND, stamp: 20n * SECOND, window: 2n * SECOND, racy: true },
    { case: "same tick as the stamp, no window", mtime: 20n * SECOND, ctime: 20n * SECOND, stamp: 20n * SECOND, window: 0n, racy: true },
    { case: "one tick before the stamp, no window", mtime: 20n * SECOND - 1n, ctime: 20n * SECOND - 1n, stamp: 20n * SECOND, window: 0n, racy: false },
  ])("$case → racy: $racy", ({ mtime, ctime, stamp, window, racy }) => {
    expect(isRacilyClean(fakeStat({ mtimeNs: mtime, ctimeNs: ctime }), stamp, window)).toBe(racy);
  });

  it.each(["size", "mtimeNs", "ctimeNs", "ino", "dev"] as const)("a different %s is a different identity", (field) => {
    const base = fakeStat({});
    expect(identityOf(fakeStat({ [field]: base[field] + 1n }))).not.toBe(identityOf(base));
  });
});

describe("stat index", () => {
  it.each([
    { case: "unchanged", change: {}, expected: hashA },
    { case: "size changed", change: { size: 101n }, expected: undefined },
    { case: "rewritten in place (ctime moved)", change: { ctimeNs: 31n * SECOND }, expected: undefined },
    { case: "replaced by another file (inode)", change: { ino: 8n }, expected: undefined },
    { case: "same path on another device", change: { dev: 2n }, expected: undefined },
  ])("looks up a recorded file: $case", ({ change, expected }) => {
    const index = openStatIndex(tempDir(), { now: () => 30n * SECOND });
    index.beforeRead();
    index.record("/cvs/ada.pdf", fakeStat({}), hashA);
    expect(index.lookup("/cvs/ada.pdf", fakeStat(change))).toBe(expected);
    expect(index.lookup("/cvs/grace.pdf", fakeStat({}))).toBeUndefined();
  });

  it("never trusts a file changed too close to its read, and forgets what it knew of it", () => {
    const dir = tempDir();
    const index = openStatIndex(dir, { now: () => 30n * SECOND });
    index.beforeRead();
    index.record("/cvs/ada.pdf", fakeStat({}), hashA);
    index.save();
    // A later run reads the file within a second of its last change: the same identity could hide other bytes.
    const later = openStatIndex(dir, { now: () => 41n * SECOND });
    later.beforeRead();
    const racy = fakeStat({ mtimeNs: 40n * SECOND, ctimeNs: 40n * SECOND });
    later.record("/cvs/ada.pdf", racy, hashB);
    expect(later.lookup("/cvs/ada.pdf", racy)).toBeUndefined();
    later.save();
    expect(openStatIndex(dir).lookup("/cvs/ada.pdf", fakeStat({}))).toBeUndefined();
    expect(openStatIndex(dir).lookup("/cvs/ada.pdf", racy)).toBeUndefined();
  });

  it("records nothing without a stamp: before beforeRead, or when the file system's time cannot be told", () => {
    const unstamped = openStatIndex(tempDir(), { now: () => 30n * SECOND });
    unstamped.record("/cvs/ada.pdf", fakeStat({}), hashA);
    expect(unstamped.lookup("/cvs/ada.pdf", fakeStat({}))).toBeUndefined();
    const readOnly = openStatIndex(tempDir(), { now: () => undefined });
    readOnly.beforeRead();
    readOnly.record("/cvs/ada.pdf", fakeStat({}), hashA);
    expect(readOnly.lookup("/cvs/ada.pdf", fakeStat({}))).toBeUndefined();
  });

  it("keeps one index per folder across runs and merges what runs on the same folder record", () => {
    const dir = tempDir();
    const first = openStatIndex(dir, { now: () => 30n * SECOND });
    const second = openStatIndex(dir, { now: () => 30n * SECOND });
    for (const index of [first, second]) index.beforeRead();
    first.record("/cvs/ada.pdf", fakeStat({ ino: 1n }), hashA);
    first.record("/other/ada.pdf", fakeStat({ ino: 2n }), hashA);
    second.record("/cvs/grace.pdf", fakeStat({ ino: 3n }), hashB);
    first.save();
    second.save();
    const reopened = openStatIndex(dir);
    expect(reopened.lookup("/cvs/ada.pdf", fakeStat({ ino: 1n }))).toBe(hashA);
    expect(reopened.lookup("/other/ada.pdf", fakeStat({ ino: 2n }))).toBe(hashA);
    expect(reopened.lookup("/cvs/grace.pdf", fakeStat({ ino: 3n }))).toBe(hashB);
    expect(readdirSync(join(dir, "files")).filter((f) => f.endsWith(".json"))).toHaveLength(2);
  });

  it.each([
    { case: "not JSON", text: "{half" },
    { case: "another version", text: JSON.stringify({ version: 2, folder: "/cvs", files: {} }) },
    { case: "another folder's index", text: JSON.stringify({ version: 1, folder: "/elsewhere", files: { "ada.pdf": ["x", "a1".repeat(32)] } }) },
    { case: "a hash that is not one", text: null },
  ])("treats a damaged index as empty: $case", ({ text }) => {
    const dir = tempDir();
    const index = openStatIndex(dir, { now: () => 30n * SECOND });
    index.beforeRead();
    index.record("/cvs/ada.pdf", fakeStat({}), hashA);
    index.save();
    const [file] = readdirSync(join(dir, "files"));
    const damaged = text ?? JSON.stringify({ version: 1, folder: "/cvs", files: { "ada.pdf": [identityOf(fakeStat({})), "not-a-hash"] } });
    writeFileSync(join(dir, "files", file!), damaged);
    expect(openStatIndex(dir).lookup("/cvs/ada.pdf", fakeStat({}))).toBeUndefined();
  });
});

describe("file system clock", () => {
  it("reads the time from a file written now, and leaves nothing behind", () => {
    const dir = tempDir();
    const before = statSync(dir, { bigint: true }).ctimeNs;
    const now = fileSystemNow(dir);
    expect(typeof now).toBe("bigint");
    expect(now! >= before).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("cannot tell the time where it cannot write", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a-file"), "");
    expect(fileSystemNow(join(dir, "a-file", "below"))).toBeUndefined();
  });
});
