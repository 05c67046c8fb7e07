import { area, line } from "d3";
import { beginChart, type ChartFrame } from "./chart-frame.js";
import type { ChartOptions, NumberFormat } from "./chart-options.js";
import { drawLegend, type LegendItem } from "./legend.js";
import { drawCursor } from "./line-chart.js";
import { INK, NEUTRAL } from "./palette.js";
import { clippedMarks, drawPlotArea, paddedExtent, type PlotArea } from "./plot-area.js";
import { isValue, type BandPoint, type SeriesPoint } from "./series.js";

/** B − A per year (the median of the per-seed differences) and, with replicates, its 90% band. */
export interface DifferenceSeries {
  key: string;
  label: string;
  points: readonly SeriesPoint[];
  band?: readonly BandPoint[];
}

export interface DifferenceChartOptions extends ChartOptions {
  xLabel?: string;
  yLabel?: string;
  formatX?: NumberFormat;
  formatY?: NumberFormat;
  xDomain?: readonly [number, number];
  yDomain?: readonly [number, number];
  cursorX?: number;
  /** Legend text of the area where B − A > 0, e.g. "B higher than A". */
  aboveLabel: string;
  /** Legend text of the area where B − A < 0. */
  belowLabel: string;
  /** Legend text of the band; without it the band gets no legend entry. */
  bandLabel?: string;
  /** Colours of the two areas (Okabe–Ito blue and vermillion by default). */
  aboveColour?: string;
  belowColour?: string;
}

const ABOVE = "#0072B2";
const BELOW = "#D55E00";

/**
 * The difference B − A over the years, against a zero line. The area between the line and zero is
 * hatched where B is above A and dotted where it is below, so the two read apart without colour too.
 */
export function differenceChart(series: DifferenceSeries, options: DifferenceChartOptions): SVGSVGElement {
  const frame = beginChart(options, "difference");
  const aboveColour = options.aboveColour ?? ABOVE;
  const belowColour = options.belowColour ?? BELOW;
  const above = `${frame.id}-above`;
  const below = `${frame.id}-below`;
  definePatterns(frame, above, aboveColour, below, belowColour);

  const items: LegendItem[] = [
    { label: series.label, colour: INK, mark: "line" },
    { label: options.aboveLabel, colour: aboveColour, mark: "area", fill: `url(#${above})` },
    { label: options.belowLabel, colour: belowColour, mark: "area", fill: `url(#${below})` },
  ];
  if (options.bandLabel !== undefined && series.band && series.band.length > 0) {
    items.push({ label: options.bandLabel, colour: NEUTRAL, mark: "band" });
  }
  const legendHeight = drawLegend(frame.svg, items, 8, frame.top, frame.width - 16);

  const band = series.band ?? [];
  const xs = [...series.points.map((p) => p.x), ...band.map((b) => b.x)];
  const ys = [
    ...series.points.map((p) => p.y ?? Number.NaN),
    ...band.flatMap((b) => [b.low ?? Number.NaN, b.high ?? Number.NaN]),
  ];
  const plotArea = drawPlotArea(frame, frame.top + legendHeight, {
    xDomain: options.xDomain ?? paddedExtent(xs),
    yDomain: options.yDomain ?? paddedExtent(ys, [0]),
    niceX: false,
    niceY: options.yDomain === undefined,
    formatX: options.formatX ?? String,
    formatY: options.formatY,
    xLabel: options.xLabel,
    yLabel: options.yLabel,
    integerX: xs.every(Number.isInteger),
  });
  drawDifference(frame, plotArea, series, `url(#${above})`, `url(#${below})`);
  if (options.cursorX !== undefined) drawCursor(plotArea, options.cursorX, options.formatX ?? String);
  return frame.svg.node()!;
}

/** Diagonal hatching for "above", dots for "below", each over a light tint of its colour. */
function definePatterns(
  frame: ChartFrame,
  above: string,
  aboveColour: string,
  below: string,
  belowColour: string,
): void {
  const defs = frame.svg.append("defs");
  const hatch = defs
    .append("pattern")
    .attr("id", above)
    .attr("patternUnits", "userSpaceOnUse")
    .attr("width", 6)
    .attr("height", 6)
    .attr("patternTransform", "rotate(45)");
  hatch
    .append("rect")
    .attr("width", 6)
    .attr("height", 6)
    .attr("fill", aboveColour)
    .attr("fill-opacity", 0.15);
  hatch
    .append("line")
    .attr("x1", 0)
    .attr("x2", 0)
    .attr("y2", 6)
    .attr("stroke", aboveColour)
    .attr("stroke-width", 2);
  const dots = defs
    .append("pattern")
    .attr("id", below)
    .attr("patternUnits", "userSpaceOnUse")
    .attr("width", 6)
    .attr("height", 6);
  dots.append("rect").attr("width", 6).attr("height", 6).attr("fill", belowColour).attr("fill-opacity", 0.15);
  dots.append("circle").attr("cx", 3).attr("cy", 3).attr("r", 1.3).attr("fill", belowColour);
}

/**
 * The points with a point added wherever the line crosses zero between two years, so that the area
 * above zero and the area below it meet exactly at the crossing.
 */
export function withZeroCrossings(points: readonly SeriesPoint[]): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  points.forEach((p, i) => {
    const previous = points[i - 1];
    if (previous && isValue(previous.y) && isValue(p.y) && previous.y * p.y < 0) {
      out.push({ x: previous.x + ((p.x - previous.x) * previous.y) / (previous.y - p.y), y: 0 });
    }
    out.push(p);
  });
  return out;
}

function drawDifference(
  frame: ChartFrame,
  plotArea: PlotArea,
  series: DifferenceSeries,
  aboveFill: string,
  belowFill: string,
): void {
  const { plot, x, y, innerWidth } = plotArea;
  const marks = clippedMarks(frame, plotArea);

  if (series.band && series.band.length > 0) {
    const band = area<BandPoint>()
      .defined((b) => isValue(b.low) && isValue(b.high))
      .x((b) => x(b.x))
      .y0((b) => y(b.low!))
      .y1((b) => y(b.high!));
    marks
      .append("path")
      .attr("class", "series-band")
      .attr("d", band(series.band))
      .attr("fill", NEUTRAL)
      .attr("fill-opacity", 0.2);
  }

  const points = withZeroCrossings(series.points);
  const zero = y(0);
  const side = (pick: (value: number) => number) =>
    area<SeriesPoint>()
      .defined((p) => isValue(p.y))
      .x((p) => x(p.x))
      .y0(zero)
      .y1((p) => y(pick(p.y!)));
  marks
    .append("path")
    .attr("class", "difference-above")
    .attr("d", side((v) => Math.max(v, 0))(points))
    .attr("fill", aboveFill);
  marks
    .append("path")
    .attr("class", "difference-below")
    .attr("d", side((v) => Math.min(v, 0))(points))
    .attr("fill", belowFill);

  plot
    .append("line")
    .attr("class", "reference-line")
    .attr("x2", innerWidth)
    .attr("y1", zero)
    .attr("y2", zero)
    .attr("stroke", INK)
    .attr("stroke-width", 1);

  marks
    .append("path")
    .attr("class", "series-line")
    .attr("data-key", series.key)
    .attr(
      "d",
      line<SeriesPoint>()
        .defined((p) => isValue(p.y))
        .x((p) => x(p.x))
        .y((p) => y(p.y!))(series.points),
    )
    .attr("fill", "none")
    .attr("stroke", INK)
    .attr("stroke-width", 2);
}
