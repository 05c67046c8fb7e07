import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PairIndex } from "../../../sim/model/pair-index.js";
import { TrustTable } from "../../../sim/model/trust-table.js";

const operation = fc.record({
  kind: fc.constantFrom("set", "set", "delete", "get"),
  // Few distinct keys, so that sets overwrite, deletes hit and probe runs collide.
  x: fc.integer({ min: 0, max: 12 }),
  y: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })),
  value: fc.integer({ min: 0, max: 1000 }),
});

describe("PairIndex", () => {
  it("behaves like a Map keyed by the pair under any sequence of sets, deletes and gets", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 400 }), (operations) => {
        const index = new PairIndex(1);
        const reference = new Map<string, number>();
        for (const { kind, x, y, value } of operations) {
          const key = `${x},${y}`;
          if (kind === "set") {
            index.set(x, y, value);
            reference.set(key, value);
          } else if (kind === "delete") {
            index.delete(x, y);
            reference.delete(key);
          }
          expect(index.get(x, y)).toBe(reference.get(key) ?? -1);
          expect(index.size).toBe(reference.size);
        }
        for (const [key, value] of reference) {
          const [x, y] = key.split(",").map(Number);
          expect(index.get(x!, y!)).toBe(value);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("TrustTable", () => {
  // A hash (any world) and a dense table of entries (worlds up to DENSE_TRUST_LIMIT regions).
  it.each([
    ["a hash", 0],
    ["a dense table", 300],
  ])("returns the fallback for pairs never set and keeps values in first-set order (%s)", (_, regions) => {
    const trust = new TrustTable(regions);
    expect(trust.get(1, 2, 0.5)).toBe(0.5);
    trust.set(1, 2, 0.7);
    trust.set(2, 1, 0.2);
    trust.set(1, 2, 0.9);
    for (let k = 0; k < 200; k++) trust.set(k + 3, k, k / 200);
    expect(trust.get(1, 2, 0.5)).toBe(0.9);
    expect(trust.get(2, 1, 0.5)).toBe(0.2);
    expect(trust.size).toBe(202);
    const values = [...trust.values()];
    expect(values.slice(0, 3)).toEqual([0.9, 0.2, 0]);
    expect(trust.sum()).toBe(values.reduce((s, v) => s + v, 0));
    expect(trust.entry(2, 1, 0.5)).toBe(1);
    expect(trust.entry(7, 8, 0.4)).toBe(202);
    expect(trust.valueAt(202)).toBe(0.4);
  });

  it("gives the same entries, values and order with either form", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(49), fc.nat(49), fc.double({ min: 0, max: 1, noNaN: true })), {
          maxLength: 200,
        }),
        (writes) => {
          const hashed = new TrustTable();
          const dense = new TrustTable(50);
          for (const [i, j, value] of writes) {
            hashed.set(i, j, value);
            dense.set(i, j, value);
          }
          expect([...dense.values()]).toEqual([...hashed.values()]);
          for (let i = 0; i < 50; i++)
            for (let j = 0; j < 50; j++) expect(dense.get(i, j, -1)).toBe(hashed.get(i, j, -1));
        },
      ),
      { numRuns: 100 },
    );
  });
});
