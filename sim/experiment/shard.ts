/**
 * The runs of shard `shard` (0-based) of `shardCount`: a contiguous slice [start, end) of the run
 * ids. Shards cover 0..totalRuns−1 once, in order, and differ in size by at most one (the first
 * totalRuns mod shardCount shards take one more), so concatenating the shards' outputs in shard
 * order gives the single-machine output and no array task waits long on another.
 */
export function shardRange(
  totalRuns: number,
  shard: number,
  shardCount: number,
): { start: number; end: number } {
  if (!Number.isSafeInteger(totalRuns) || totalRuns < 0) {
    throw new RangeError(`shardRange: totalRuns must be a non-negative integer, got ${totalRuns}`);
  }
  if (!Number.isSafeInteger(shardCount) || shardCount < 1) {
    throw new RangeError(`shardRange: shardCount must be a positive integer, got ${shardCount}`);
  }
  if (!Number.isSafeInteger(shard) || shard < 0 || shard >= shardCount) {
    throw new RangeError(`shardRange: shard must be an integer in [0, ${shardCount}), got ${shard}`);
  }
  const base = Math.floor(totalRuns / shardCount);
  const extra = totalRuns % shardCount;
  const start = shard * base + Math.min(shard, extra);
  return { start, end: start + base + (shard < extra ? 1 : 0) };
}
