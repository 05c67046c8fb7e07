import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  designPoints,
  parseSweep,
  planRuns,
  runSeed,
  type PlannedRun,
} from "../../../sim/experiment/index.js";
import { createRng } from "../../../sim/rng.js";

const keyOf = (run: PlannedRun): string => `${JSON.stringify(run.values)}|${run.replicate}`;
const seedsByKey = (runs: PlannedRun[]): Map<string, number> =>
  new Map(runs.map((run) => [keyOf(run), run.seed]));

describe("planRuns", () => {
  it("numbers runs point by point, replicates within a point: runId = point · replicates + replicate", () => {
    const sweep = parseSweep({ parameters: { a: [1, 2, 3], b: [true, false] }, replicates: 3, seed: 7 }, "t");
    const points = designPoints(sweep);
    const runs = planRuns(sweep);
    expect(runs).toHaveLength(points.length * 3);
    runs.forEach((run, i) => {
      expect(run.runId).toBe(i);
      expect(run.point).toBe(Math.floor(i / 3));
      expect(run.replicate).toBe(i % 3);
      expect(run.values).toEqual(points[run.point]!.values);
      expect(run.seed).toBe(runSeed(7, run.values, run.replicate));
    });
  });

  it("gives every run of a sweep its own seed", () => {
    const runs = planRuns(
      parseSweep(
        { parameters: { a: { min: 0, max: 1 } }, design: { type: "lhs", samples: 200 }, replicates: 5 },
        "t",
      ),
    );
    expect(new Set(runs.map((r) => r.seed)).size).toBe(runs.length);
  });

  it("keeps the seed of every existing run when a grid value is added", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 6 }),
        fc.uniqueArray(fc.constantFrom("a", "b", "c", "d"), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer(),
        (numbers, letters, replicates, seed) => {
          const before = planRuns(
            parseSweep({ parameters: { n: numbers.slice(1), l: letters }, replicates, seed }, "t"),
          );
          // The new value goes first, so every existing run moves to a new run id.
          const after = seedsByKey(
            planRuns(parseSweep({ parameters: { n: numbers, l: letters }, replicates, seed }, "t")),
          );
          for (const run of before) expect(after.get(keyOf(run))).toBe(run.seed);
        },
      ),
    );
  });

  it("keeps the seed of every existing run when replicates are raised", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer(),
        (r, more, seed) => {
          const parameters = { "ego.mean": [0, 0.5, 1], "learning.rule": ["fermi", "none"] };
          const before = planRuns(parseSweep({ parameters, replicates: r, seed }, "t"));
          const after = seedsByKey(planRuns(parseSweep({ parameters, replicates: r + more, seed }, "t")));
          for (const run of before) expect(after.get(keyOf(run))).toBe(run.seed);
        },
      ),
    );
  });

  it("seeds the same values the same way whichever design or key order produced them", () => {
    const grid = planRuns(parseSweep({ parameters: { a: [1, 2], b: [3] }, replicates: 2 }, "t"));
    const list = planRuns(
      parseSweep(
        {
          design: {
            type: "list",
            runs: [
              { b: 3, a: 2 },
              { b: 3, a: 1 },
            ],
          },
          replicates: 2,
        },
        "t",
      ),
    );
    const gridSeeds = seedsByKey(grid);
    for (const run of list) {
      const sameOrder = { a: run.values.a, b: run.values.b };
      expect(gridSeeds.get(`${JSON.stringify(sameOrder)}|${run.replicate}`)).toBe(run.seed);
    }
  });

  it("plans 100,000 runs", () => {
    const sweep = parseSweep(
      {
        parameters: { a: { min: 0, max: 1 }, b: { min: 0, max: 500, integer: true }, c: { min: -1, max: 1 } },
        design: { type: "saltelli", samples: 10_000 },
        replicates: 2,
      },
      "t",
    );
    const runs = planRuns(sweep);
    expect(runs).toHaveLength(100_000);
    expect(runs[99_999]!.runId).toBe(99_999);
  });
});

describe("runSeed", () => {
  it("is a non-negative integer below 2^31, as the contract's Alea hash defines it", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue()),
        fc.nat(1000),
        (base, values, replicate) => {
          const seed = runSeed(base, values, replicate);
          expect(Number.isInteger(seed)).toBe(true);
          expect(seed).toBeGreaterThanOrEqual(0);
          expect(seed).toBeLessThan(2 ** 31);
        },
      ),
    );
    expect(runSeed(1, { "ego.mean": 0.5, a: { y: 1, x: [2, 3] } }, 0)).toBe(
      createRng('sinergi-run|1|{"a":{"x":[2,3],"y":1},"ego.mean":0.5}|0').int(2147483647),
    );
  });

  it("equals the contract's definition through createRng for any values, base seed and replicate", () => {
    const text = fc.string({ unit: "binary", maxLength: 12 });
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.double({ noNaN: true }),
        fc.integer(),
        text,
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("value"), { maxLength: 3 }),
        fc.dictionary(text, tie("value"), { maxKeys: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.double({ noNaN: true })),
        fc.dictionary(text, json, { maxKeys: 4 }),
        fc.nat(100_000),
        (base, values, replicate) => {
          const key = `sinergi-run|${base}|${canonicalJson(values)}|${replicate}`;
          expect(runSeed(base, values, replicate)).toBe(createRng(key).int(2147483647));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("ignores key order and depends on the base seed, the values and the replicate", () => {
    const values = { "ego.mean": 0.5, "policies.incentiveFund.budget": 100 };
    const seed = runSeed(1, values, 0);
    expect(runSeed(1, { "policies.incentiveFund.budget": 100, "ego.mean": 0.5 }, 0)).toBe(seed);
    expect(runSeed(2, values, 0)).not.toBe(seed);
    expect(runSeed(1, values, 1)).not.toBe(seed);
    expect(runSeed(1, { ...values, "ego.mean": 0.6 }, 0)).not.toBe(seed);
  });
});
