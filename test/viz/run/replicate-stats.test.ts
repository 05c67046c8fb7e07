import { describe, expect, it } from "vitest";
import type { YearRow } from "../../../sim/index.js";
import { bandSeries, finalValue, pairedDifference } from "../../../viz/src/run/replicate-stats.js";
import type { RunData } from "../../../viz/src/run/run-data.js";

/** Rows with only the columns a test reads; the statistics read columns by name. */
function rows(values: Array<{ williamson: number; growth_rate: number | null }>): YearRow[] {
  return values.map((v, year) => ({ year, ...v }) as unknown as YearRow);
}

/** A run whose replicate r has williamson series[r][t] and growth null in year 0. */
function run(series: number[][], seeds = series.map((_, r) => 1 + r)): RunData {
  return {
    years: series.map((ws) =>
      rows(ws.map((w, t) => ({ williamson: w, growth_rate: t === 0 ? null : w / 10 }))),
    ),
    seeds,
  } as unknown as RunData;
}

describe("bandSeries", () => {
  it("gives the median and the 5%/95% quantiles (R type 7) across replicates, per year", () => {
    // Year 0: sorted 1, 2, 4 → median 2; 5%: 1 + 0.1·(2 − 1) = 1.1; 95%: 2 + 0.9·(4 − 2) = 3.8.
    // Year 1: 10, 10, 30 → median 10; 5%: 10; 95%: 10 + 0.9·20 = 28.
    const data = run([
      [4, 10],
      [1, 30],
      [2, 10],
    ]);
    const band = bandSeries(data, "williamson");
    expect(band).toHaveLength(2);
    expect(band[0]!.year).toBe(0);
    expect(band[0]!.median).toBe(2);
    expect(band[0]!.low).toBeCloseTo(1.1, 12);
    expect(band[0]!.high).toBeCloseTo(3.8, 12);
    expect(band[1]).toEqual({ year: 1, median: 10, low: 10, high: 28 });
  });

  it("takes other quantiles, and one replicate gives a band of zero width", () => {
    const data = run([[0], [10], [20], [30], [40]]);
    expect(bandSeries(data, "williamson", { low: 0.25, high: 0.75 })).toEqual([
      { year: 0, median: 20, low: 10, high: 30 },
    ]);
    expect(bandSeries(run([[3, 5]]), "williamson")).toEqual([
      { year: 0, median: 3, low: 3, high: 3 },
      { year: 1, median: 5, low: 5, high: 5 },
    ]);
  });

  it("leaves out years where the column is null (growth in year 0)", () => {
    const band = bandSeries(run([[1, 2, 3]]), "growth_rate");
    expect(band.map((p) => p.year)).toEqual([1, 2]);
    expect(band[0]!.median).toBeCloseTo(0.2, 12);
  });

  it("covers only the years every replicate has reached", () => {
    const data = run([
      [1, 2, 3],
      [1, 2],
    ]);
    expect(bandSeries(data, "williamson").map((p) => p.year)).toEqual([0, 1]);
  });

  it("rejects an unknown column and impossible quantiles", () => {
    expect(() => bandSeries(run([[1]]), "wiliamson")).toThrow(/no column "wiliamson"/);
    expect(() => bandSeries(run([[1]]), "williamson", { low: 0.9, high: 0.1 })).toThrow(RangeError);
  });
});

describe("pairedDifference", () => {
  it("takes B − A replicate by replicate (same seed), then the median and band", () => {
    const a = run([
      [1, 1],
      [5, 2],
      [3, 3],
    ]);
    const b = run([
      [2, 0],
      [5, 6],
      [6, 3],
    ]);
    // Year 0 differences: 1, 0, 3 → sorted 0, 1, 3: median 1, 5%: 0.1, 95%: 1 + 0.9·2 = 2.8.
    // Year 1: −1, 4, 0 → sorted −1, 0, 4: median 0, 5%: −0.9, 95%: 0 + 0.9·4 = 3.6.
    const diff = pairedDifference(a, b, "williamson");
    expect(diff.map((p) => p.median)).toEqual([1, 0]);
    expect(diff[0]!.low).toBeCloseTo(0.1, 12);
    expect(diff[0]!.high).toBeCloseTo(2.8, 12);
    expect(diff[1]!.low).toBeCloseTo(-0.9, 12);
    expect(diff[1]!.high).toBeCloseTo(3.6, 12);
  });

  it("pairs, not sorts: the median of differences is not the difference of medians", () => {
    const a = run([[0], [10], [20]]);
    const b = run([[30], [10], [20]]);
    // Differences 30, 0, 0 → median 0, though median(B) − median(A) = 20 − 10 = 10.
    expect(pairedDifference(a, b, "williamson")[0]!.median).toBe(0);
  });

  it("pairs as many replicates and years as both runs have", () => {
    const a = run([
      [1, 2, 3],
      [1, 2, 3],
      [100, 100, 100],
    ]);
    const b = run([
      [2, 4],
      [3, 5],
    ]);
    expect(pairedDifference(a, b, "williamson").map((p) => [p.year, p.median])).toEqual([
      [0, 1.5],
      [1, 2.5],
    ]);
  });

  it("refuses runs on different seeds", () => {
    expect(() => pairedDifference(run([[1]], [1]), run([[1]], [2]), "williamson")).toThrow(
      /seed 1 in A but 2 in B/,
    );
  });
});

describe("finalValue", () => {
  it("is the median at the last year every replicate has", () => {
    expect(
      finalValue(
        run([
          [0, 4],
          [0, 1],
          [0, 9],
        ]),
        "williamson",
      ),
    ).toBe(4);
    expect(
      finalValue(
        run([
          [0, 4],
          [0, 2],
        ]),
        "williamson",
      ),
    ).toBe(3);
    expect(
      finalValue(
        run([
          [0, 4, 7],
          [0, 2],
        ]),
        "williamson",
      ),
    ).toBe(3);
    expect(finalValue({ years: [] }, "williamson")).toBeUndefined();
    expect(finalValue({ years: [[]] }, "williamson")).toBeUndefined();
  });
});
