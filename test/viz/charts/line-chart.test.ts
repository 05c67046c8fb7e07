// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { lineChart } from "../../../viz/src/charts/line-chart.js";
import { OKABE_ITO } from "../../../viz/src/charts/palette.js";
import type { LineSeries } from "../../../viz/src/charts/series.js";
import { markup, seededSeries } from "./seeded-data.js";

const idFormat = new Intl.NumberFormat("id-ID").format;
const HOSTILE = "<img src=x onerror=alert(1)>";

function withGaps(series: LineSeries, gaps: readonly number[]): LineSeries {
  return { ...series, points: series.points.map((p, i) => (gaps.includes(i) ? { ...p, y: null } : p)) };
}

describe("lineChart", () => {
  test("snapshot: two series with bands, a gap, a cursor and Indonesian numbers", () => {
    const [a, b] = seededSeries(7, 2, 30);
    const svg = lineChart([withGaps(a!, [5, 9]), { ...b!, dash: true }], {
      title: "Indeks Williamson",
      description: "Median dan pita 90% dari 20 benih",
      xLabel: "Tahun",
      yLabel: "Williamson",
      formatY: idFormat,
      cursorX: 2030,
      bandLabel: "90% benih",
      referenceY: 0.3,
      id: "snap",
      lang: "id",
    });
    expect(markup(svg)).toMatchSnapshot();
  });

  test("is an accessible image named by its title and description", () => {
    const svg = lineChart(seededSeries(1, 1, 10), { title: "Gini", description: "Ketimpangan", id: "acc" });
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-labelledby")).toBe("acc-title acc-desc");
    expect(svg.querySelector("title")?.textContent).toBe("Gini");
    expect(svg.querySelector("title")?.id).toBe("acc-title");
    expect(svg.querySelector("desc")?.textContent).toBe("Ketimpangan");
    expect(svg.firstElementChild?.tagName).toBe("title");
    // Responsive: scales to its container through the viewBox.
    expect(svg.getAttribute("viewBox")).toBe("0 0 640 320");
    expect(svg.getAttribute("width")).toBe("100%");
    expect(svg.getAttribute("font-family")).toMatch(/sans-serif/);
  });

  test("without a description it is labelled by the title alone", () => {
    const svg = lineChart(seededSeries(1, 1, 10), { title: "Gini", id: "nodesc" });
    expect(svg.getAttribute("aria-labelledby")).toBe("nodesc-title");
    expect(svg.querySelector("desc")).toBeNull();
  });

  test("draws one line per series, a band only where given, and a legend entry for each", () => {
    const [a, b, c] = seededSeries(2, 3, 20);
    const { band: _dropped, ...noBand } = c!;
    const svg = lineChart([a!, b!, noBand], { title: "t", bandLabel: "90%" });
    expect(svg.querySelectorAll("path.series-line")).toHaveLength(3);
    const bands = [...svg.querySelectorAll("path.series-band")].map((p) => p.getAttribute("data-key"));
    expect(bands).toEqual(["series_0", "series_1"]);
    const legend = [...svg.querySelectorAll(".legend-item text")].map((t) => t.textContent);
    expect(legend).toEqual(["Series 0", "Series 1", "Series 2", "90%"]);
    expect(svg.querySelectorAll("path.series-line")[0]?.getAttribute("stroke")).toBe(OKABE_ITO[0]);
    expect(svg.querySelectorAll("path.series-line")[1]?.getAttribute("stroke")).toBe(OKABE_ITO[1]);
  });

  test("a dashed series is dashed in the chart and in the legend", () => {
    const [a, b] = seededSeries(3, 2, 10);
    const svg = lineChart([a!, { ...b!, dash: "4 2", colour: "#123456" }], { title: "A/B" });
    const lines = svg.querySelectorAll("path.series-line");
    expect(lines[0]?.hasAttribute("stroke-dasharray")).toBe(false);
    expect(lines[1]?.getAttribute("stroke-dasharray")).toBe("4 2");
    expect(lines[1]?.getAttribute("stroke")).toBe("#123456");
    expect(svg.querySelectorAll(".legend-item line")[1]?.getAttribute("stroke-dasharray")).toBe("4 2");
  });

  test("null and NaN values leave gaps, and a value standing alone becomes a dot", () => {
    const [a] = seededSeries(4, 1, 12);
    const gappy = withGaps(a!, [3, 5]);
    gappy.points = gappy.points.map((p, i) => (i === 8 ? { ...p, y: Number.NaN } : p));
    const svg = lineChart([gappy], { title: "gaps" });
    const d = svg.querySelector("path.series-line")?.getAttribute("d") ?? "";
    // Runs 0–2, 4 (alone), 6–7 and 9–11, each starting with a move.
    expect(d.match(/M/g)).toHaveLength(4);
    expect(d).not.toMatch(/NaN/);
    const dots = svg.querySelectorAll("circle.series-dot");
    expect(dots).toHaveLength(1);
  });

  test("the first year alone is still visible", () => {
    const svg = lineChart([{ key: "k", label: "k", points: [{ x: 2022, y: 1 }] }], { title: "t" });
    expect(svg.querySelectorAll("circle.series-dot")).toHaveLength(1);
    expect(svg.querySelector("path.series-line")?.getAttribute("d") ?? "").not.toMatch(/NaN/);
  });

  test("the cursor sits at its year, labelled with formatX; off the axis it is hidden", () => {
    const series = seededSeries(5, 1, 11, 2020); // 2020–2030
    const svg = lineChart(series, { title: "t", cursorX: 2025, formatX: (v) => `Th ${v}` });
    const plotWidth = Number(svg.querySelector(".grid line")?.getAttribute("x2"));
    const cursor = svg.querySelector("g.cursor");
    const position = Number(/translate\(([\d.]+),/.exec(cursor?.getAttribute("transform") ?? "")?.[1]);
    expect(position).toBeCloseTo(plotWidth / 2, 1);
    expect(cursor?.textContent).toBe("Th 2025");
    const off = lineChart(series, { title: "t", cursorX: 2040 }).querySelector("g.cursor");
    expect(off?.getAttribute("display")).toBe("none");
    expect(lineChart(series, { title: "t" }).querySelector("g.cursor")).toBeNull();
  });

  test("includeZero and referenceY stretch the y axis; yDomain fixes it", () => {
    const series = seededSeries(6, 1, 10); // values around 0.3
    const ticks = (svg: SVGSVGElement) =>
      [...svg.querySelectorAll(".axis-y .tick text")].map((t) => Number(t.textContent?.replace("−", "-")));
    expect(Math.min(...ticks(lineChart(series, { title: "t" })))).toBeGreaterThan(0);
    expect(Math.min(...ticks(lineChart(series, { title: "t", includeZero: true })))).toBe(0);
    const withLine = lineChart(series, { title: "t", referenceY: -1 });
    expect(Math.min(...ticks(withLine))).toBeLessThanOrEqual(-1);
    expect(withLine.querySelectorAll("line.reference-line")).toHaveLength(1);
    expect(ticks(lineChart(series, { title: "t", yDomain: [0, 2] }))).toEqual([0, 0.5, 1, 1.5, 2]);
  });

  test("year axes have whole-year ticks only, even over two years", () => {
    const svg = lineChart(
      [
        {
          key: "k",
          label: "k",
          points: [
            { x: 2022, y: 1 },
            { x: 2023, y: 2 },
          ],
        },
      ],
      { title: "t" },
    );
    const ticks = [...svg.querySelectorAll(".axis-x .tick text")].map((t) => t.textContent);
    expect(ticks).toEqual(["2022", "2023"]);
  });

  test("formatters and labels from the caller are used as given", () => {
    const svg = lineChart(seededSeries(8, 1, 10), {
      title: "t",
      xLabel: "Tahun",
      yLabel: "Rp juta",
      formatY: idFormat,
    });
    expect(svg.querySelector(".axis-label-x")?.textContent).toBe("Tahun");
    expect(svg.querySelector(".axis-label-y")?.textContent).toBe("Rp juta");
    const ticks = [...svg.querySelectorAll(".axis-y .tick text")].map((t) => t.textContent ?? "");
    expect(ticks.some((t) => t.includes(","))).toBe(true);
    expect(ticks.every((t) => !t.includes("."))).toBe(true);
  });

  test("a hostile series label or title stays text and creates no element", () => {
    const [a] = seededSeries(9, 1, 5);
    const svg = lineChart([{ ...a!, label: HOSTILE }], {
      title: HOSTILE,
      description: HOSTILE,
      bandLabel: HOSTILE,
    });
    expect(svg.querySelector("img")).toBeNull();
    expect(svg.getElementsByTagName("img")).toHaveLength(0);
    expect([...svg.querySelectorAll(".legend-item text")].map((t) => t.textContent)).toContain(HOSTILE);
    expect(svg.querySelector("title")?.textContent).toBe(HOSTILE);
  });

  test("redrawing into the same SVG replaces the drawing, keeps the element and its id, and leaks nothing", () => {
    const series = seededSeries(10, 3, 100);
    const svg = lineChart(
      series.map((s) => ({ ...s, points: s.points.slice(0, 1) })),
      { title: "t" },
    );
    const id = svg.querySelector("title")?.id;
    for (let year = 1; year <= 100; year++) {
      const frame = series.map((s) => ({
        ...s,
        points: s.points.slice(0, year),
        band: s.band!.slice(0, year),
      }));
      expect(lineChart(frame, { title: "t", svg, cursorX: 2021 + year })).toBe(svg);
    }
    expect(svg.querySelector("title")?.id).toBe(id);
    expect(svg.querySelectorAll("title")).toHaveLength(1);
    expect(svg.querySelectorAll("path.series-line")).toHaveLength(3);
    // After a hundred redraws, exactly what one fresh drawing of the last frame has.
    const fresh = lineChart(series, { title: "t", cursorX: 2121, id: id!.replace(/-title$/, "") });
    expect(svg.getElementsByTagName("*").length).toBe(fresh.getElementsByTagName("*").length);
    expect(svg.childNodes.length).toBe(fresh.childNodes.length);
  });

  test("a redraw with an unchanged frame moves only the marks, and looks exactly like a fresh drawing", () => {
    const series = seededSeries(13, 2, 40);
    const options = {
      title: "t",
      id: "anim",
      xDomain: [2022, 2061] as const,
      yDomain: [0, 1] as const,
      bandLabel: "90%",
    };
    const frame = (years: number, gap = -1) =>
      series.map((s) => ({
        ...s,
        points: s.points.slice(0, years).map((p, i) => (i === gap ? { ...p, y: null } : p)),
        band: s.band!.slice(0, years),
      }));
    const svg = lineChart(frame(1), { ...options, cursorX: 2022 });
    const line = svg.querySelector("path.series-line");
    const axis = svg.querySelector(".axis-y");
    for (const [years, gap, cursor] of [
      [2, -1, 2023],
      [10, 8, 2031],
      [25, 3, 2099],
      [40, -1, 2061],
    ] as const) {
      lineChart(frame(years, gap), { ...options, svg, cursorX: cursor });
      expect(svg.querySelector("path.series-line")).toBe(line);
      expect(svg.querySelector(".axis-y")).toBe(axis);
      expect(markup(svg)).toBe(markup(lineChart(frame(years, gap), { ...options, cursorX: cursor })));
    }
  });

  test("a redraw with a changed frame (title, axis) draws it anew", () => {
    const series = seededSeries(14, 1, 10);
    const svg = lineChart(series, { title: "a", id: "re" });
    const line = svg.querySelector("path.series-line");
    lineChart(series, { title: "b", id: "re", svg });
    expect(svg.querySelector("title")?.textContent).toBe("b");
    expect(svg.querySelector("path.series-line")).not.toBe(line);
    const bigger = series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, y: p.y! * 10 })) }));
    lineChart(bigger, { title: "b", id: "re", svg });
    expect(markup(svg)).toBe(markup(lineChart(bigger, { title: "b", id: "re" })));
  });

  test("creates its elements with the document it is given", () => {
    const other = document.implementation.createHTMLDocument("other");
    const svg = lineChart(seededSeries(11, 1, 5), { title: "t", document: other });
    expect(svg.ownerDocument).toBe(other);
  });

  test("charts on one page get distinct ids", () => {
    const a = lineChart(seededSeries(12, 1, 5), { title: "a" });
    const b = lineChart(seededSeries(12, 1, 5), { title: "b" });
    expect(a.querySelector("title")?.id).not.toBe(b.querySelector("title")?.id);
    expect(a.querySelector("clipPath")?.id).not.toBe(b.querySelector("clipPath")?.id);
  });
});
