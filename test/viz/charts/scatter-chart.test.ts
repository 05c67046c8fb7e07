// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { createRng } from "../../../sim/index.js";
import { OKABE_ITO } from "../../../viz/src/charts/palette.js";
import { scatterChart, type ScatterPoint } from "../../../viz/src/charts/scatter-chart.js";
import { markup } from "./seeded-data.js";

function seededPoints(seed: number, n: number, groups: readonly string[] = []): ScatterPoint[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => {
    const x = Math.round(rng.next() * 1000) / 1000;
    const y = Math.round((0.35 - 0.1 * x + 0.02 * rng.normal()) * 1e4) / 1e4;
    return groups.length > 0 ? { x, y, group: groups[i % groups.length]! } : { x, y };
  });
}

describe("scatterChart", () => {
  test("snapshot: grouped points with Indonesian numbers", () => {
    const id = new Intl.NumberFormat("id-ID").format;
    const svg = scatterChart(seededPoints(31, 30, ["0.2", "0.5"]), {
      title: "Dana insentif vs Williamson",
      xLabel: "Bagian anggaran",
      yLabel: "Williamson",
      formatX: id,
      formatY: id,
      groups: [
        { key: "0.2", label: "ego 0,2" },
        { key: "0.5", label: "ego 0,5" },
      ],
      id: "scatter",
    });
    expect(markup(svg)).toMatchSnapshot();
  });

  test("one mark per point with a value; groups differ in colour and shape", () => {
    const points = seededPoints(32, 60, ["a", "b", "c"]);
    points.push({ x: 0.5, y: null, group: "a" }, { x: Number.NaN, y: 0.3, group: "b" });
    const svg = scatterChart(points, { title: "t" });
    expect(svg.querySelectorAll("path.point")).toHaveLength(60);
    const layers = [...svg.querySelectorAll("g.scatter-group")];
    expect(layers.map((g) => g.getAttribute("data-key"))).toEqual(["a", "b", "c"]);
    expect(layers.map((g) => g.getAttribute("fill"))).toEqual(OKABE_ITO.slice(0, 3));
    const shapes = layers.map((g) => g.querySelector("path")?.getAttribute("d"));
    expect(new Set(shapes).size).toBe(3);
    expect(layers.map((g) => g.querySelectorAll("path").length)).toEqual([20, 20, 20]);
  });

  test("listed groups come first with their labels; the legend shows each with its shape", () => {
    const svg = scatterChart(seededPoints(33, 12, ["x", "y"]), {
      title: "t",
      groups: [{ key: "y", label: "Why", colour: "#111111" }],
    });
    const legend = [...svg.querySelectorAll(".legend-item")];
    expect(legend.map((g) => g.textContent)).toEqual(["Why", "x"]);
    expect(legend[0]?.querySelector("path")?.getAttribute("fill")).toBe("#111111");
    expect(legend[0]?.querySelector("path")?.getAttribute("d")).toBe(
      svg.querySelector('g.scatter-group[data-key="y"] path')?.getAttribute("d"),
    );
  });

  test("ungrouped points need no legend", () => {
    expect(scatterChart(seededPoints(34, 10), { title: "t" }).querySelector(".legend")).toBeNull();
  });

  test("points sit where their values are", () => {
    const svg = scatterChart(
      [
        { x: 0, y: 0 },
        { x: 10, y: 10 },
        { x: 5, y: 5 },
      ],
      { title: "t", xDomain: [0, 10], yDomain: [0, 10] },
    );
    const positions = [...svg.querySelectorAll("path.point")].map((p) =>
      (/translate\(([\d.]+),([\d.]+)\)/.exec(p.getAttribute("transform") ?? "") ?? []).slice(1).map(Number),
    );
    const [origin, corner, middle] = positions as [number[], number[], number[]];
    expect(origin[1]).toBeGreaterThan(corner[1]!);
    expect(middle[0]).toBeCloseTo((origin[0]! + corner[0]!) / 2, 1);
    expect(middle[1]).toBeCloseTo((origin[1]! + corner[1]!) / 2, 1);
  });

  test("a hostile group name stays text", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const svg = scatterChart([{ x: 1, y: 1, group: hostile }], { title: hostile });
    expect(svg.getElementsByTagName("img")).toHaveLength(0);
    expect(svg.querySelector(".legend-item")?.textContent).toBe(hostile);
  });
});
