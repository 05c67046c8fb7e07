import { describe, expect, it } from "vitest";

import { williamson } from "../../../sim/metrics/index.js";

describe("williamson", () => {
  it("is the coefficient of variation for equal populations", () => {
    // y = [1, 3], ȳ = 4/2 = 2; Σ p_i/P (y_i − ȳ)² = ½·1 + ½·1 = 1; √1 / 2 = 0.5
    expect(williamson([1, 3], [1, 1])).toBeCloseTo(0.5, 12);
  });

  it("weights regions by population", () => {
    // Y = [2, 6], P = [2, 1]: y = [1, 6], ȳ = 8/3, deviations −5/3 and 10/3;
    // ⅔·25/9 + ⅓·100/9 = 150/27 = 50/9; √(50/9) / (8/3) = (5√2/3)·(3/8) = 5√2/8 ≈ 0.883883
    expect(williamson(Float64Array.of(2, 6), Float64Array.of(2, 1))).toBeCloseTo((5 * Math.SQRT2) / 8, 12);
  });

  it("is 0 when every region has the same per-capita GRDP", () => {
    expect(williamson([3, 30, 0.3], [1, 10, 0.1])).toBeCloseTo(0, 12);
  });

  it("is 0 for a single region and NaN for none", () => {
    expect(williamson([5], [2])).toBe(0);
    expect(williamson([], [])).toBeNaN();
  });

  it("rejects arrays of different lengths", () => {
    expect(() => williamson([1, 2], [1])).toThrow(RangeError);
  });
});
