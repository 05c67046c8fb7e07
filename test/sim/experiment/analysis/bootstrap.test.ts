import { describe, expect, it } from "vitest";

import { percentileBootstrap, quantile } from "../../../../sim/experiment/analysis/bootstrap.js";

describe("quantile", () => {
  it("interpolates between order statistics as numpy and R (type 7) do", () => {
    // numpy.quantile([3, 1, 4, 1, 5, 9, 2, 6], [0.025, 0.5, 0.975]) = [1.0, 3.5, 8.475]
    const sorted = Float64Array.from([3, 1, 4, 1, 5, 9, 2, 6]).sort();
    expect(quantile(sorted, 0.025)).toBeCloseTo(1, 12);
    expect(quantile(sorted, 0.5)).toBeCloseTo(3.5, 12);
    expect(quantile(sorted, 0.975)).toBeCloseTo(8.475, 12);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe("percentileBootstrap", () => {
  const data = Array.from({ length: 50 }, (_, i) => Math.sin(i) * 10);
  const mean = (units: Int32Array): number[] => [units.reduce((sum, j) => sum + data[j]!, 0) / units.length];

  it("is reproducible for a seed and brackets the sample mean", () => {
    const options = { resamples: 300, confidence: 0.9, seed: "x" };
    const first = percentileBootstrap(data.length, 1, mean, options);
    expect(percentileBootstrap(data.length, 1, mean, options)).toEqual(first);
    const sampleMean = mean(Int32Array.from(data, (_, i) => i))[0]!;
    expect(first[0]![0]).toBeLessThan(sampleMean);
    expect(first[0]![1]).toBeGreaterThan(sampleMean);
  });

  it("skips non-finite replicates and gives NaN when none is finite", () => {
    const intervals = percentileBootstrap(10, 2, () => [Number.NaN, 1], {
      resamples: 20,
      confidence: 0.95,
      seed: 1,
    });
    expect(intervals[0]).toEqual([Number.NaN, Number.NaN]);
    expect(intervals[1]).toEqual([1, 1]);
  });
});
