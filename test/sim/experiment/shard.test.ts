import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shardRange } from "../../../sim/experiment/index.js";

describe("shardRange", () => {
  it("covers 0..total exactly once, in order, in contiguous slices balanced within one run", () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 500 }), (total, count) => {
        let next = 0;
        const sizes: number[] = [];
        for (let shard = 0; shard < count; shard++) {
          const { start, end } = shardRange(total, shard, count);
          expect(start).toBe(next);
          expect(end).toBeGreaterThanOrEqual(start);
          sizes.push(end - start);
          next = end;
        }
        expect(next).toBe(total);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("gives the larger slices to the first shards", () => {
    expect([0, 1, 2].map((i) => shardRange(10, i, 3))).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 7 },
      { start: 7, end: 10 },
    ]);
    expect(shardRange(2, 3, 4)).toEqual({ start: 2, end: 2 });
  });

  it("refuses a shard outside 0..count−1 and a count below 1", () => {
    expect(() => shardRange(10, 3, 3)).toThrow(RangeError);
    expect(() => shardRange(10, -1, 3)).toThrow(RangeError);
    expect(() => shardRange(10, 0, 0)).toThrow(RangeError);
    expect(() => shardRange(10, 0.5, 2)).toThrow(RangeError);
    expect(() => shardRange(-1, 0, 2)).toThrow(RangeError);
  });
});
