import { axisBottom, axisLeft, scaleLinear, type NumberValue, type ScaleLinear, type Selection } from "d3";
import { FONT_SIZE, type ChartFrame, type GroupSelection } from "./chart-frame.js";
import type { NumberFormat } from "./chart-options.js";
import { GRID } from "./palette.js";
import { textWidth } from "./text-width.js";

export const TICK_SIZE = 11;

/** What a chart with two numeric axes needs to lay out its plot. */
export interface PlotAreaSpec {
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  /** Round the y domain out to tick values (default true; off for a domain the caller fixed). */
  niceY: boolean;
  niceX: boolean;
  /** Tick formatters; by default d3's tick format for the scale (English style). */
  formatX?: NumberFormat | undefined;
  formatY?: NumberFormat | undefined;
  xLabel?: string | undefined;
  yLabel?: string | undefined;
  /** Only whole-number ticks on x (years): no "2030.5". */
  integerX: boolean;
}

/** Where the plot goes and how its axes read: computed without touching the DOM. */
export interface PlotPlan {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** Top-left corner of the plot in the SVG. */
  left: number;
  top: number;
  innerWidth: number;
  innerHeight: number;
  xTicks: number[];
  yTicks: number[];
  formatX: NumberFormat;
  formatY: NumberFormat;
  xLabel?: string | undefined;
  yLabel?: string | undefined;
}

/** The plot drawn: a group translated to its top-left corner, with the plan it was drawn from. */
export interface PlotArea extends PlotPlan {
  plot: GroupSelection;
}

/**
 * Lays out a chart with numeric x and y: the y label above the axis (horizontal, so long translated
 * labels stay readable), the x label below it, and margins that follow the width of the formatted tick
 * labels, so Indonesian thousands separators or long units do not run off the edge.
 */
export function planPlotArea(
  size: { width: number; height: number },
  top: number,
  spec: PlotAreaSpec,
): PlotPlan {
  // A line of room above the plot, with or without a y label: the cursor's year is written there too.
  const plotTop = top + FONT_SIZE + 10;
  const bottom = TICK_SIZE + 14 + (spec.xLabel ? FONT_SIZE + 10 : 0) + 6;
  const innerHeight = Math.max(20, size.height - plotTop - bottom);

  const y = scaleLinear().domain(spec.yDomain).range([innerHeight, 0]).interpolate(roundedInterpolate);
  const yTickCount = Math.max(2, Math.floor(innerHeight / 40));
  if (spec.niceY) y.nice(yTickCount);
  const yTicks = y.ticks(yTickCount);
  const formatY = spec.formatY ?? y.tickFormat(yTickCount);
  const yTickWidth = Math.max(0, ...yTicks.map((t) => textWidth(formatY(t), TICK_SIZE)));
  const left = Math.max(36, yTickWidth + 16);

  const x = scaleLinear().domain(spec.xDomain).interpolate(roundedInterpolate);
  if (spec.niceX) x.nice();
  // The tick count depends on the width, which depends on the right margin: estimate with a typical count.
  const lastTickWidth = textWidth((spec.formatX ?? x.tickFormat(8))(x.domain()[1]!), TICK_SIZE);
  const right = Math.max(16, lastTickWidth / 2 + 6);
  const innerWidth = Math.max(20, size.width - left - right);
  x.range([0, innerWidth]);
  const xTickCount = Math.max(2, Math.floor(innerWidth / 80));
  const xTicks = x.ticks(xTickCount).filter((t) => !spec.integerX || Number.isInteger(t));
  const formatX = spec.formatX ?? x.tickFormat(xTickCount);
  return {
    x,
    y,
    left,
    top: plotTop,
    innerWidth,
    innerHeight,
    xTicks,
    yTicks,
    formatX,
    formatY,
    xLabel: spec.xLabel,
    yLabel: spec.yLabel,
  };
}

/**
 * Everything a reader sees of a plan's frame (geometry, domains, tick labels, axis titles): two plans
 * with the same key draw the same axes, so a redraw can keep them and move only the data marks.
 */
