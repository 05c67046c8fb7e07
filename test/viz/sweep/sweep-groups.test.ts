import { describe, expect, it } from "vitest";
import { readSweepText } from "../../../viz/src/panels/sweep-read.js";
import {
  defaultSelection,
  parameterLevels,
  sweepView,
  MAX_GROUPS,
} from "../../../viz/src/panels/sweep-groups.js";

/**
 * ego.mean 0.2 has five runs (williamson at year 1: 4, 1, 10, 3, 2), ego.mean 0.6 has two (5, 7);
 * budget is 0 for runs 0–3 and 100 for the rest. Year 0 is 0.9 everywhere.
 */
function smallSweep(): string {
  const runs: [number, number, number][] = [
    [0.2, 0, 4],
    [0.2, 0, 1],
    [0.2, 0, 10],
    [0.2, 0, 3],
    [0.2, 100, 2],
    [0.6, 100, 5],
    [0.6, 100, 7],
  ];
  const lines = ["run_id,replicate,seed,ego.mean,budget,year,calendar_year,williamson"];
  runs.forEach(([ego, budget, last], run) => {
    lines.push(`${run},0,${run + 1},${ego},${budget},0,2022,0.9`);
    lines.push(`${run},0,${run + 1},${ego},${budget},1,2023,${last}`);
  });
  return lines.join("\n");
}

describe("grouping a sweep's runs by a parameter", () => {
  it("gives each value's count, median and 5%/95% quantiles at the chosen year (R type 7)", async () => {
    const table = await readSweepText(smallSweep(), "runs.csv");
    const selection = defaultSelection(table);
    expect(selection).toEqual({ outcome: "williamson", year: 1, xParameter: 0, filters: [null, null] });
    const view = sweepView(table, selection);
    expect(view.ranged).toBe(false);
    const [low, high] = view.groups;
    // Sorted 1, 2, 3, 4, 10: the 5% quantile lies 0.2 of the way from 1 to 2, the 95% 0.8 from 4 to 10.
    expect(low).toMatchObject({ value: "0.2", n: 5, median: 3 });
    expect(low!.q05).toBeCloseTo(1.2, 12);
    expect(low!.q95).toBeCloseTo(8.8, 12);
    expect(high).toMatchObject({ value: "0.6", n: 2, median: 6 });
    expect(high!.q05).toBeCloseTo(5.1, 12);
    expect(high!.q95).toBeCloseTo(6.9, 12);
    expect(low!.trajectory).toEqual([0.9, 3]);
    expect(view.points.filter((p) => p.group === 1).map((p) => [p.x, p.y, p.runId])).toEqual([
      [0.6, 5, 5],
      [0.6, 7, 6],
    ]);
  });

  it("keeps only the runs with the filtered value of another parameter", async () => {
    const table = await readSweepText(smallSweep(), "runs.csv");
    const view = sweepView(table, { outcome: "williamson", year: 1, xParameter: 0, filters: [null, 1] });
    expect(view.groups.map((g) => [g.value, g.n, g.median])).toEqual([
      ["0.2", 1, 2],
      ["0.6", 2, 6],
    ]);
    // A filter on the parameter on the x axis itself is ignored: every value stays a group.
    const same = sweepView(table, { outcome: "williamson", year: 1, xParameter: 0, filters: [0, null] });
    expect(same.groups.map((g) => g.n)).toEqual([5, 2]);
  });

  it("groups by the other parameter, and in year 0", async () => {
    const table = await readSweepText(smallSweep(), "runs.csv");
    const view = sweepView(table, { outcome: "williamson", year: 0, xParameter: 1, filters: [null, null] });
    expect(view.groups.map((g) => [g.value, g.n, g.median])).toEqual([
      ["0", 4, 0.9],
      ["100", 3, 0.9],
    ]);
  });

  it("leaves out missing values (growth in year 0) instead of counting them", async () => {
    const text = ["run_id,replicate,seed,p,year,growth_rate", "0,0,1,1,0,", "0,0,1,1,1,0.05"].join("\n");
    const table = await readSweepText(text, "runs.csv");
    const view = sweepView(table, { outcome: "growth_rate", year: 0, xParameter: 0, filters: [null] });
    expect(view.groups[0]).toMatchObject({ n: 0 });
    expect(view.groups[0]!.median).toBeNaN();
    expect(view.groups[0]!.trajectory).toEqual([NaN, 0.05]);
  });

  it("cuts a parameter with many values (a Latin hypercube) into ranges that hold every run once", async () => {
    const lines = ["run_id,replicate,seed,budget,year,williamson"];
    const runs = 40;
    for (let run = 0; run < runs; run++) lines.push(`${run},0,${run},${run * 25},0,${run}`);
    const table = await readSweepText(lines.join("\n"), "runs.csv");
    expect(table.parameters[0]!.values.length).toBeGreaterThan(MAX_GROUPS);
    const view = sweepView(table, defaultSelection(table));
    expect(view.ranged).toBe(true);
    expect(view.groups.length).toBeGreaterThan(1);
    expect(view.groups.length).toBeLessThanOrEqual(MAX_GROUPS);
    expect(view.groups.reduce((n, g) => n + g.n, 0)).toBe(runs);
    const last = view.groups.length - 1;
    for (const point of view.points) {
      const { low, high } = view.groups[point.group]!.range!;
      expect(point.x).toBeGreaterThanOrEqual(low);
      if (point.group === last) expect(point.x).toBeLessThanOrEqual(high);
      else expect(point.x).toBeLessThan(high);
    }
    // Ranges follow each other in order without gaps.
    for (let g = 1; g < view.groups.length; g++) {
      expect(view.groups[g]!.range!.low).toBe(view.groups[g - 1]!.range!.high);
    }
    // The points keep the parameter's own number, for a scatter.
    expect(view.points.map((p) => p.x)).toEqual(Array.from({ length: runs }, (_, run) => run * 25));
  });

  it("filters a many-valued parameter by its ranges", async () => {
    const lines = ["run_id,replicate,seed,budget,ego,year,williamson"];
    for (let run = 0; run < 40; run++)
      lines.push(`${run},0,${run},${run * 25},${run % 2 === 0 ? 0.2 : 0.6},0,${run}`);
    const table = await readSweepText(lines.join("\n"), "runs.csv");
    const budget = parameterLevels(table.parameters[0]);
    expect(budget.ranged).toBe(true);
    const first = budget.levels[0]!.range!;
    const view = sweepView(table, { outcome: "williamson", year: 0, xParameter: 1, filters: [0, null] });
    const kept = view.points.map((p) => p.runId).sort((a, b) => a - b);
    const expected = Array.from({ length: 40 }, (_, run) => run).filter((run) => run * 25 < first.high);
    expect(kept).toEqual(expected);
    expect(view.groups.map((g) => g.value)).toEqual(["0.2", "0.6"]);
  });

  it("puts every run in one group when the sweep varies no parameter", async () => {
    const text = ["run_id,replicate,seed,year,williamson", "0,0,1,0,1", "1,1,2,0,3"].join("\n");
    const table = await readSweepText(text, "runs.csv");
    const view = sweepView(table, defaultSelection(table));
    expect(view.groups).toHaveLength(1);
    expect(view.groups[0]).toMatchObject({ n: 2, median: 2 });
  });
});
