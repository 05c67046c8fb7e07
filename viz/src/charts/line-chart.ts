import { area, line } from "d3";
import { beginChart, FONT_SIZE, type ChartFrame } from "./chart-frame.js";
import type { ChartOptions, NumberFormat } from "./chart-options.js";
import { drawLegend, type LegendItem } from "./legend.js";
import { categoryColour, INK, NEUTRAL } from "./palette.js";
import { clippedMarks, drawPlotArea, paddedExtent, type PlotArea } from "./plot-area.js";
import { dashOf, isValue, type BandPoint, type LineSeries, type SeriesPoint } from "./series.js";

export interface LineChartOptions extends ChartOptions {
  xLabel?: string;
  yLabel?: string;
  /** Formats x ticks (years: String by default). */
  formatX?: NumberFormat;
  /** Formats y ticks; by default d3's tick format for the scale (English style). */
  formatY?: NumberFormat;
  /** Fixed x range, e.g. [0, years] so that the axis stays put while a run fills it year by year. */
  xDomain?: readonly [number, number];
  /** Fixed y range; by default the data's (bands included), rounded out to ticks. */
  yDomain?: readonly [number, number];
  /** Stretch the y range to include zero. */
  includeZero?: boolean;
  /** A horizontal reference line at this y (e.g. zero). */
  referenceY?: number;
  /** A vertical marker at this x (the year the map shows). */
  cursorX?: number;
  /** Draw the legend (default true). */
  legend?: boolean;
  /** Legend text of the bands (e.g. "90% of seeds"); without it the bands get no legend entry. */
  bandLabel?: string;
}

/**
 * A line chart of one or more series over x (years), each with an optional translucent band (90% of
 * replicates); null values leave gaps. Returns the SVG (the one in `options.svg` when redrawing).
 */
export function lineChart(series: readonly LineSeries[], options: LineChartOptions): SVGSVGElement {
  const frame = beginChart(options, "line");
  const legendHeight =
    options.legend === false
      ? 0
      : drawLegend(frame.svg, legendItems(series, options), 8, frame.top, frame.width - 16);

  const xs = series.flatMap((s) => [...s.points.map((p) => p.x), ...(s.band ?? []).map((b) => b.x)]);
  const ys = series.flatMap((s) => [
    ...s.points.map((p) => p.y ?? Number.NaN),
    ...(s.band ?? []).flatMap((b) => [b.low ?? Number.NaN, b.high ?? Number.NaN]),
  ]);
  const extraY = [
    ...(options.includeZero ? [0] : []),
    ...(options.referenceY === undefined ? [] : [options.referenceY]),
  ];
  const plotArea = drawPlotArea(frame, frame.top + legendHeight, {
    xDomain: options.xDomain ?? paddedExtent(xs),
    yDomain: options.yDomain ?? paddedExtent(ys, extraY),
    niceX: false,
    niceY: options.yDomain === undefined,
    formatX: options.formatX ?? String,
    formatY: options.formatY,
    xLabel: options.xLabel,
    yLabel: options.yLabel,
    integerX: xs.every(Number.isInteger),
  });
  drawSeries(frame, plotArea, series);
  if (options.referenceY !== undefined) drawReferenceY(plotArea, options.referenceY);
  if (options.cursorX !== undefined) drawCursor(plotArea, options.cursorX, options.formatX ?? String);
  return frame.svg.node()!;
}

function legendItems(series: readonly LineSeries[], options: LineChartOptions): LegendItem[] {
  const items: LegendItem[] = series.map((s, i) => {
    const dash = dashOf(s);
    return { label: s.label, colour: s.colour ?? categoryColour(i), mark: "line", ...(dash ? { dash } : {}) };
  });
  if (options.bandLabel !== undefined && series.some((s) => s.band && s.band.length > 0)) {
    items.push({ label: options.bandLabel, colour: NEUTRAL, mark: "band" });
  }
  return items;
}

/** Bands first (behind every line), then the lines in order, each with dots where a value stands alone. */
function drawSeries(frame: ChartFrame, plotArea: PlotArea, series: readonly LineSeries[]): void {
  const { x, y } = plotArea;
  const marks = clippedMarks(frame, plotArea);

  const band = area<BandPoint>()
    .defined((b) => isValue(b.low) && isValue(b.high))
    .x((b) => x(b.x))
    .y0((b) => y(b.low!))
    .y1((b) => y(b.high!));
  series.forEach((s, i) => {
    if (!s.band || s.band.length === 0) return;
    marks
      .append("path")
      .attr("class", "series-band")
      .attr("data-key", s.key)
      .attr("d", band(s.band))
      .attr("fill", s.colour ?? categoryColour(i))
      .attr("fill-opacity", 0.18)
      .attr("stroke", "none");
  });

  const path = line<SeriesPoint>()
    .defined((p) => isValue(p.y))
    .x((p) => x(p.x))
    .y((p) => y(p.y!));
  series.forEach((s, i) => {
    const colour = s.colour ?? categoryColour(i);
    marks
      .append("path")
      .attr("class", "series-line")
      .attr("data-key", s.key)
      .attr("d", path(s.points))
      .attr("fill", "none")
      .attr("stroke", colour)
      .attr("stroke-width", 2)
      .attr("stroke-linejoin", "round")
      .attr("stroke-dasharray", dashOf(s) ?? null);
    // A value with gaps on both sides (or the only year so far) draws no line segment: show it as a dot.
    const alone = s.points.filter(
      (p, k) => isValue(p.y) && !isValue(s.points[k - 1]?.y) && !isValue(s.points[k + 1]?.y),
    );
    for (const p of alone) {
      marks
        .append("circle")
        .attr("class", "series-dot")
        .attr("data-key", s.key)
        .attr("cx", x(p.x))
        .attr("cy", y(p.y!))
        .attr("r", 2.5)
        .attr("fill", colour);
    }
  });
}

function drawReferenceY({ plot, y, innerWidth }: PlotArea, value: number): void {
  plot
    .append("line")
    .attr("class", "reference-line")
    .attr("x2", innerWidth)
    .attr("y1", y(value))
    .attr("y2", y(value))
    .attr("stroke", INK)
    .attr("stroke-width", 1);
}

/** The current year as a dotted vertical line, labelled at the top; nothing if it is off the axis. */
export function drawCursor({ plot, x, innerHeight }: PlotArea, value: number, format: NumberFormat): void {
  const [low, high] = x.domain() as [number, number];
  if (!(value >= low && value <= high)) return;
  const cursor = plot
    .append("g")
    .attr("class", "cursor")
    .attr("transform", `translate(${x(value)},0)`);
  cursor
    .append("line")
    .attr("y2", innerHeight)
    .attr("stroke", INK)
    .attr("stroke-width", 1)
    .attr("stroke-dasharray", "2 3");
  cursor
    .append("text")
    .attr("y", -2)
    .attr("x", 3)
    .attr("font-size", FONT_SIZE - 1)
    .text(format(value));
}
