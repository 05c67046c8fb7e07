import { describe, expect, it } from "vitest";

import {
  KLASSEN_LABELS,
  klassenQuadrant,
  klassenQuadrants,
  klassenTransitions,
} from "../../../sim/metrics/index.js";

describe("klassenQuadrant", () => {
  it("places regions by income and growth against the reference", () => {
    expect(klassenQuadrant(120, 0.06, 100, 0.05)).toBe(1);
    expect(klassenQuadrant(120, 0.04, 100, 0.05)).toBe(2);
    expect(klassenQuadrant(80, 0.06, 100, 0.05)).toBe(3);
    expect(klassenQuadrant(80, 0.04, 100, 0.05)).toBe(4);
  });

  it("counts a tie with the reference as high", () => {
    expect(klassenQuadrant(100, 0.05, 100, 0.05)).toBe(1);
    expect(klassenQuadrant(100, 0.04, 100, 0.05)).toBe(2);
    expect(klassenQuadrant(99, 0.05, 100, 0.05)).toBe(3);
  });

  it("has Indonesian and English labels for each quadrant", () => {
    expect(KLASSEN_LABELS[1].id).toBe("maju dan tumbuh cepat");
    expect(KLASSEN_LABELS[2].id).toBe("maju tapi tertekan");
    expect(KLASSEN_LABELS[3].id).toBe("berkembang cepat");
    expect(KLASSEN_LABELS[4].id).toBe("relatif tertinggal");
    for (const quadrant of [1, 2, 3, 4] as const) expect(KLASSEN_LABELS[quadrant].en).not.toBe("");
  });
});

describe("klassenQuadrants", () => {
  it("classifies every region into the output buffer", () => {
    const out = new Int8Array(4);
    const result = klassenQuadrants([120, 120, 80, 80], [0.06, 0.04, 0.06, 0.04], 100, 0.05, out);
    expect(result).toBe(out);
    expect(Array.from(out)).toEqual([1, 2, 3, 4]);
  });

  it("rejects buffers that do not fit", () => {
    expect(() => klassenQuadrants([1, 2], [1], 1, 1, new Int8Array(2))).toThrow(RangeError);
    expect(() => klassenQuadrants([1, 2], [1, 2], 1, 1, new Int8Array(1))).toThrow(RangeError);
  });
});

describe("klassenTransitions", () => {
  it("counts moves from the start quadrant (row) to the end quadrant (column)", () => {
    // regions: 1→1, 4→3, 4→3, 2→1, 3→4
    const matrix = klassenTransitions(Int8Array.of(1, 4, 4, 2, 3), [1, 3, 3, 1, 4]);
    expect(matrix).toEqual([
      [1, 0, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 0, 1],
      [0, 0, 2, 0],
    ]);
  });

  it("rejects values that are not quadrants and mismatched lengths", () => {
    expect(() => klassenTransitions([0], [1])).toThrow(RangeError);
    expect(() => klassenTransitions([1], [5])).toThrow(RangeError);
    expect(() => klassenTransitions([1, 2], [1])).toThrow(RangeError);
  });
});
