import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { discover } from "../../src/run/discover.js";

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), "shortlist-discover-"));
  mkdirSync(join(root, "in", "b"), { recursive: true });
  mkdirSync(join(root, "outside"));
  writeFileSync(join(root, "in", "z.pdf"), "z");
  writeFileSync(join(root, "in", "a file with spaces.pdf"), "a");
  writeFileSync(join(root, "in", "b", "é.docx"), "e");
  writeFileSync(join(root, "in", ".DS_Store"), "x");
  writeFileSync(join(root, "outside", "secret.txt"), "s");
  symlinkSync(join(root, "outside"), join(root, "in", "escape"));
  symlinkSync(join(root, "in"), join(root, "in", "b", "loop"));
  symlinkSync(join(root, "in", "z.pdf"), join(root, "in", "z-again.pdf"));
  return root;
}

describe("discover", () => {
  it("walks folders in codepoint order, skips hidden files, lists each file once and reports links it will not follow", async () => {
    const root = tree();
    const found = await discover([join(root, "in")], { followSymlinks: false });
    const rel = (p: string) => p.slice(root.length + 1);
    expect(found.files.map((f) => rel(f.display))).toEqual(["in/a file with spaces.pdf", "in/b/é.docx", "in/z.pdf"]);
    expect(found.problems.map((p) => [rel(p.display), p.code])).toEqual([
      ["in/b/loop", "SYMLINK_LOOP"],
      ["in/escape", "SYMLINK_OUTSIDE"],
    ]);
  });

  it("follows links out of the folders only when asked", async () => {
    const root = tree();
    const found = await discover([join(root, "in")], { followSymlinks: true });
    expect(found.files.map((f) => f.display.slice(root.length + 1))).toContain("in/escape/secret.txt");
  });

  it("reports a missing path and keeps the path as given", async () => {
    const found = await discover(["does/not/exist.pdf"], { followSymlinks: false });
    expect(found.files).toEqual([]);
    expect(found.problems).toEqual([{ display: "does/not/exist.pdf", code: "NOT_FOUND", message: "no such file or folder" }]);
  });
});
