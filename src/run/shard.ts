// Which shard a file belongs to. Shards split by content hash, so the split does not depend on paths or on
// the order files are listed in, and every run of `--shard k/n` over the same files picks the same ones.

export interface Shard {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

export function inShard(sha256: string, shard: Shard): boolean {
  return parseInt(sha256.slice(0, 8), 16) % shard.count === shard.index - 1;
}
