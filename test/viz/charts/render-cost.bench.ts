// @vitest-environment jsdom
// The cost of redrawing the dashboard's charts while a run animates: five line charts of four series
// (median and 90% band across replicates) over 100 years, all redrawn every simulated year.
// `npx vitest bench test/viz/charts/render-cost.bench.ts`. jsdom is several times slower than a browser
// at building DOM; the numbers compare ways of drawing, they are not the page's frame time.
import { bench, describe } from "vitest";
import { lineChart, type LineChartOptions } from "../../../viz/src/charts/line-chart.js";
import type { LineSeries } from "../../../viz/src/charts/series.js";
import { seededSeries } from "./seeded-data.js";

const YEARS = 100;
const CHARTS = 5;
const data = Array.from({ length: CHARTS }, (_, c) => seededSeries(100 + c, 4, YEARS));
const upTo = (series: LineSeries[], years: number) =>
  series.map((s) => ({ ...s, points: s.points.slice(0, years), band: s.band!.slice(0, years) }));
const options = (c: number, year: number): LineChartOptions => ({
  title: `chart ${c}`,
  xDomain: [2022, 2021 + YEARS],
  cursorX: 2021 + year,
  bandLabel: "90%",
});

// A whole animation per iteration is long enough to time on its own; a few iterations suffice.
const settings = { time: 0, iterations: 3, warmupTime: 0, warmupIterations: 1 };

describe(`${CHARTS} charts × ${YEARS} years, every chart redrawn each year`, () => {
  bench(
    "redraw into the same SVGs (marks updated in place)",
    () => {
      const svgs = data.map((series, c) => lineChart(upTo(series, 1), options(c, 1)));
      for (let year = 1; year <= YEARS; year++) {
        data.forEach((series, c) => lineChart(upTo(series, year), { ...options(c, year), svg: svgs[c]! }));
      }
    },
    settings,
  );

  bench(
    "new SVGs every year",
    () => {
      for (let year = 1; year <= YEARS; year++) {
        data.forEach((series, c) => lineChart(upTo(series, year), options(c, year)));
      }
    },
    settings,
  );
});
