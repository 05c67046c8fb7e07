import { describe, expect, it } from "vitest";

import { sobolIndices } from "../../../../sim/experiment/analysis/index.js";
import { createRng } from "../../../../sim/rng.js";

type Model = (x: readonly number[]) => number;

/**
 * Outputs of `f` on a Saltelli design built here, independently of sim/experiment's designs, in
 * the contract's order: for each base sample j, A_j, B_j, then AB_j^(i) (A_j with column i from
 * B_j). A and B are independent seeded uniform matrices on the box [lower_i, upper_i].
 */
function saltelliOutputs(
  f: Model,
  lower: readonly number[],
  upper: readonly number[],
  n: number,
  seed: number,
) {
  const k = lower.length;
  const rng = createRng(seed);
  const draw = (): number[] => lower.map((low, i) => low + rng.next() * (upper[i]! - low));
  const outputs = new Float64Array(n * (k + 2));
  for (let j = 0; j < n; j++) {
    const a = draw();
    const b = draw();
    const block = j * (k + 2);
    outputs[block] = f(a);
    outputs[block + 1] = f(b);
    for (let i = 0; i < k; i++) {
      const ab = a.slice();
      ab[i] = b[i]!;
      outputs[block + 2 + i] = f(ab);
    }
  }
  return outputs;
}

// Ishigami and Homma (1990), a = 7, b = 0.1, on [−π, π]³.
const ishigami: Model = ([x1 = 0, x2 = 0, x3 = 0]) =>
  Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
const PI3 = [-Math.PI, -Math.PI, -Math.PI];
const PI3_UPPER = [Math.PI, Math.PI, Math.PI];
// Analytic values: V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2 = 13.8446, V1 = (1 + bπ⁴/5)²/2,
// V2 = a²/8, V13 = 8b²π⁸/225, so S1 = 0.3139, S2 = 0.4424, S3 = 0, ST3 = V13/V = 0.2437.
const ISHIGAMI_FIRST = [0.3139, 0.4424, 0];
const ISHIGAMI_TOTAL = [0.5576, 0.4424, 0.2437];

const width = ([low, high]: [number, number]): number => high - low;
const contains = ([low, high]: [number, number], value: number): boolean => low <= value && value <= high;

