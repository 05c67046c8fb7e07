import { symbol, symbolsFill } from "d3";
import { beginChart } from "./chart-frame.js";
import type { ChartOptions, NumberFormat } from "./chart-options.js";
import { drawLegend, type LegendItem } from "./legend.js";
import { categoryColour } from "./palette.js";
import { clippedMarks, drawPlotArea, paddedExtent, planPlotArea } from "./plot-area.js";
import { isValue } from "./series.js";

/** One run: a parameter value against an outcome, optionally in a group (another parameter's value). */
export interface ScatterPoint {
  x: number;
  y: number | null;
  group?: string;
}

/** How a group is named and coloured in the legend; groups not listed follow in order of appearance. */
export interface ScatterGroup {
  key: string;
  label: string;
  colour?: string;
}

export interface ScatterChartOptions extends ChartOptions {
  xLabel?: string;
  yLabel?: string;
  formatX?: NumberFormat;
  formatY?: NumberFormat;
  xDomain?: readonly [number, number];
  yDomain?: readonly [number, number];
  includeZero?: boolean;
  groups?: readonly ScatterGroup[];
  /** Draw the legend when there are groups (default true). */
  legend?: boolean;
}

/** Area of a mark in square units (d3.symbol's size): about a 5-unit circle. */
const MARK_SIZE = 24;

/**
 * Parameter against outcome, one mark per point. Each group has its own colour and its own shape
 * (circle, cross, diamond, …), so groups stay apart for readers who cannot tell the colours apart.
 */
export function scatterChart(points: readonly ScatterPoint[], options: ScatterChartOptions): SVGSVGElement {
  const frame = beginChart(options, "scatter");
  const groups = groupsOf(points, options.groups ?? []);
  const shapes = groups.map((_, i) => symbol(symbolsFill[i % symbolsFill.length]!, MARK_SIZE)() ?? "");
  const colours = groups.map((g, i) => g.colour ?? categoryColour(i));

  const showLegend = (options.legend ?? true) && points.some((p) => p.group !== undefined);
  const items: LegendItem[] = groups.map((g, i) => ({
    label: g.label,
    colour: colours[i]!,
    mark: "symbol",
    symbol: shapes[i]!,
  }));
  const legendHeight = showLegend ? drawLegend(frame.svg, items, 8, frame.top, frame.width - 16) : 0;

  const xs = points.map((p) => p.x);
  const plan = planPlotArea(frame, frame.top + legendHeight, {
    xDomain: options.xDomain ?? paddedExtent(xs),
    yDomain:
      options.yDomain ??
      paddedExtent(
        points.map((p) => p.y ?? Number.NaN),
        options.includeZero ? [0] : [],
      ),
    niceX: options.xDomain === undefined,
    niceY: options.yDomain === undefined,
    formatX: options.formatX,
    formatY: options.formatY,
    xLabel: options.xLabel,
    yLabel: options.yLabel,
    integerX: false,
  });
  const plotArea = drawPlotArea(frame, plan);
  const { x, y } = plotArea;
  const marks = clippedMarks(frame, plotArea);
  const index = new Map(groups.map((g, i) => [g.key, i]));
  const layers = groups.map((g, i) =>
    marks
      .append("g")
      .attr("class", "scatter-group")
      .attr("data-key", g.key)
      .attr("fill", colours[i]!)
      .attr("fill-opacity", 0.75)
      .attr("stroke", "#ffffff")
      .attr("stroke-width", 0.5),
  );
  for (const p of points) {
    if (!isValue(p.x) || !isValue(p.y)) continue;
    const i = index.get(p.group ?? "")!;
    layers[i]!.append("path")
      .attr("class", "point")
      .attr("transform", `translate(${x(p.x)},${y(p.y)})`)
      .attr("d", shapes[i]!);
  }
  return frame.svg.node()!;
}

/** The listed groups first, in their order, then every other group key in order of appearance. */
function groupsOf(points: readonly ScatterPoint[], listed: readonly ScatterGroup[]): ScatterGroup[] {
  const groups = [...listed];
  const known = new Set(listed.map((g) => g.key));
  for (const p of points) {
    const key = p.group ?? "";
    if (!known.has(key)) {
      known.add(key);
      groups.push({ key, label: key });
    }
  }
  return groups;
}
