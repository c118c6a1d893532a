// Byte-level mutations for the fuzz test, each a pure function of the input and a seeded generator, so a
// failing case is rebuilt from its seed and index alone.
import { unzipSync, zipSync } from "fflate";
import { below, type Random } from "./prng.js";

export type Mutation = "bit-flips" | "truncate" | "duplicate-chunk" | "splice" | "random-run" | "zip-part";

export const MUTATIONS: readonly Mutation[] = ["bit-flips", "truncate", "duplicate-chunk", "splice", "random-run", "zip-part"];

export function mutate(kind: Mutation, input: Uint8Array, donor: Uint8Array, random: Random): Uint8Array {
  const bytes = input.slice();
  const at = () => below(random, bytes.length);
  switch (kind) {
    case "bit-flips": {
      const flips = 1 + below(random, 32);
      for (let i = 0; i < flips; i++) bytes[at()]! ^= 1 << below(random, 8);
      return bytes;
    }
    case "truncate":
      return bytes.subarray(0, at());
    case "duplicate-chunk": {
      const start = at();
      const chunk = bytes.subarray(start, start + 1 + below(random, 4096));
      const into = at();
      return concat(bytes.subarray(0, into), chunk, chunk, bytes.subarray(into));
    }
    case "splice": {
      const start = below(random, donor.length);
      const piece = donor.subarray(start, start + 1 + below(random, 8192));
      const into = at();
      return concat(bytes.subarray(0, into), piece, bytes.subarray(into + below(random, 2048)));
    }
    case "random-run": {
      const start = at();
      const length = Math.min(bytes.length - start, 1 + below(random, 256));
      for (let i = 0; i < length; i++) bytes[start + i] = below(random, 256);
      return bytes;
    }
    case "zip-part":
      return mutateZipPart(bytes, donor, random);
  }
}

/** Inside a DOCX: the XML itself is damaged (bit flips, cut, doubled tags) and the archive rebuilt intact. */
function mutateZipPart(bytes: Uint8Array, donor: Uint8Array, random: Random): Uint8Array {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes);
  } catch {
    return mutate("bit-flips", bytes, donor, random);
  }
  const names = Object.keys(parts).filter((name) => name.endsWith(".xml"));
  if (names.length === 0) return mutate("bit-flips", bytes, donor, random);
  const name = names[below(random, names.length)]!;
  const kinds: Mutation[] = ["bit-flips", "truncate", "duplicate-chunk", "random-run"];
  parts[name] = mutate(kinds[below(random, kinds.length)]!, parts[name]!, donor, random);
  return zipSync(parts);
}

function concat(...chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