export function planKey(plan: PlotPlan): string {
  return JSON.stringify([
    plan.left,
    plan.top,
    plan.innerWidth,
    plan.innerHeight,
    plan.x.domain(),
    plan.y.domain(),
    plan.xTicks.map(plan.formatX),
    plan.yTicks.map(plan.formatY),
    plan.xLabel ?? null,
    plan.yLabel ?? null,
  ]);
}

/** Draws a plan's frame: grid lines and both axes with the caller's formatters and titles. */
export function drawPlotArea(frame: ChartFrame, plan: PlotPlan): PlotArea {
  const { x, y, innerWidth, innerHeight, xTicks, yTicks } = plan;
  const plot = frame.svg
    .append("g")
    .attr("class", "plot")
    .attr("transform", `translate(${plan.left},${plan.top})`);
  plot
    .append("g")
    .attr("class", "grid")
    .attr("stroke", GRID)
    .selectAll("line")
    .data(yTicks)
    .join("line")
    .attr("x2", innerWidth)
    .attr("y1", (t) => y(t))
    .attr("y2", (t) => y(t));

  const xAxis = plot
    .append("g")
    .attr("class", "axis axis-x")
    .attr("transform", `translate(0,${innerHeight})`)
    .call(axisBottom(x).tickValues(xTicks).tickFormat(asTickFormat(plan.formatX)).tickSizeOuter(0));
  const yAxis = plot
    .append("g")
    .attr("class", "axis axis-y")
    .call(axisLeft(y).tickValues(yTicks).tickFormat(asTickFormat(plan.formatY)).tickSizeOuter(0));
  restyleAxis(xAxis);
  restyleAxis(yAxis);

  if (plan.yLabel) {
    frame.svg
      .append("text")
      .attr("class", "axis-label axis-label-y")
      .attr("x", 8)
      .attr("y", plan.top - 8)
      .text(plan.yLabel);
  }
  if (plan.xLabel) {
    plot
      .append("text")
      .attr("class", "axis-label axis-label-x")
      .attr("x", innerWidth / 2)
      .attr("y", innerHeight + TICK_SIZE + 14 + FONT_SIZE + 4)
      .attr("text-anchor", "middle")
      .text(plan.xLabel);
  }
  return { ...plan, plot };
}

/**
 * A group for the data marks, clipped to the plot (with a little room for strokes at the edge), so a
 * fixed domain narrower than the data does not let lines run over the axes and legend.
 */
export function clippedMarks(frame: ChartFrame, { plot, innerWidth, innerHeight }: PlotArea): GroupSelection {
  const clipId = `${frame.id}-clip`;
  plot
    .append("clipPath")
    .attr("id", clipId)
    .append("rect")
    .attr("x", -4)
    .attr("y", -4)
    .attr("width", innerWidth + 8)
    .attr("height", innerHeight + 8);
  return plot.append("g").attr("class", "marks").attr("clip-path", `url(#${clipId})`);
}

/**
 * Positions to a hundredth of a unit: invisible at any screen size, and it keeps exported files small
 * and snapshots free of floating-point noise such as 117.00000000000001. Because every position comes
 * through a scale already rounded, the line and area generators skip their own rounding (digits(null)),
 * which is most of the cost of building a path.
 */
export function roundedInterpolate(a: number, b: number): (t: number) => number {
  return (t) => Math.round((a + t * (b - a)) * 100) / 100;
}

/** d3-axis hands its formatter d3's NumberValue; the charts' formatters take plain numbers. */
export function asTickFormat(format: NumberFormat): (value: NumberValue) => string {
  return (value) => format(Number(value));
}

/** d3-axis sets its own font on the axis group; take the chart's instead, a size smaller. */
export function restyleAxis(axis: Selection<SVGGElement, unknown, null, undefined>): void {
  axis.attr("font-family", null).attr("font-size", TICK_SIZE);
}

/**
 * The extent of the finite values, widened to include `extra` values (zero, a reference line); a
 * single value or no value at all still gives a drawable domain.
 */
export function paddedExtent(values: Iterable<number>, extra: readonly number[] = []): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  for (const v of extra) {
    if (!Number.isFinite(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  if (low > high) return [0, 1];
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    return [low - pad, high + pad];
  }
  return [low, high];
}
