import { describe, expect, it } from "vitest";

import { betaConvergence } from "../../../sim/metrics/index.js";

/** Final incomes that make g_i = a + b ln y_i0 hold exactly over `years`. */
function finalIncomes(initial: readonly number[], a: number, b: number, years: number): number[] {
  return initial.map((y0) => y0 * Math.exp(years * (a + b * Math.log(y0))));
}

describe("betaConvergence", () => {
  const initial = [1, Math.E, Math.E ** 2, Math.E ** 3, 2.5];

  it("recovers an exact slope, β and half-life", () => {
    // g = 0.05 − 0.01 ln y0 over T = 10: b = −0.01, 1 + bT = 0.9,
    // β = −ln(0.9)/10 = 0.0105361, half-life = ln 2 / β = 65.788 years
    const result = betaConvergence(initial, finalIncomes(initial, 0.05, -0.01, 10), 10);
    expect(result.slope).toBeCloseTo(-0.01, 12);
    expect(result.intercept).toBeCloseTo(0.05, 12);
    expect(result.rSquared).toBeCloseTo(1, 12);
    expect(result.slopeStdError).toBeCloseTo(0, 12);
    expect(result.beta).toBeCloseTo(-Math.log(0.9) / 10, 12);
    expect(result.beta).toBeCloseTo(0.0105361, 7);
    expect(result.halfLife).toBeCloseTo(Math.LN2 / (-Math.log(0.9) / 10), 8);
    expect(result.halfLife).toBeCloseTo(65.788, 3);
    expect(result.n).toBe(5);
    expect(result.years).toBe(10);
  });

  it("reports divergence as a negative β and no half-life", () => {
    // b = +0.01, T = 10: β = −ln(1.1)/10 = −0.0095310 < 0
    const result = betaConvergence(initial, finalIncomes(initial, 0.02, 0.01, 10), 10);
    expect(result.slope).toBeCloseTo(0.01, 12);
    expect(result.beta).toBeCloseTo(-Math.log(1.1) / 10, 12);
    expect(result.halfLife).toBeNull();
  });

  it("has no β when the line implies overtaking (1 + bT ≤ 0)", () => {
    // b = −0.2, T = 10: 1 + bT = −1
    const result = betaConvergence(initial, finalIncomes(initial, 0.3, -0.2, 10), 10);
    expect(result.slope).toBeCloseTo(-0.2, 12);
    expect(result.beta).toBeNull();
    expect(result.halfLife).toBeNull();
  });

  it("matches an independent computation on noisy data", () => {
    // y0 = [10, 20, 35, 50, 80], yT = [18, 30, 50, 60, 95], T = 12; x = ln y0, g = ln(yT/y0)/12.
    // Closed-form simple regression (numbers from numpy 2.4, lstsq and inv(XᵀX)):
    //   x̄ = 3.4295430, ḡ = 0.0284016, Sxx = Σ(x−x̄)² = 2.6140648, Sxy = Σ(x−x̄)(g−ḡ) = −0.0451486
    //   b = Sxy/Sxx = −0.01727142, a = ḡ − b x̄ = 0.08763473
    //   RSS = 4.727084e-5, SE(b) = √(RSS/(n−2) / Sxx) = 0.00245515, R² = 1 − RSS/SST = 0.9428442
    //   β = −ln(1 − 12·0.01727142)/12 = 0.01935469, half-life = ln 2/β = 35.81288
    const result = betaConvergence([10, 20, 35, 50, 80], Float64Array.of(18, 30, 50, 60, 95), 12);
    expect(result.slope).toBeCloseTo(-0.01727142, 8);
    expect(result.intercept).toBeCloseTo(0.08763473, 8);
    expect(result.slopeStdError).toBeCloseTo(0.00245515, 8);
    expect(result.rSquared).toBeCloseTo(0.9428442, 7);
    expect(result.beta).toBeCloseTo(0.01935469, 8);
    expect(result.halfLife).toBeCloseTo(35.81288, 4);
  });

  it("has no standard error with only two regions", () => {
    const result = betaConvergence([1, 4], [2, 6], 5);
    expect(result.slopeStdError).toBeNaN();
    expect(result.rSquared).toBeCloseTo(1, 12);
  });

  it("refuses regressions that are undefined", () => {
    expect(() => betaConvergence([1], [2], 5)).toThrow(RangeError);
    expect(() => betaConvergence([1, 2], [2, 3], 0)).toThrow(RangeError);
    expect(() => betaConvergence([1, 0], [2, 3], 5)).toThrow(RangeError);
    expect(() => betaConvergence([1, 2], [2, Number.NaN], 5)).toThrow(RangeError);
    expect(() => betaConvergence([3, 3, 3], [4, 5, 6], 5)).toThrow(RangeError);
    expect(() => betaConvergence([1, 2], [2], 5)).toThrow(RangeError);
  });
});
