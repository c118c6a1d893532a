// The warm path: a file whose identity the stat index knows and whose Resume the content cache holds is
// answered without reading or hashing it, without the worker pool and without waiting on the thread pool.
// Anything else (a new or changed file, a cache miss, a file that is gone, empty or too large) is left to the
// slow path, which reads the file and words any error; so this path only ever speeds a run up.
import { statSync, type BigIntStats } from "node:fs";
import type { ContentCache } from "./cache.js";
import type { DiscoveredFile } from "./discover.js";
import type { FileOutcome } from "./read-files.js";
import { inShard, type Shard } from "./shard.js";
import type { StatIndex } from "./stat-index.js";

export interface KnownFileSettings {
  statIndex: StatIndex;
  cache: ContentCache;
  maxBytes: number;
  shard?: Shard;
}

/** The file's outcome from the caches; null when it belongs to another shard; undefined when it must be read. */
export function knownOutcome(file: DiscoveredFile, settings: KnownFileSettings): FileOutcome | null | undefined {
  const stat = statOf(file.absolute);
  if (!stat?.isFile() || stat.size === 0n || stat.size > BigInt(settings.maxBytes)) return undefined;
  const sha256 = settings.statIndex.lookup(file.absolute, stat);
  if (!sha256) return undefined;
  if (settings.shard && !inShard(sha256, settings.shard)) return null;
  const result = settings.cache.get(sha256);
  return result ? { file: file.display, sha256, result } : undefined;
}

function statOf(path: string): BigIntStats | undefined {
  try {
    return statSync(path, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined; // unreadable: the slow path says why
  }
}
