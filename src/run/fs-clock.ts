// The file system's idea of "now", read the only way it can be: by changing a file and looking at its times.
// File times come from the kernel's (coarse) clock, not the process's, so comparing a file's ctime with this
// stamp compares like with like; the stat index measures racily clean files against it.
import { randomBytes } from "node:crypto";
import { mkdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The change time, in nanoseconds, of a file written in `dir` just now; undefined when `dir` cannot be written. */
export function fileSystemNow(dir: string): bigint | undefined {
  const stamp = join(dir, `.stamp.${process.pid}.${randomBytes(4).toString("hex")}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(stamp, "");
    return statSync(stamp, { bigint: true }).ctimeNs;
  } catch {
    return undefined;
  } finally {
    try {
      unlinkSync(stamp);
    } catch {
      // never created
    }
  }
}
