import { describe, expect, it } from "vitest";

import { createSortScratch, gini } from "../../../sim/metrics/index.js";

describe("gini", () => {
  it("is the plain (n-convention) Gini for equal populations", () => {
    // y = [1, 2, 3, 4]: Σ_{i<j} |y_i − y_j| = 1+2+3+1+2+1 = 10, over ordered pairs 20;
    // 20 / (2 n² ȳ) = 20 / (2·16·2.5) = 0.25.
    // Lorenz: p = ¼ each, L = 0.1, 0.3, 0.6, 1; 1 − ¼(0.1 + 0.4 + 0.9 + 1.6) = 1 − 0.75 = 0.25
    expect(gini([4, 2, 1, 3], [1, 1, 1, 1])).toBeCloseTo(0.25, 12);
  });

  it("treats a region as that many people with the region's income", () => {
    // Y = [4, 2], P = [1, 2]: y = [4, 1] for 1 and 2 people, i.e. the people [4, 1, 1].
    // Plain Gini of [1, 1, 4]: ordered-pair |differences| 2·(3 + 3) = 12, 12 / (2·9·2) = ⅓.
    // Lorenz: p = [⅔, ⅓], income shares [⅓, ⅔], L = [⅓, 1]: 1 − (⅔·⅓ + ⅓·(1 + ⅓)) = 1 − 6/9 = ⅓
    expect(gini([4, 2], [1, 2])).toBeCloseTo(1 / 3, 12);
    expect(gini([1, 1, 4], [1, 1, 1])).toBeCloseTo(1 / 3, 12);
  });

  it("is 0 when every region has the same per-capita GRDP", () => {
    expect(gini([3, 30, 0.3, 9], [1, 10, 0.1, 3])).toBeCloseTo(0, 12);
    expect(gini([7], [7])).toBe(0);
  });

  it("approaches (n−1)/n when one region has all the income", () => {
    expect(gini([0, 0, 0, 10], [1, 1, 1, 1])).toBeCloseTo(0.75, 12);
  });

  it("gives the same result with a reused scratch, larger than needed", () => {
    const scratch = createSortScratch(16);
    scratch.keys.fill(-5);
    expect(gini([4, 2, 1, 3], [1, 1, 1, 1], scratch)).toBeCloseTo(0.25, 12);
    expect(gini([4, 2], [1, 2], scratch)).toBeCloseTo(1 / 3, 12);
    const exact = createSortScratch(2);
    expect(gini([4, 2], [1, 2], exact)).toBeCloseTo(1 / 3, 12);
  });

  it("is NaN for an empty world and rejects mismatched lengths", () => {
    expect(gini([], [])).toBeNaN();
    expect(() => gini([1, 2], [1])).toThrow(RangeError);
  });
});
