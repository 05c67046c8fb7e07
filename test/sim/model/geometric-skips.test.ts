import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GeometricSkips } from "../../../sim/model/geometric-skips.js";

/** The double next to x, up or down. */
function nextDouble(x: number, up: boolean): number {
  const view = new Float64Array([x]);
  const bits = new BigInt64Array(view.buffer);
  bits[0] = bits[0]! + (up ? 1n : -1n);
  return view[0]!;
}

function agrees(table: GeometricSkips, u: number): boolean {
  const exact = table.formula(u);
  const fast = table.skip(u);
  return exact >= table.limit ? fast >= table.limit : fast === exact;
}

describe("GeometricSkips", () => {
  it("gives the formula's skip for any draw, up to its limit", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 2000 }),
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 200 }),
        (probability, limit, draws) => {
          const table = new GeometricSkips(probability, limit);
          for (const u of draws) expect(agrees(table, u)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("agrees on both sides of every step", () => {
    for (const probability of [0.15, 0.45, 0.01, 0.999]) {
      const table = new GeometricSkips(probability, 5000);
      // Each step is where the formula first reaches k: check the doubles around it.
      for (let k = 1; k < 400; k++) {
        let lo = 0;
        let hi = 1 - Number.EPSILON / 2;
        if (table.formula(hi) < k) break;
        while (hi - lo > 0 && lo + (hi - lo) / 2 !== lo && lo + (hi - lo) / 2 !== hi) {
          const mid = lo + (hi - lo) / 2;
          if (table.formula(mid) >= k) hi = mid;
          else lo = mid;
        }
        let u = hi;
        for (let s = 0; s < 3; s++) u = nextDouble(u, false);
        for (let s = 0; s < 6 && u < 1; s++, u = nextDouble(u, true)) expect(agrees(table, u)).toBe(true);
      }
    }
  });

  it("draws no skip when every region is noticed", () => {
    expect(new GeometricSkips(1, 10).skip(0.7)).toBe(0);
  });
});
