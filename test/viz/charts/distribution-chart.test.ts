// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { boxStats } from "../../../viz/src/charts/box-stats.js";
import { distributionChart } from "../../../viz/src/charts/distribution-chart.js";
import { markup, seededGroups } from "./seeded-data.js";

const KEY = { boxLabel: "25–75%", whiskerLabel: "5–95%", medianLabel: "median" };

describe("boxStats", () => {
  test("gives type-7 quantiles (R and numpy's default) over the finite values", () => {
    const values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5, 0, Number.NaN, Infinity];
    // numpy.quantile(range(11), [.05, .25, .5, .75, .95]) = 0.5, 2.5, 5, 7.5, 9.5
    expect(boxStats(values)).toEqual({ n: 11, p5: 0.5, p25: 2.5, p50: 5, p75: 7.5, p95: 9.5 });
    expect(boxStats([Number.NaN])).toBeNull();
    expect(boxStats([4])).toEqual({ n: 1, p5: 4, p25: 4, p50: 4, p75: 4, p95: 4 });
  });
});

describe("distributionChart", () => {
  test("snapshot: horizontal boxes with jittered points", () => {
    const svg = distributionChart(seededGroups(21, 3, 25), {
      title: "Williamson, tahun 30",
      valueLabel: "Williamson",
      groupLabel: "Dana insentif",
      formatValue: new Intl.NumberFormat("id-ID").format,
      id: "dist",
      ...KEY,
    });
    expect(markup(svg)).toMatchSnapshot();
  });

  test("snapshot: vertical boxes", () => {
    const svg = distributionChart(seededGroups(22, 2, 15), {
      title: "v",
      orientation: "vertical",
      id: "distv",
    });
    expect(markup(svg)).toMatchSnapshot();
  });

  test("draws one box, median and pair of whiskers per group, and a dot per finite value", () => {
    const groups = seededGroups(23, 4, 30);
    groups[2]!.values = [...groups[2]!.values, Number.NaN];
    const svg = distributionChart(groups, { title: "t" });
    expect(svg.querySelectorAll("rect.box")).toHaveLength(4);
    expect(svg.querySelectorAll("line.median")).toHaveLength(4);
    expect(svg.querySelectorAll("line.whisker")).toHaveLength(8);
    expect(svg.querySelectorAll(".group")[2]?.querySelectorAll("circle")).toHaveLength(30);
    expect(svg.querySelectorAll(".points circle")).toHaveLength(120);
    expect(
      distributionChart(groups, { title: "t", showPoints: false }).querySelectorAll("circle"),
    ).toHaveLength(0);
  });

  test("caps the dots of a large group, keeps its box from every value", () => {
    const [big] = seededGroups(24, 1, 2000);
    const svg = distributionChart([big!], { title: "t", maxPoints: 300 });
    expect(svg.querySelectorAll(".points circle").length).toBeLessThanOrEqual(300);
    expect(svg.querySelectorAll(".points circle").length).toBeGreaterThan(200);
    expect(svg.querySelectorAll("rect.box")).toHaveLength(1);
  });

  test("the median line sits at the median on the value axis", () => {
    const svg = distributionChart([{ label: "g", values: [0, 1, 2, 3, 10] }], {
      title: "t",
      valueDomain: [0, 10],
    });
    const plotWidth =
      Number(
        svg
          .querySelector(".axis-value .domain")
          ?.getAttribute("d")
          ?.match(/H([\d.]+)/)?.[1],
      ) - 0.5;
    const median = svg.querySelector("line.median");
    expect(Number(median?.getAttribute("x1"))).toBeCloseTo((2 / 10) * plotWidth, 1);
    expect(median?.getAttribute("x1")).toBe(median?.getAttribute("x2"));
  });

  test("jitter is deterministic and follows the group, not its position", () => {
    const groups = seededGroups(25, 3, 20);
    const dots = (svg: SVGSVGElement, index: number) =>
      [...svg.querySelectorAll(`.group[data-index="${index}"] circle`)].map((c) => c.getAttribute("cx"));
    const a = distributionChart(groups, { title: "t", orientation: "vertical", valueDomain: [-5, 5] });
    const b = distributionChart(groups, { title: "t", orientation: "vertical", valueDomain: [-5, 5] });
    expect(markup(a).replace(/sinergi-chart-\d+/g, "")).toBe(markup(b).replace(/sinergi-chart-\d+/g, ""));
    // Same group at another position: the same jitter offsets from its band's centre.
    const offsets = (svg: SVGSVGElement, index: number) => {
      const box = svg.querySelector(`.group[data-index="${index}"] rect.box`)!;
      const centre = Number(box.getAttribute("x")) + Number(box.getAttribute("width")) / 2;
      return dots(svg, index).map((x) => Number(x) - centre);
    };
    const reordered = distributionChart([groups[2]!, groups[0]!, groups[1]!], {
      title: "t",
      orientation: "vertical",
      valueDomain: [-5, 5],
    });
    const moved = offsets(reordered, 0);
    offsets(a, 2).forEach((offset, k) => expect(moved[k]).toBeCloseTo(offset, 1));
    expect(new Set(offsets(a, 2).map(Math.round)).size).toBeGreaterThan(10);
  });

  test("a hostile group label is shown as text, never as an element", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const svg = distributionChart([{ label: hostile, values: [1, 2, 3] }], { title: "t" });
    expect(svg.getElementsByTagName("img")).toHaveLength(0);
    expect([...svg.querySelectorAll(".axis-group .tick text")].map((t) => t.textContent)).toEqual([hostile]);
  });

  test("long labels are shortened with an ellipsis to fit", () => {
    const label = "scenario.policies.incentive_fund.budget_share=0.25;ego.overall=0.4;years=50";
    const svg = distributionChart([{ label, values: [1, 2] }], { title: "t", width: 400 });
    const shown = svg.querySelector(".axis-group .tick text")?.textContent ?? "";
    expect(shown.endsWith("…")).toBe(true);
    expect(label.startsWith(shown.slice(0, -1))).toBe(true);
  });

  test("the legend explains the box, whiskers and median when given their names", () => {
    const svg = distributionChart(seededGroups(26, 1, 5), { title: "t", ...KEY });
    expect([...svg.querySelectorAll(".legend-item")].map((g) => g.textContent)).toEqual([
      "25–75%",
      "5–95%",
      "median",
    ]);
    expect(distributionChart(seededGroups(26, 1, 5), { title: "t" }).querySelector(".legend")).toBeNull();
  });
});
