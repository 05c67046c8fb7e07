// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import {
  differenceChart,
  withZeroCrossings,
  type DifferenceSeries,
} from "../../../viz/src/charts/difference-chart.js";
import { markup, seededSeries } from "./seeded-data.js";

const LABELS = { aboveLabel: "B lebih tinggi", belowLabel: "B lebih rendah" };

/** A seeded difference that starts below zero and ends above it. */
function difference(): DifferenceSeries {
  const [s] = seededSeries(3, 1, 40);
  return {
    key: "williamson",
    label: "Dana insentif − dasar",
    points: s!.points.map((p) => ({ x: p.x, y: p.y! - 0.3 })),
    band: s!.band!.map((b) => ({ x: b.x, low: b.low! - 0.3, high: b.high! - 0.3 })),
  };
}

describe("differenceChart", () => {
  test("snapshot: a seeded difference with its band and a cursor", () => {
    const svg = differenceChart(difference(), {
      title: "Dana insentif − dasar: Williamson",
      description: "Selisih B − A per tahun",
      xLabel: "Tahun",
      yLabel: "B − A",
      bandLabel: "90% benih",
      cursorX: 2040,
      formatY: new Intl.NumberFormat("id-ID").format,
      id: "diff",
      ...LABELS,
    });
    expect(markup(svg)).toMatchSnapshot();
  });

  test("the areas above and below zero differ by pattern, not colour alone, and the legend names both", () => {
    const svg = differenceChart(difference(), { title: "t", id: "d", ...LABELS });
    expect(svg.querySelector("path.difference-above")?.getAttribute("fill")).toBe("url(#d-above)");
    expect(svg.querySelector("path.difference-below")?.getAttribute("fill")).toBe("url(#d-below)");
    const hatch = svg.querySelector("pattern#d-above");
    const dots = svg.querySelector("pattern#d-below");
    expect(hatch?.querySelector("line")).not.toBeNull();
    expect(dots?.querySelector("circle")).not.toBeNull();
    const legend = [...svg.querySelectorAll(".legend-item")];
    expect(legend.map((g) => g.textContent)).toEqual([
      "Dana insentif − dasar",
      "B lebih tinggi",
      "B lebih rendah",
    ]);
    expect(legend[1]?.querySelector("rect")?.getAttribute("fill")).toBe("url(#d-above)");
    expect(legend[2]?.querySelector("rect")?.getAttribute("fill")).toBe("url(#d-below)");
  });

  test("has a zero line, a band when given, and zero within the y axis even when every value is above it", () => {
    const positive: DifferenceSeries = {
      key: "k",
      label: "k",
      points: [
        { x: 0, y: 0.5 },
        { x: 1, y: 0.6 },
        { x: 2, y: 0.7 },
      ],
    };
    const svg = differenceChart(positive, { title: "t", ...LABELS });
    expect(svg.querySelectorAll("line.reference-line")).toHaveLength(1);
    expect(svg.querySelector("path.series-band")).toBeNull();
    const ticks = [...svg.querySelectorAll(".axis-y .tick text")].map((t) => Number(t.textContent));
    expect(Math.min(...ticks)).toBe(0);
    const zeroY = Number(svg.querySelector("line.reference-line")?.getAttribute("y1"));
    const plotHeight = Number(
      svg
        .querySelector(".axis-x")
        ?.getAttribute("transform")
        ?.match(/,([\d.]+)\)/)?.[1],
    );
    expect(zeroY).toBeCloseTo(plotHeight, 5);
    expect(
      differenceChart(difference(), { title: "t", ...LABELS }).querySelector("path.series-band"),
    ).not.toBeNull();
  });

  test("areas meet exactly where the line crosses zero", () => {
    expect(
      withZeroCrossings([
        { x: 0, y: -1 },
        { x: 1, y: 3 },
        { x: 2, y: null },
        { x: 3, y: -2 },
        { x: 4, y: 0 },
        { x: 5, y: 2 },
      ]),
    ).toEqual([
      { x: 0, y: -1 },
      { x: 0.25, y: 0 },
      { x: 1, y: 3 },
      { x: 2, y: null },
      { x: 3, y: -2 },
      { x: 4, y: 0 },
      { x: 5, y: 2 },
    ]);
  });

  test("a redraw with an unchanged frame updates the marks in place and equals a fresh drawing", () => {
    const full = difference();
    const options = {
      title: "t",
      id: "dd",
      xDomain: [2022, 2061] as const,
      yDomain: [-0.2, 0.2] as const,
      ...LABELS,
    };
    const upTo = (years: number): DifferenceSeries => ({
      ...full,
      points: full.points.slice(0, years),
      band: full.band!.slice(0, years),
    });
    const svg = differenceChart(upTo(1), { ...options, cursorX: 2022 });
    const above = svg.querySelector("path.difference-above");
    for (const years of [2, 15, 40]) {
      differenceChart(upTo(years), { ...options, svg, cursorX: 2021 + years });
      expect(svg.querySelector("path.difference-above")).toBe(above);
      expect(markup(svg)).toBe(markup(differenceChart(upTo(years), { ...options, cursorX: 2021 + years })));
    }
  });

  test("hostile labels stay text", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const svg = differenceChart(
      { ...difference(), label: hostile },
      { title: hostile, aboveLabel: hostile, belowLabel: hostile, bandLabel: hostile },
    );
    expect(svg.getElementsByTagName("img")).toHaveLength(0);
    expect(svg.querySelector(".legend-item text")?.textContent).toBe(hostile);
  });
});
