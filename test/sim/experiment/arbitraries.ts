import fc from "fast-check";
import type { ParameterRange } from "../../../sim/experiment/index.js";

/** A range with min ≤ max; an integer range gets integer bounds, as validation requires. */
export const rangeArbitrary: fc.Arbitrary<ParameterRange> = fc.oneof(
  fc
    .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }))
    .map(([min, width]) => ({ min, max: min + width })),
  fc
    .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
    .map(([min, width]) => ({ min, max: min + width, integer: true })),
);

/** Between 1 and `maxCount` distinct dot paths, in a random order. */
export const namesArbitrary = (maxCount: number): fc.Arbitrary<string[]> =>
  fc.uniqueArray(
    fc.constantFrom("ego.mean", "ego.spread", "a.b", "x", "policies.incentiveFund.budget", "p.q.r"),
    {
      minLength: 1,
      maxLength: maxCount,
    },
  );

export const rangesArbitrary = (maxCount: number): fc.Arbitrary<Record<string, ParameterRange>> =>
  namesArbitrary(maxCount).chain((names) =>
    fc
      .tuple(...names.map(() => rangeArbitrary))
      .map((ranges) => Object.fromEntries(names.map((name, i) => [name, ranges[i]!]))),
  );

/** Lists of distinct values (numbers, strings, booleans), one per name. */
export const listsArbitrary = (
  maxCount: number,
  maxLength: number,
): fc.Arbitrary<Record<string, unknown[]>> =>
  namesArbitrary(maxCount).chain((names) =>
    fc
      .tuple(
        ...names.map(() =>
          fc.uniqueArray(
            fc.oneof(fc.integer({ min: -100, max: 100 }), fc.constantFrom("a", "b", true, false)),
            {
              minLength: 1,
              maxLength,
            },
          ),
        ),
      )
      .map((lists) => Object.fromEntries(names.map((name, i) => [name, lists[i]!]))),
  );
