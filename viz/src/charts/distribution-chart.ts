import { axisBottom, axisLeft, scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from "d3";
import { createRng } from "../../../sim/index.js";
import { boxStats, type BoxStats } from "./box-stats.js";
import { beginChart, FONT_SIZE, type GroupSelection } from "./chart-frame.js";
import type { ChartOptions, NumberFormat } from "./chart-options.js";
import { drawLegend, type LegendItem } from "./legend.js";
import { categoryColour, GRID, INK } from "./palette.js";
import { asTickFormat, paddedExtent, restyleAxis, roundedInterpolate, TICK_SIZE } from "./plot-area.js";
import { fitText, textWidth } from "./text-width.js";

/** The values of one outcome for one setting of the parameters (e.g. Williamson at year 30 per run). */
export interface DistributionGroup {
  /** Untrusted-safe: parameter values from a results file, always drawn as text. */
  label: string;
  values: readonly number[];
  colour?: string;
}

export interface DistributionChartOptions extends ChartOptions {
  /** Name of the outcome (the value axis). */
  valueLabel?: string;
  /** Name of what the groups are (e.g. the parameter). */
  groupLabel?: string;
  formatValue?: NumberFormat;
  /** horizontal (default): one row per group, values along x, room for long labels; vertical: columns. */
  orientation?: "horizontal" | "vertical";
  valueDomain?: readonly [number, number];
  includeZero?: boolean;
  /** Draw each value as a jittered dot over its box (default true). */
  showPoints?: boolean;
  /** Most dots drawn per group; larger groups show an evenly spaced subset (default 500). */
  maxPoints?: number;
  /** Legend texts for the parts of a box (each entry appears only when given). */
  boxLabel?: string;
  whiskerLabel?: string;
  medianLabel?: string;
}

/** A group's box and its dots, in band units: the box takes 60% of the band, the jitter 70%. */
const BOX_SHARE = 0.6;
const JITTER_SHARE = 0.7;

/**
 * Box-and-whisker marks for groups of values: the box from the 25% to the 75% quantile, the median
 * across it, whiskers from 5% to 95%, and the values as dots jittered across the band. The jitter is
 * seeded from the group's label, so a chart is the same every time it is drawn, and a group keeps its
 * dots when others are added or removed.
 */
export function distributionChart(
  groups: readonly DistributionGroup[],
  options: DistributionChartOptions,
): SVGSVGElement {
  const frame = beginChart(options, "distribution");
  const horizontal = (options.orientation ?? "horizontal") === "horizontal";
  const stats = groups.map((g) => boxStats(g.values));

  const items: LegendItem[] = [];
  const colour = groups[0]?.colour ?? categoryColour(0);
  if (options.boxLabel !== undefined) items.push({ label: options.boxLabel, colour, mark: "band" });
  if (options.whiskerLabel !== undefined) items.push({ label: options.whiskerLabel, colour, mark: "line" });
  if (options.medianLabel !== undefined)
    items.push({ label: options.medianLabel, colour: INK, mark: "line" });
  const legendHeight = drawLegend(frame.svg, items, 8, frame.top, frame.width - 16);

  const values = groups.flatMap((g) => g.values);
  const value = scaleLinear()
    .domain(options.valueDomain ?? paddedExtent(values, options.includeZero ? [0] : []))
    .interpolate(roundedInterpolate);
  if (options.valueDomain === undefined) value.nice();
  const formatValue = options.formatValue ?? value.tickFormat(8);
  const band = scaleBand<string>()
    .domain(groups.map((_, i) => String(i)))
    .paddingInner(0.25)
    .paddingOuter(0.15);

  const headerTop = frame.top + legendHeight;
  const plotTop = headerTop + (options.groupLabel || options.valueLabel ? FONT_SIZE + 10 : 6);
  const axisTitle = horizontal ? options.groupLabel : options.valueLabel;
  if (axisTitle) {
    frame.svg
      .append("text")
      .attr("class", "axis-label axis-label-y")
      .attr("x", 8)
      .attr("y", plotTop - 8)
      .text(axisTitle);
  }
  const bottomTitle = horizontal ? options.valueLabel : options.groupLabel;
  const bottom = TICK_SIZE + 14 + (bottomTitle ? FONT_SIZE + 10 : 0) + 6;
  const innerHeight = Math.max(20, frame.height - plotTop - bottom);

  let left: number;
  let innerWidth: number;
  let labels: string[];
  if (horizontal) {
    const labelRoom = frame.width * 0.35;
    labels = groups.map((g) => fitText(g.label, labelRoom, TICK_SIZE));
    left = Math.max(36, ...labels.map((l) => textWidth(l, TICK_SIZE) + 16));
    innerWidth = Math.max(20, frame.width - left - 16);
    value.range([0, innerWidth]);
    band.range([0, innerHeight]);
  } else {
    value.range([innerHeight, 0]);
    const ticks = value.ticks(Math.max(2, Math.floor(innerHeight / 40)));
    left = Math.max(36, ...ticks.map((t) => textWidth(formatValue(t), TICK_SIZE) + 16));
    innerWidth = Math.max(20, frame.width - left - 16);
    band.range([0, innerWidth]);
    labels = groups.map((g) => fitText(g.label, band.bandwidth() + band.step() * 0.25, TICK_SIZE));
  }

  const plot = frame.svg.append("g").attr("class", "plot").attr("transform", `translate(${left},${plotTop})`);
  drawAxes(plot, { horizontal, value, band, labels, formatValue, innerWidth, innerHeight });
  if (bottomTitle) {
    plot
      .append("text")
      .attr("class", "axis-label axis-label-x")
      .attr("x", innerWidth / 2)
      .attr("y", innerHeight + TICK_SIZE + 14 + FONT_SIZE + 4)
      .attr("text-anchor", "middle")
      .text(bottomTitle);
  }

  const marks = plot.append("g").attr("class", "marks");
  groups.forEach((group, i) => {
    const groupColour = group.colour ?? colour;
    const mark = marks.append("g").attr("class", "group").attr("data-index", i);
    const start = band(String(i))!;
    const across = (offset: number) => round(start + band.bandwidth() * offset);
    const place = (along: number, acrossAt: number): [number, number] =>
      horizontal ? [value(along), acrossAt] : [acrossAt, value(along)];
    const box = stats[i];
    if (box) drawBox(mark, box, groupColour, place, across);
    if (options.showPoints ?? true) {
      drawPoints(mark, group, options.maxPoints ?? 500, groupColour, place, across);
    }
  });
  return frame.svg.node()!;
}

interface AxesSpec {
  horizontal: boolean;
  value: ScaleLinear<number, number>;
  band: ScaleBand<string>;
  labels: string[];
  formatValue: NumberFormat;
  innerWidth: number;
  innerHeight: number;
}

function drawAxes(plot: GroupSelection, spec: AxesSpec): void {
  const { horizontal, value, band, labels, innerWidth, innerHeight } = spec;
  const valueTicks = value.ticks(
    Math.max(2, Math.floor((horizontal ? innerWidth : innerHeight) / (horizontal ? 80 : 40))),
  );
  const grid = plot.append("g").attr("class", "grid").attr("stroke", GRID);
  for (const t of valueTicks) {
    const at = value(t);
    if (horizontal) grid.append("line").attr("x1", at).attr("x2", at).attr("y2", innerHeight);
    else grid.append("line").attr("x2", innerWidth).attr("y1", at).attr("y2", at);
  }
  const groupFormat = (key: string) => labels[Number(key)] ?? "";
  const valueAxis = (horizontal ? axisBottom(value) : axisLeft(value))
    .tickValues(valueTicks)
    .tickFormat(asTickFormat(spec.formatValue))
    .tickSizeOuter(0);
  const groupAxis = (horizontal ? axisLeft(band) : axisBottom(band)).tickFormat(groupFormat).tickSizeOuter(0);
  const bottomAxis = plot
    .append("g")
    .attr("class", horizontal ? "axis axis-x axis-value" : "axis axis-x axis-group");
  bottomAxis.attr("transform", `translate(0,${innerHeight})`);
  const leftAxis = plot
    .append("g")
    .attr("class", horizontal ? "axis axis-y axis-group" : "axis axis-y axis-value");
  if (horizontal) {
    bottomAxis.call(valueAxis);
    leftAxis.call(groupAxis);
  } else {
    bottomAxis.call(groupAxis);
    leftAxis.call(valueAxis);
  }
  restyleAxis(bottomAxis);
  restyleAxis(leftAxis);
}

type Place = (along: number, across: number) => [number, number];

function drawBox(
  mark: GroupSelection,
  box: BoxStats,
  colour: string,
  place: Place,
  across: (offset: number) => number,
): void {
  const from = (1 - BOX_SHARE) / 2;
  const to = 1 - from;
  const segment = (
    a: [number, number],
    b: [number, number],
    className: string,
    stroke: string,
    width: number,
  ) =>
    mark
      .append("line")
      .attr("class", className)
      .attr("x1", a[0])
      .attr("y1", a[1])
      .attr("x2", b[0])
      .attr("y2", b[1])
      .attr("stroke", stroke)
      .attr("stroke-width", width);
  segment(place(box.p5, across(0.5)), place(box.p25, across(0.5)), "whisker", colour, 1.5);
  segment(place(box.p75, across(0.5)), place(box.p95, across(0.5)), "whisker", colour, 1.5);
  segment(place(box.p5, across(0.35)), place(box.p5, across(0.65)), "whisker-cap", colour, 1.5);
  segment(place(box.p95, across(0.35)), place(box.p95, across(0.65)), "whisker-cap", colour, 1.5);
  const [x1, y1] = place(box.p25, across(from));
  const [x2, y2] = place(box.p75, across(to));
  mark
    .append("rect")
    .attr("class", "box")
    .attr("x", Math.min(x1, x2))
    .attr("y", Math.min(y1, y2))
    .attr("width", Math.abs(x2 - x1))
    .attr("height", Math.abs(y2 - y1))
    .attr("fill", colour)
    .attr("fill-opacity", 0.2)
    .attr("stroke", colour)
    .attr("stroke-width", 1.5);
  segment(place(box.p50, across(from)), place(box.p50, across(to)), "median", INK, 2.5);
}

function drawPoints(
  mark: GroupSelection,
  group: DistributionGroup,
  maxPoints: number,
  colour: string,
  place: Place,
  across: (offset: number) => number,
): void {
  const rng = createRng(`jitter ${group.label}`);
  const stride = Math.max(1, Math.ceil(group.values.length / Math.max(1, maxPoints)));
  const points = mark.append("g").attr("class", "points").attr("fill", colour).attr("fill-opacity", 0.45);
  for (let k = 0; k < group.values.length; k += stride) {
    const v = group.values[k]!;
    if (!Number.isFinite(v)) continue;
    const [cx, cy] = place(v, across(0.5 + (rng.next() - 0.5) * JITTER_SHARE));
    points.append("circle").attr("cx", round(cx)).attr("cy", round(cy)).attr("r", 2);
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
