// Cache files are replaced whole: written beside the target under a name no other run or thread picks, then
// renamed over it, so a reader sees the old file or the new one and never half of either.
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** A name beside the target that no other run or thread picks. */
const tempBeside = (target: string): string => `${target}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;

/** False when the file could not be written (read-only cache, full disk): a cache only costs speed when it fails. */
export function writeFileAtomically(target: string, text: string): boolean {
  const temp = tempBeside(target);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temp, text);
    renameSync(temp, target);
    return true;
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // never created
    }
    return false;
  }
}

