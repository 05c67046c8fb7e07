import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createSortScratch,
  gini,
  giniOfOrdered,
  resortIndicesByKey,
  sortIndicesByKey,
  weightedMedian,
  weightedMedianOfOrdered,
} from "../../../sim/metrics/index.js";
import { RADIX_SORT_MIN } from "../../../sim/metrics/sort-scratch.js";

/** Keys with many ties (a few distinct values) or none, as incomes of regions can be. */
const keysArbitrary = fc.oneof(
  fc.array(fc.constantFrom(1, 2, 2.5, 7), { minLength: 0, maxLength: 60 }),
  fc.array(fc.double({ min: 0.01, max: 1000, noNaN: true }), { minLength: 0, maxLength: 60 }),
);

function sortedFresh(keys: readonly number[]): number[] {
  const scratch = createSortScratch(keys.length);
  scratch.keys.set(keys);
  return Array.from(sortIndicesByKey(scratch, keys.length));
}

describe("resortIndicesByKey", () => {
  it("gives the order of a fresh sort (ties by index) from any earlier permutation", () => {
    fc.assert(
      fc.property(keysArbitrary, fc.integer({ min: 0, max: 1_000_000 }), (keys, seed) => {
        const size = keys.length;
        const scratch = createSortScratch(size + 3);
        // An earlier permutation: the identity shuffled by a small seeded generator.
        for (let i = 0; i < size; i++) scratch.order[i] = i;
        let state = seed;
        for (let i = size - 1; i > 0; i--) {
          state = (Math.imul(state, 1103515245) + 12345) >>> 0;
          const j = state % (i + 1);
          const t = scratch.order[i]!;
          scratch.order[i] = scratch.order[j]!;
          scratch.order[j] = t;
        }
        scratch.keys.set(keys);
        expect(Array.from(resortIndicesByKey(scratch, size))).toEqual(sortedFresh(keys));
      }),
      { numRuns: 300 },
    );
  });

  it("re-sorts a nearly sorted order, and one that moved a lot, to the same result", () => {
    const size = 500;
    const keys = Array.from({ length: size }, (_, i) => 1 + ((i * 7919) % 263) / 10);
    const scratch = createSortScratch(size);
    scratch.keys.set(keys);
    sortIndicesByKey(scratch, size);
    // A year later: a few regions change rank…
    keys[3] = 30;
    keys[250] = 0.5;
    scratch.keys.set(keys);
    expect(Array.from(resortIndicesByKey(scratch, size))).toEqual(sortedFresh(keys));
    // …and then every region does (reversed ranks: past the insertion budget, a full sort).
    const reversed = keys.map((k) => 100 - k);
    scratch.keys.set(reversed);
    expect(Array.from(resortIndicesByKey(scratch, size))).toEqual(sortedFresh(reversed));
  });

  it("sorts afresh when a key is NaN, as sortIndicesByKey does", () => {
    const keys = [3, Number.NaN, 1, 2];
    const scratch = createSortScratch(4);
    scratch.order.set([3, 2, 1, 0]);
    scratch.keys.set(keys);
    expect(Array.from(resortIndicesByKey(scratch, 4))).toEqual(sortedFresh(keys));
  });
});

describe("Gini and median from a kept order", () => {
  it("equal gini and weightedMedian bit for bit", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            grdp: fc.double({ min: 0, max: 1e6, noNaN: true }),
            population: fc.double({ min: 0.001, max: 1e4, noNaN: true }),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        (regions) => {
          const grdp = regions.map((r) => r.grdp);
          const population = regions.map((r) => r.population);
          const perCapita = grdp.map((y, i) => y / population[i]!);
          let total = 0;
          let people = 0;
          for (let i = 0; i < grdp.length; i++) {
            total += grdp[i]!;
            people += population[i]!;
          }
          const scratch = createSortScratch(grdp.length);
          scratch.keys.set(perCapita);
          const order = sortIndicesByKey(scratch, grdp.length);
          expect(
            Object.is(giniOfOrdered(grdp, population, order, total, people), gini(grdp, population)),
          ).toBe(true);
          expect(
            Object.is(
              weightedMedianOfOrdered(perCapita, population, order, people),
              weightedMedian(perCapita, population),
            ),
          ).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("sortIndicesByKey on large inputs (radix sort)", () => {
  /** The comparison sort of the indices, as sortIndicesByKey did for every size (stable: ties by index). */
  const byComparison = (keys: readonly number[]): number[] =>
    Array.from(Uint32Array.from(keys, (_, i) => i).sort((a, b) => keys[a]! - keys[b]!));
  const largeKeys = (values: fc.Arbitrary<number>) =>
    fc.array(values, { minLength: RADIX_SORT_MIN, maxLength: RADIX_SORT_MIN + 500 });

  it("gives the comparison sort's order, ties by index, for any doubles but NaN", () => {
    const special = fc.constantFrom(
      0,
      -0,
      1,
      2.5,
      -3,
      Infinity,
      -Infinity,
      5e-324,
      -5e-324,
      Number.MAX_VALUE,
    );
    fc.assert(
      fc.property(
        fc.oneof(
          largeKeys(fc.oneof(special, fc.double({ noNaN: true }))),
          // Incomes: positive, in one range, with ties.
          largeKeys(fc.oneof(fc.constantFrom(20, 20.5, 300), fc.double({ min: 5, max: 400, noNaN: true }))),
        ),
        (keys) => {
          const scratch = createSortScratch(keys.length + 7);
          scratch.keys.set(keys);
          expect(Array.from(sortIndicesByKey(scratch, keys.length))).toEqual(byComparison(keys));
          // And again from that order, as the year record re-sorts each year.
          expect(Array.from(resortIndicesByKey(scratch, keys.length))).toEqual(byComparison(keys));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("leaves a NaN key to the comparison sort, as before", () => {
    const keys = Array.from({ length: RADIX_SORT_MIN + 10 }, (_, i) => ((i * 7919) % 101) / 7);
    keys[17] = Number.NaN;
    keys[2000] = Number.NaN;
    const scratch = createSortScratch(keys.length);
    scratch.keys.set(keys);
    expect(Array.from(sortIndicesByKey(scratch, keys.length))).toEqual(byComparison(keys));
  });
});