describe("sobolIndices on the Ishigami function", () => {
  const outputs = saltelliOutputs(ishigami, PI3, PI3_UPPER, 20_000, 2024);
  const result = sobolIndices(outputs, 3, { bootstrap: 200, seed: 7 });

  it("matches the analytic values within 0.03 at N = 20,000", () => {
    expect(result.n).toBe(20_000);
    expect(result.variance).toBeCloseTo(13.8446, 0);
    for (let i = 0; i < 3; i++) {
      expect(Math.abs(result.first[i]! - ISHIGAMI_FIRST[i]!)).toBeLessThan(0.03);
      expect(Math.abs(result.total[i]! - ISHIGAMI_TOTAL[i]!)).toBeLessThan(0.03);
    }
  });

  it("gives 95% intervals around the estimates that contain most analytic values", () => {
    let covered = 0;
    for (let i = 0; i < 3; i++) {
      expect(contains(result.firstInterval[i]!, result.first[i]!)).toBe(true);
      expect(contains(result.totalInterval[i]!, result.total[i]!)).toBe(true);
      if (contains(result.firstInterval[i]!, ISHIGAMI_FIRST[i]!)) covered++;
      if (contains(result.totalInterval[i]!, ISHIGAMI_TOTAL[i]!)) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(5);
  });

  it("narrows its intervals as N grows (about 1/√N)", () => {
    const small = sobolIndices(saltelliOutputs(ishigami, PI3, PI3_UPPER, 2_000, 2024), 3, {
      bootstrap: 200,
      seed: 7,
    });
    const ratios: number[] = [];
    for (let i = 0; i < 3; i++) {
      ratios.push(width(result.firstInterval[i]!) / width(small.firstInterval[i]!));
      ratios.push(width(result.totalInterval[i]!) / width(small.totalInterval[i]!));
    }
    // √(2,000 / 20,000) = 0.32
    for (const ratio of ratios) expect(ratio).toBeLessThan(0.6);
    expect(ratios.reduce((sum, r) => sum + r, 0) / ratios.length).toBeLessThan(0.45);
  });
});

describe("sobolIndices on an additive linear function", () => {
  // y = 1000 + 4 x1 + x2 + 0.5 x3, x1 ∈ [0, 1], x2 ∈ [−1, 1], x3 ∈ [0, 3]: V_i = a_i² (range_i)² / 12,
  // so V ∝ (16, 4, 2.25) and S_i = S_Ti = (16, 4, 2.25) / 22.25 (no interactions). The offset
  // checks that a large mean does not swamp the first-order estimator.
  const coefficients = [4, 1, 0.5];
  const lower = [0, -1, 0];
  const upper = [1, 1, 3];
  const linear: Model = (x) => 1000 + x.reduce((sum, value, i) => sum + coefficients[i]! * value, 0);
  const expected = [16 / 22.25, 4 / 22.25, 2.25 / 22.25];

  it("recovers S_i = S_Ti = a_i² Var(x_i) / Σ", () => {
    const result = sobolIndices(saltelliOutputs(linear, lower, upper, 5_000, 11), 3, { bootstrap: 100 });
    expect(result.variance).toBeCloseTo(22.25 / 12, 1);
    for (let i = 0; i < 3; i++) {
      expect(Math.abs(result.first[i]! - expected[i]!)).toBeLessThan(0.03);
      expect(Math.abs(result.total[i]! - expected[i]!)).toBeLessThan(0.03);
    }
    expect(result.first.reduce((sum, s) => sum + s, 0)).toBeCloseTo(1, 1);
  });
});

describe("sobolIndices bootstrap", () => {
  const outputs = saltelliOutputs(ishigami, PI3, PI3_UPPER, 1_000, 5);

  it("gives the same intervals for the same seed", () => {
    const first = sobolIndices(outputs, 3, { bootstrap: 100, seed: 42 });
    const second = sobolIndices(outputs, 3, { bootstrap: 100, seed: 42 });
    expect(second).toEqual(first);
  });

  it("gives other intervals for another seed, and the same point estimates", () => {
    const first = sobolIndices(outputs, 3, { bootstrap: 100, seed: 42 });
    const other = sobolIndices(outputs, 3, { bootstrap: 100, seed: 43 });
    expect(other.first).toEqual(first.first);
    expect(other.total).toEqual(first.total);
    expect(other.firstInterval).not.toEqual(first.firstInterval);
  });

  it("widens its intervals with the confidence level", () => {
    const narrow = sobolIndices(outputs, 3, { bootstrap: 200, confidence: 0.5, seed: 1 });
    const wide = sobolIndices(outputs, 3, { bootstrap: 200, confidence: 0.99, seed: 1 });
    for (let i = 0; i < 3; i++) {
      expect(width(wide.totalInterval[i]!)).toBeGreaterThan(width(narrow.totalInterval[i]!));
    }
  });

  it("leaves the intervals NaN with no resamples", () => {
    const result = sobolIndices(outputs, 3, { bootstrap: 0 });
    expect(result.first.every(Number.isFinite)).toBe(true);
    expect(result.firstInterval.flat().every(Number.isNaN)).toBe(true);
  });
});

describe("sobolIndices input handling", () => {
  it("returns NaN indices and zero variance for a constant output", () => {
    const result = sobolIndices(new Float64Array(4 * 10).fill(0.1 + 0.2), 2, { bootstrap: 10 });
    expect(result.variance).toBe(0);
    expect(result.n).toBe(10);
    expect([...result.first, ...result.total].every(Number.isNaN)).toBe(true);
    expect(result.totalInterval.flat().every(Number.isNaN)).toBe(true);
  });

  it("rejects a length that is not a multiple of k + 2", () => {
    expect(() => sobolIndices(new Float64Array(13), 3)).toThrow(RangeError);
    expect(() => sobolIndices(new Float64Array(13), 3)).toThrow(/multiple of k \+ 2 = 5/);
  });

  it("rejects fewer than two base samples", () => {
    expect(() => sobolIndices([1, 2, 3, 4, 5], 3)).toThrow(/at least 2 base samples/);
  });

  it("rejects a non-finite output, naming the point", () => {
    const outputs = Array.from({ length: 10 }, (_, p) => p);
    outputs[6] = Number.NaN;
    expect(() => sobolIndices(outputs, 3)).toThrow(/point 6/);
  });

  it("rejects a bad k, resample count or confidence", () => {
    expect(() => sobolIndices([1, 2, 3, 4], 0)).toThrow(RangeError);
    expect(() => sobolIndices([1, 2, 3, 4, 5, 6], 1, { bootstrap: -1 })).toThrow(RangeError);
    expect(() => sobolIndices([1, 2, 3, 4, 5, 6], 1, { confidence: 1 })).toThrow(RangeError);
  });
});
