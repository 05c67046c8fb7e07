import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  gini,
  maxMinRatio,
  sigmaLog,
  theil,
  weightedMedian,
  williamson,
} from "../../../sim/metrics/index.js";

const GROUP_COUNT = 4;

interface Regions {
  grdp: Float64Array;
  population: Float64Array;
  groupOf: Int32Array;
}

const regionsArbitrary = fc
  .array(
    fc.record({
      grdp: fc.double({ min: 1, max: 1e7, noNaN: true }),
      population: fc.double({ min: 1, max: 1e8, noNaN: true }),
      group: fc.integer({ min: 0, max: GROUP_COUNT - 1 }),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((rows): Regions => ({
    grdp: Float64Array.from(rows, (row) => row.grdp),
    population: Float64Array.from(rows, (row) => row.population),
    groupOf: Int32Array.from(rows, (row) => row.group),
  }));

/** |a − b| within `tolerance`, relative once the values exceed 1. */
function expectNear(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(actual), Math.abs(expected)),
  );
}

function concat(first: Float64Array, second: Float64Array): Float64Array {
  const joined = new Float64Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

describe("metric properties", () => {
  it("Theil: between + within = total, and both parts are non-negative", () => {
    fc.assert(
      fc.property(regionsArbitrary, ({ grdp, population, groupOf }) => {
        const result = theil(grdp, population, groupOf, GROUP_COUNT);
        expectNear(result.between + result.within, result.total, 1e-12);
        expect(result.between).toBeGreaterThanOrEqual(-1e-12);
        expect(result.within).toBeGreaterThanOrEqual(-1e-12);
      }),
    );
  });

  it("every disparity measure is unchanged when all GRDP is multiplied by a constant", () => {
    fc.assert(
      fc.property(
        regionsArbitrary,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        ({ grdp, population, groupOf }, factor) => {
          const scaled = grdp.map((value) => value * factor);
          expectNear(williamson(scaled, population), williamson(grdp, population));
          expectNear(gini(scaled, population), gini(grdp, population));
          expectNear(sigmaLog(scaled, population), sigmaLog(grdp, population));
          expectNear(maxMinRatio(scaled, population), maxMinRatio(grdp, population));
          const original = theil(grdp, population, groupOf, GROUP_COUNT);
          const rescaled = theil(scaled, population, groupOf, GROUP_COUNT);
          expectNear(rescaled.total, original.total);
          expectNear(rescaled.between, original.between);
          expectNear(rescaled.within, original.within);
        },
      ),
    );
  });

  it("Williamson of every region listed twice equals that of the original with doubled weight", () => {
    fc.assert(
      fc.property(regionsArbitrary, ({ grdp, population }) => {
        const duplicated = williamson(concat(grdp, grdp), concat(population, population));
        const doubled = williamson(
          grdp.map((value) => 2 * value),
          population.map((value) => 2 * value),
        );
        expectNear(duplicated, doubled);
        expectNear(duplicated, williamson(grdp, population));
      }),
    );
  });

  it("Gini lies in [0, 1) and equals the pairwise mean-difference formula over people", () => {
    fc.assert(
      fc.property(regionsArbitrary, ({ grdp, population }) => {
        const value = gini(grdp, population);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(1);
        // G = Σ_i Σ_j P_i P_j |y_i − y_j| / (2 P² ȳ), no sorting involved
        let totalPopulation = 0;
        let totalGrdp = 0;
        let pairwise = 0;
        for (let i = 0; i < grdp.length; i++) {
          totalPopulation += population[i]!;
          totalGrdp += grdp[i]!;
          for (let j = 0; j < grdp.length; j++) {
            pairwise +=
              population[i]! *
              population[j]! *
              Math.abs(grdp[i]! / population[i]! - grdp[j]! / population[j]!);
          }
        }
        expectNear(value, pairwise / (2 * totalPopulation * totalGrdp));
      }),
    );
  });

  it("weighted median with whole-number weights is the median of the list with each value repeated", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 4 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (pairs) => {
          const expanded = pairs.flatMap(([value, weight]) => Array<number>(weight).fill(value));
          fc.pre(expanded.length > 0);
          expanded.sort((a, b) => a - b);
          const middle = expanded.length / 2;
          const median =
            expanded.length % 2 === 1
              ? expanded[Math.floor(middle)]!
              : (expanded[middle - 1]! + expanded[middle]!) / 2;
          const values = pairs.map(([value]) => value);
          const weights = pairs.map(([, weight]) => weight);
          expect(weightedMedian(values, weights)).toBe(median);
        },
      ),
    );
  });
});
