import { describe, expect, it } from "vitest";
import { createRng } from "../../../sim/rng.js";
import { dirichletDraw, gammaDraw } from "../../../sim/world/dirichlet.js";

describe("gammaDraw", () => {
  it.each([[0.3], [1], [2.5], [20]])("has mean and variance equal to the shape %s", (shape) => {
    const rng = createRng(`gamma:${shape}`);
    const n = 40_000;
    let sum = 0;
    let sumSq = 0;
    let min = Number.POSITIVE_INFINITY;
    for (let k = 0; k < n; k++) {
      const x = gammaDraw(rng, shape);
      min = Math.min(min, x);
      sum += x;
      sumSq += x * x;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    const mean = sum / n;
    const variance = sumSq / n - mean * mean;
    // Standard errors: sqrt(shape / n) for the mean; a few percent of the variance.
    expect(Math.abs(mean - shape)).toBeLessThan(5 * Math.sqrt(shape / n));
    expect(Math.abs(variance / shape - 1)).toBeLessThan(0.08);
  });

  it("rejects a non-positive shape", () => {
    expect(() => gammaDraw(createRng(1), 0)).toThrow(RangeError);
  });
});

describe("dirichletDraw", () => {
  it("sums to 1 with component means alpha / sum(alpha)", () => {
    const rng = createRng("dirichlet");
    const alphas = [2.28, 1.32, 0.24, 4.68];
    const means = new Float64Array(alphas.length);
    const n = 20_000;
    let worstSum = 0;
    for (let k = 0; k < n; k++) {
      const draw = dirichletDraw(rng, alphas);
      worstSum = Math.max(worstSum, Math.abs(draw.reduce((s, x) => s + x, 0) - 1));
      draw.forEach((x, c) => (means[c] = means[c]! + x / n));
    }
    expect(worstSum).toBeLessThan(1e-12);
    const total = alphas.reduce((s, a) => s + a, 0);
    alphas.forEach((a, c) => expect(means[c]).toBeCloseTo(a / total, 2));
  });
});
