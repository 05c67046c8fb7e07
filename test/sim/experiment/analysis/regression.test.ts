import { describe, expect, it } from "vitest";

import { standardizedRegression } from "../../../../sim/experiment/analysis/index.js";
import { createRng } from "../../../../sim/rng.js";

const sampleSd = (values: readonly number[]): number => {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1));
};

describe("standardizedRegression", () => {
  it("gives R² = 1 and SRC_i = b_i·sd(x_i)/sd(y) on exact linear data", () => {
    const rng = createRng(17);
    const b = [2, -3, 0.5];
    const x = Array.from({ length: 30 }, () => [rng.next() * 100, rng.next() - 0.5, 1000 + rng.next() * 40]);
    const y = x.map((row) => 1 + row.reduce((sum, value, i) => sum + b[i]! * value, 0));
    const result = standardizedRegression(x, y);
    expect(result.n).toBe(30);
    expect(result.rSquared).toBeCloseTo(1, 12);
    const sdY = sampleSd(y);
    result.coefficients.forEach((src, i) => {
      expect(src).toBeCloseTo((b[i]! * sampleSd(x.map((row) => row[i]!))) / sdY, 10);
    });
  });

  it("matches numpy on noisy data", () => {
    // i = 0..39, x = (i, 7i mod 13, cos i), y = 2 x1 − x2 + 3 x3 + 5 sin(1.7 i). Expected values from
    // numpy 2.4.6: np.linalg.lstsq on the standardized columns (ddof = 1), cross-checked as
    // b·sd(x)/sd(y) from OLS with an intercept on the raw data.
    const x = Array.from({ length: 40 }, (_, i) => [i, (7 * i) % 13, Math.cos(i)]);
    const y = x.map(([x1 = 0, x2 = 0, x3 = 0], i) => 2 * x1 - x2 + 3 * x3 + 5 * Math.sin(1.7 * i));
    const result = standardizedRegression(x, y);
    expect(result.coefficients[0]).toBeCloseTo(0.981214414844269, 10);
    expect(result.coefficients[1]).toBeCloseTo(-0.15758537603843453, 10);
    expect(result.coefficients[2]).toBeCloseTo(0.09887752896465152, 10);
    expect(result.rSquared).toBeCloseTo(0.9779004465110457, 10);
  });

  it("gives NaN to a parameter that does not vary and fits the others as without it", () => {
    const x = Array.from({ length: 12 }, (_, i) => [i, 0.1 + 0.2, Math.sin(i)]);
    const y = x.map(([x1 = 0, , x3 = 0], i) => x1 + 4 * x3 + Math.cos(3 * i));
    const result = standardizedRegression(x, y);
    const without = standardizedRegression(
      x.map(([x1 = 0, , x3 = 0]) => [x1, x3]),
      y,
    );
    expect(result.coefficients[1]).toBeNaN();
    expect(result.coefficients[0]).toBeCloseTo(without.coefficients[0]!, 12);
    expect(result.coefficients[2]).toBeCloseTo(without.coefficients[1]!, 12);
    expect(result.rSquared).toBeCloseTo(without.rSquared, 12);
  });

  it("gives NaN everywhere for an output that does not vary", () => {
    const result = standardizedRegression(
      [
        [1, 2],
        [2, 1],
        [3, 5],
      ],
      [7, 7, 7],
    );
    expect(result.coefficients.every(Number.isNaN)).toBe(true);
    expect(result.rSquared).toBeNaN();
  });

  it("rejects mismatched, short, ragged, non-finite, underdetermined or collinear input", () => {
    expect(() => standardizedRegression([[1], [2]], [1, 2, 3])).toThrow(/x has 2 rows but y has 3/);
    expect(() => standardizedRegression([[1]], [1])).toThrow(/at least 2 rows/);
    expect(() => standardizedRegression([[1, 2], [3]], [1, 2])).toThrow(/row 1 has 1 values/);
    expect(() => standardizedRegression([[1], [Number.NaN]], [1, 2])).toThrow(/x\[1\]\[0\] is NaN/);
    expect(() =>
      standardizedRegression(
        [
          [1, 2, 4],
          [2, 1, 0],
          [3, 5, 1],
        ],
        [1, 2, 4],
      ),
    ).toThrow(/3 rows cannot fit 3 varying parameters/);
    const collinear = Array.from({ length: 10 }, (_, i) => [i, Math.sin(i), 2 * i - 3 * Math.sin(i)]);
    expect(() =>
      standardizedRegression(
        collinear,
        collinear.map((_, i) => Math.cos(i)),
      ),
    ).toThrow(/parameter 2 is a linear combination/);
  });
});
