import { describe, expect, it } from "vitest";

import { theil, type TheilDecomposition } from "../../../sim/metrics/index.js";

describe("theil", () => {
  it("matches a two-region case by hand", () => {
    // s = [¼, ¾], p = [½, ½]: T = ¼ ln(½) + ¾ ln(3/2) = −0.173287 + 0.304099 = 0.130812
    const result = theil([1, 3], [1, 1], Int32Array.of(0, 0), 1);
    expect(result.total).toBeCloseTo(0.25 * Math.log(0.5) + 0.75 * Math.log(1.5), 12);
    expect(result.total).toBeCloseTo(0.130812, 6);
  });

  it("splits into between and within groups as computed by hand", () => {
    // Y = [1, 3, 4, 4], P = 1 each, groups {0, 1} and {2, 3}. ΣY = 12, ȳ = 3.
    // total   = Σ s_i ln(y_i/ȳ) = (1/12) ln(1/3) + (3/12) ln 1 + 2·(4/12) ln(4/3) = 0.100237
    // between: s_g = [⅓, ⅔], p_g = [½, ½] → ⅓ ln(2/3) + ⅔ ln(4/3) = −0.135155 + 0.191788 = 0.056633
    // within : group 1 is equal (T_1 = 0); group 0 is the two-region case above, T_0 = 0.130812,
    //          so within = ⅓·T_0 = ¼ ln 3 − ⅓ ln 2 = 0.043604, and 0.056633 + 0.043604 = 0.100237
    const result = theil([1, 3, 4, 4], [1, 1, 1, 1], Int32Array.of(0, 0, 1, 1), 2);
    expect(result.total).toBeCloseTo((1 / 12) * Math.log(1 / 3) + (8 / 12) * Math.log(4 / 3), 12);
    expect(result.between).toBeCloseTo((1 / 3) * Math.log(2 / 3) + (2 / 3) * Math.log(4 / 3), 12);
    expect(result.within).toBeCloseTo(0.25 * Math.log(3) - Math.log(2) / 3, 12);
    expect(result.total).toBeCloseTo(0.100237, 6);
    expect(result.between).toBeCloseTo(0.056633, 6);
    expect(result.within).toBeCloseTo(0.043604, 6);
    expect(result.between + result.within).toBeCloseTo(result.total, 14);
  });

  it("is 0 everywhere when per-capita GRDP is equal", () => {
    const result = theil([2, 20, 0.2, 7], [1, 10, 0.1, 3.5], Int32Array.of(0, 1, 1, 2), 3);
    expect(result.total).toBeCloseTo(0, 12);
    expect(result.between).toBeCloseTo(0, 12);
    expect(result.within).toBeCloseTo(0, 12);
  });

  it("has no between part with a single group", () => {
    const result = theil([5, 1, 9], [2, 3, 1], Int32Array.of(0, 0, 0), 1);
    expect(result.between).toBe(0);
    expect(result.within).toBeCloseTo(result.total, 14);
  });

  it("has no within part when every region is its own group", () => {
    const result = theil([5, 1, 9], [2, 3, 1], Int32Array.of(0, 1, 2), 3);
    expect(result.within).toBe(0);
    expect(result.between).toBeCloseTo(result.total, 14);
  });

  it("ignores empty groups and counts zero-GRDP regions as the limit s ln s → 0", () => {
    // Region 1 has no income: s = [1, 0], p = [½, ½], T = 1·ln(1/½) = ln 2.
    const result = theil([4, 0], [1, 1], Int32Array.of(0, 2), 4);
    expect(result.total).toBeCloseTo(Math.LN2, 12);
    expect(result.between).toBeCloseTo(Math.LN2, 12);
    expect(result.within).toBe(0);
  });

  it("reuses the result object and a dirty scratch buffer", () => {
    const out: TheilDecomposition = { total: Number.NaN, between: Number.NaN, within: Number.NaN };
    const scratch = new Float64Array(10).fill(123);
    const result = theil([1, 3, 4, 4], [1, 1, 1, 1], Int32Array.of(0, 0, 1, 1), 2, out, scratch);
    expect(result).toBe(out);
    expect(result).toEqual(theil([1, 3, 4, 4], [1, 1, 1, 1], Int32Array.of(0, 0, 1, 1), 2));
  });

  it("rejects a group outside [0, groupCount) and mismatched lengths", () => {
    expect(() => theil([1, 2], [1, 1], Int32Array.of(0, 2), 2)).toThrow(RangeError);
    expect(() => theil([1, 2], [1, 1], Int32Array.of(-1, 0), 2)).toThrow(RangeError);
    expect(() => theil([1, 2], [1, 1], Int32Array.of(0), 2)).toThrow(RangeError);
    expect(() => theil([1, 2], [1], Int32Array.of(0, 0), 1)).toThrow(RangeError);
  });
});
