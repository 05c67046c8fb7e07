import { describe, expect, it } from "vitest";

import { morrisIndices } from "../../../../sim/experiment/analysis/index.js";
import { createRng, shuffleInPlace } from "../../../../sim/rng.js";

/**
 * r Morris (1991) trajectories on a p-level grid of [0, 1]^k, built here independently of
 * sim/experiment's designs: Δ = p / (2(p − 1)); each factor starts on a random level and moves by
 * +Δ if that stays in [0, 1], else by −Δ; the factors move one at a time in a random order. So
 * every trajectory has k + 1 points and each factor changes exactly once in it.
 */
function morrisTrajectories(k: number, r: number, p: number, seed: number): number[][] {
  const rng = createRng(seed);
  const delta = p / (2 * (p - 1));
  const points: number[][] = [];
  for (let t = 0; t < r; t++) {
    let point = Array.from({ length: k }, () => rng.int(p) / (p - 1));
    points.push(point);
    const order = shuffleInPlace(
      Int32Array.from({ length: k }, (_, i) => i),
      rng,
    );
    for (const i of order) {
      point = point.slice();
      point[i] = point[i]! + delta <= 1 + 1e-12 ? point[i]! + delta : point[i]! - delta;
      points.push(point);
    }
  }
  return points;
}

/** x_i = lower_i + u_i (upper_i − lower_i), as a design maps unit coordinates to a range. */
const scale = (u: readonly number[], lower: readonly number[], upper: readonly number[]): number[] =>
  u.map((value, i) => lower[i]! + value * (upper[i]! - lower[i]!));

describe("morrisIndices", () => {
  it("gives μ = μ* = coefficient × range and σ = 0 for a linear function", () => {
    // y = 3 + 2 x1 − 4 x2 + 0 x3, x1 ∈ [0, 10], x2 ∈ [−1, 1], x3 ∈ [5, 6]
    const lower = [0, -1, 5];
    const upper = [10, 1, 6];
    const unit = morrisTrajectories(3, 10, 4, 1);
    const outputs = unit.map((u) => {
      const [x1 = 0, x2 = 0, x3 = 0] = scale(u, lower, upper);
      return 3 + 2 * x1 - 4 * x2 + 0 * x3;
    });
    const result = morrisIndices(unit, outputs, 3);
    const expected = [
      { mu: 20, muStar: 20 },
      { mu: -8, muStar: 8 },
      { mu: 0, muStar: 0 },
    ];
    result.forEach((factor, i) => {
      expect(factor.mu).toBeCloseTo(expected[i]!.mu, 10);
      expect(factor.muStar).toBeCloseTo(expected[i]!.muStar, 10);
      expect(factor.sigma).toBeCloseTo(0, 10);
      expect(factor.effects).toBe(10);
    });
  });

  it("ranks the factors of the Sobol g-function by decreasing importance (increasing a)", () => {
    // g(x) = Π (|4 x_i − 2| + a_i) / (1 + a_i): the smaller a_i, the more x_i matters
    // (Saltelli et al. 2008, §3.5, the screening test case of Campolongo et al. 2007).
    const a = [0, 1, 4.5, 9, 99, 99];
    const unit = morrisTrajectories(6, 50, 4, 3);
    const outputs = unit.map((u) =>
      u.reduce((product, x, i) => product * ((Math.abs(4 * x - 2) + a[i]!) / (1 + a[i]!)), 1),
    );
    const result = morrisIndices(unit, outputs, 6);
    const muStar = result.map((factor) => factor.muStar);
    for (let i = 0; i < 4; i++) expect(muStar[i]!).toBeGreaterThan(muStar[i + 1]!);
    expect(muStar[3]!).toBeGreaterThan(muStar[5]!);
    // The two a = 99 factors are nearly inert.
    expect(muStar[4]!).toBeLessThan(0.05 * muStar[0]!);
    expect(muStar[5]!).toBeLessThan(0.05 * muStar[0]!);
  });

  it("separates a non-monotonic factor: μ ≈ 0 but μ* > 0, with σ large", () => {
    // y = 10 x1 + (x2 − 1/2)² on [0, 1]²: on a 4-level grid (Δ = 2/3) every step of x2 moves
    // (x2 − 1/2)² between 1/4 and 1/36, so its effects are ±(2/9)/(2/3) = ±1/3 with equal odds.
    const unit = morrisTrajectories(2, 60, 4, 9);
    const outputs = unit.map(([x1 = 0, x2 = 0]) => 10 * x1 + (x2 - 0.5) ** 2);
    const [linear, bowl] = morrisIndices(unit, outputs, 2);
    expect(linear!.mu).toBeCloseTo(10, 10);
    expect(bowl!.muStar).toBeCloseTo(1 / 3, 10);
    expect(Math.abs(bowl!.mu)).toBeLessThan(0.1);
    expect(bowl!.sigma).toBeGreaterThan(0.3);
  });

  it("reads the changed factor from the coordinates, whatever the step order", () => {
    const unit = [
      [0, 0],
      [0, 2 / 3],
      [2 / 3, 2 / 3],
      [1, 1],
      [1 / 3, 1],
      [1 / 3, 1 / 3],
    ];
    const outputs = unit.map(([x1 = 0, x2 = 0]) => 3 * x1 + 5 * x2);
    const [first, second] = morrisIndices(unit, outputs, 2);
    expect(first!.mu).toBeCloseTo(3, 12);
    expect(second!.mu).toBeCloseTo(5, 12);
  });

  it("rejects malformed designs", () => {
    const unit = morrisTrajectories(2, 2, 4, 1);
    const outputs = unit.map(() => 1);
    expect(() => morrisIndices(unit, outputs.slice(1), 2)).toThrow(/unit has 6 points but outputs has 5/);
    expect(() => morrisIndices(unit.slice(1), outputs.slice(1), 2)).toThrow(/multiple of k \+ 1 = 3/);
    expect(() => morrisIndices(unit.slice(3), outputs.slice(3), 2)).toThrow(/at least 2 trajectories/);
    expect(() => morrisIndices(unit, outputs, 0)).toThrow(RangeError);

    const twoAtOnce = unit.map((u) => u.slice());
    twoAtOnce[1] = [twoAtOnce[1]![0]! + 1 / 3, twoAtOnce[1]![1]! + 1 / 3];
    expect(() => morrisIndices(twoAtOnce, outputs, 2)).toThrow(/changes factors 0 and 1/);

    const standing = unit.map((u) => u.slice());
    standing[1] = standing[0]!.slice();
    expect(() => morrisIndices(standing, outputs, 2)).toThrow(/changes no factor/);

    const listed = unit.map((u) => u.slice());
    listed[2] = [Number.NaN, 0];
    expect(() => morrisIndices(listed, outputs, 2)).toThrow(/ranges only/);

    const failed = outputs.slice();
    failed[4] = Number.POSITIVE_INFINITY;
    expect(() => morrisIndices(unit, failed, 2)).toThrow(/point 4/);
  });
});
