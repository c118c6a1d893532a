// The one content hash shortlist uses: file identity, cache keys, rubric fingerprints, blind ids.
import { createHash } from "node:crypto";

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
