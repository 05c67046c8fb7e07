import { describe, expect, it } from "vitest";

import {
  createSortScratch,
  maxMinRatio,
  meanPerCapita,
  sigmaLog,
  weightedMedian,
} from "../../../sim/metrics/index.js";

describe("meanPerCapita", () => {
  it("is total GRDP over total population", () => {
    // (2 + 6) / (2 + 1) = 8/3, not the mean of the ratios (1 + 6)/2
    expect(meanPerCapita([2, 6], [2, 1])).toBeCloseTo(8 / 3, 14);
  });
});

describe("sigmaLog", () => {
  it("is the population (/n) standard deviation of log per-capita GRDP", () => {
    // y = [1, e, e²] (Y = [2, 2e, 2e²], P = 2): ln y = [0, 1, 2], mean 1,
    // variance (1 + 0 + 1)/3 = ⅔ (not /2), σ = √⅔ ≈ 0.816497
    const e = Math.E;
    expect(sigmaLog([2, 2 * e, 2 * e * e], [2, 2, 2])).toBeCloseTo(Math.sqrt(2 / 3), 12);
  });

  it("counts each region once whatever its population", () => {
    // ln y = [0, 2] whatever the populations: mean 1, σ = 1
    expect(sigmaLog([5, 1000 * Math.E ** 2], [5, 1000])).toBeCloseTo(1, 12);
  });

  it("is 0 for equal per-capita GRDP, even at large log values", () => {
    expect(sigmaLog([1e12, 2e12, 3e12], [1, 2, 3])).toBeCloseTo(0, 12);
  });

  it("is NaN for an empty world", () => {
    expect(sigmaLog([], [])).toBeNaN();
  });
});

describe("maxMinRatio", () => {
  it("divides the highest per-capita GRDP by the lowest", () => {
    // y = [10/5, 30/3, 8/4] = [2, 10, 2] → 10 / 2 = 5
    expect(maxMinRatio([10, 30, 8], [5, 3, 4])).toBeCloseTo(5, 14);
  });

  it("is 1 when all are equal and NaN for an empty world", () => {
    expect(maxMinRatio([1, 2], [1, 2])).toBe(1);
    expect(maxMinRatio([], [])).toBeNaN();
  });
});

describe("weightedMedian", () => {
  it("is the ordinary median with equal weights", () => {
    expect(weightedMedian([3, 1, 4, 2], [1, 1, 1, 1])).toBe(2.5);
    expect(weightedMedian([3, 1, 5], [2, 2, 2])).toBe(3);
  });

  it("follows the weights", () => {
    // weights [1, 1, 1, 5] over values [1, 2, 3, 4]: total 8, half 4; cumulative 1, 2, 3, 8 → 4
    expect(weightedMedian([1, 2, 3, 4], [1, 1, 1, 5])).toBe(4);
    // weights [4, 1, 1, 1]: half 3.5; cumulative reaches 4 at the first value → 1
    expect(weightedMedian([4, 3, 2, 1], [1, 1, 1, 4])).toBe(1);
    // weights [3, 1, 1, 1]: half 3; cumulative is exactly 3 at value 1 → mean of 1 and 2
    expect(weightedMedian([1, 2, 3, 4], [3, 1, 1, 1])).toBe(1.5);
  });

  it("ignores zero weights, including when averaging across the halfway point", () => {
    // values in order 1 (w 1), 2 (w 0), 5 (w 1): half = 1 is reached exactly at 1; the next value
    // with weight is 5, not 2 → (1 + 5)/2 = 3
    expect(weightedMedian([5, 2, 1], [1, 0, 1])).toBe(3);
    expect(weightedMedian([1, 100], [1, 0])).toBe(1);
  });

  it("is NaN without positive weight", () => {
    expect(weightedMedian([], [])).toBeNaN();
    expect(weightedMedian([1, 2], [0, 0])).toBeNaN();
  });

  it("gives the same result with a reused scratch", () => {
    const scratch = createSortScratch(8);
    expect(weightedMedian([1, 2, 3, 4], [1, 1, 1, 5], scratch)).toBe(4);
    expect(weightedMedian([3, 1, 4, 2], [1, 1, 1, 1], scratch)).toBe(2.5);
  });
});
