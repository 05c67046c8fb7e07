import { describe, expect, it } from "vitest";
import type { YearRow } from "../../../sim/index.js";
import type { RunData } from "../../../viz/src/run/run-data.js";
import { compareSummary, HEADLINE_METRICS } from "../../../viz/src/panels/compare-summary.js";
import { comparisonSentence } from "../../../viz/src/panels/compare-sentence.js";

const YEARS = 30;

/** A run whose replicate r has Williamson start + slope[r]·t, and the other headline columns fixed. */
function run(slopes: number[], cost: number[], options: { seeds?: number[]; years?: number } = {}): RunData {
  const years = options.years ?? YEARS;
  return {
    seeds: options.seeds ?? slopes.map((_, r) => 7 + r),
    years: slopes.map((slope) =>
      Array.from(
        { length: years + 1 },
        (_, t) =>
          ({
            year: t,
            calendar_year: 2022 + t,
            williamson: 0.8 + slope * t,
            theil: 0.2,
            gini: 0.3,
            grdp_per_capita_mean: 70 + t,
            growth_rate: t === 0 ? null : 0.05,
            agreements_total: 10 * t,
          }) as unknown as YearRow,
      ),
    ),
    totalPolicyCost: cost,
    complete: years === YEARS,
  } as unknown as RunData;
}

// Two replicates each. B − A in Williamson at year 30: −0.003 and −0.005, median −0.004.
// B's policy cost is Rp 14,000 and 15,400 billion, median Rp 14.7 trillion; the baseline costs nothing.
const baseline = run([0, 0.0001], [0, 0]);
const incentive = run([-0.0001, -0.0000666666666666667], [14_000, 15_400]);

describe("the comparison summary", () => {
  it("pairs replicates by seed and takes the median and 90% interval of B − A in the last year", () => {
    const summary = compareSummary(baseline, incentive);
    expect(summary.year).toBe(30);
    expect(summary.calendarYear).toBe(2052);
    expect(summary.replicates).toBe(2);
    expect(summary.metrics.map((m) => m.metric)).toEqual([...HEADLINE_METRICS]);
    const williamson = summary.metrics[0]!;
    // A: 0.8 and 0.803 → 0.8015; B: 0.797 and 0.798 → 0.7975.
    expect(williamson.a).toBeCloseTo(0.8015, 12);
    expect(williamson.b).toBeCloseTo(0.7975, 12);
    // Paired: −0.003 (replicate 0) and −0.005 (replicate 1): 5% = −0.005 + 0.05·0.002.
    expect(williamson.difference).toBeCloseTo(-0.004, 12);
    expect(williamson.low).toBeCloseTo(-0.0049, 12);
    expect(williamson.high).toBeCloseTo(-0.0031, 12);
    expect(summary.cost).toEqual({ a: 0, b: 14_700, difference: 14_700, low: 14_070, high: 15_330 });
  });

  it("compares at the last year both runs have, and states no cost before both are complete", () => {
    // At year 10, A is 0.8 and 0.801, B 0.799 and 0.8: both pairs differ by −0.001.
    const partial = run([-0.0001, 0], [], { years: 10 });
    const summary = compareSummary(baseline, partial);
    expect(summary.year).toBe(10);
    expect(summary.calendarYear).toBe(2032);
    expect(summary.metrics[0]!.difference).toBeCloseTo(-0.001, 12);
    expect(summary.cost).toEqual({});
  });

  it("refuses runs that did not use the same seeds, since their difference would mix in chance", () => {
    expect(() => compareSummary(baseline, run([0, 0], [0, 0], { seeds: [1, 2] }))).toThrow(/seed/);
  });
});

describe("the comparison sentence", () => {
  const summary = compareSummary(baseline, incentive);
  const labels = (lang: "id" | "en") =>
    lang === "id" ? { a: "Baseline", b: "Dana Insentif" } : { a: "baseline", b: "incentive fund" };

  it("says it in Indonesian with a decimal comma and triliun", () => {
    expect(comparisonSentence(summary, "williamson", labels("id"), "id")).toBe(
      "Dana Insentif dibanding Baseline: Indeks Williamson −0,004 pada tahun ke-30 (2052); biaya Rp 14,7 triliun.",
    );
  });

  it("says it in English with a decimal point and trillion", () => {
    expect(comparisonSentence(summary, "williamson", labels("en"), "en")).toBe(
      "incentive fund vs baseline: Williamson index −0.004 by year 30 (2052), cost Rp 14.7 trillion.",
    );
  });

  it("writes each metric in its own unit, and a rise with a plus sign", () => {
    expect(comparisonSentence(summary, "grdp_per_capita_mean", labels("en"), "en")).toBe(
      "incentive fund vs baseline: Mean GRDP per capita Rp 0.0 million by year 30 (2052), cost Rp 14.7 trillion.",
    );
    const reverse = compareSummary(incentive, baseline);
    expect(comparisonSentence(reverse, "williamson", { a: "Dana Insentif", b: "Baseline" }, "id")).toBe(
      "Baseline dibanding Dana Insentif: Indeks Williamson +0,004 pada tahun ke-30 (2052); biaya Rp 0 (pada Dana Insentif: Rp 14,7 triliun).",
    );
  });

  it("says when neither scenario spends anything, and leaves the cost out while a run is unfinished", () => {
    const free = compareSummary(baseline, run([0.0001, 0.0001], [0, 0]));
    expect(comparisonSentence(free, "agreements_total", labels("id"), "id")).toBe(
      "Dana Insentif dibanding Baseline: Jumlah kesepakatan 0 pada tahun ke-30 (2052); tanpa biaya kebijakan.",
    );
    const partial = compareSummary(baseline, run([-0.0001, 0], [], { years: 10 }));
    expect(comparisonSentence(partial, "williamson", labels("en"), "en")).toBe(
      "incentive fund vs baseline: Williamson index −0.001 by year 10 (2032).",
    );
  });

  it("has nothing to say before both runs have a value", () => {
    const empty = { ...baseline, years: [[], []] } as unknown as RunData;
    expect(comparisonSentence(compareSummary(empty, incentive), "williamson", labels("en"), "en")).toBe(
      undefined,
    );
  });
});
