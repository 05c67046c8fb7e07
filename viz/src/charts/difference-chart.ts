import { area, line } from "d3";
import { beginChart, frameKey, frameTop, type ChartFrame, type GroupSelection } from "./chart-frame.js";
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, type ChartOptions, type NumberFormat } from "./chart-options.js";
import { drawLegend, legendLayout, type LegendItem } from "./legend.js";
import { drawCursor, placeCursor, type Cursor } from "./line-chart.js";
import { INK, NEUTRAL } from "./palette.js";
import {
  clippedMarks,
  drawPlotArea,
  paddedExtent,
  planKey,
  planPlotArea,
  type PlotArea,
  type PlotPlan,
} from "./plot-area.js";
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

/** The parts of a drawn difference chart that change from year to year, kept to update them in place. */
interface DifferenceMarks {
  key: string;
  marks: GroupSelection;
  band: SVGPathElement | null;
  above: SVGPathElement;
  below: SVGPathElement;
  line: SVGPathElement;
  cursor: Cursor | null;
}

const drawn = new WeakMap<SVGSVGElement, DifferenceMarks>();

/**
 * The difference B − A over the years, against a zero line. The area between the line and zero is
 * hatched where B is above A and dotted where it is below, so the two read apart without colour too.
 * Like lineChart, a redraw into the same SVG with an unchanged frame only updates the marks.
 */
export function differenceChart(series: DifferenceSeries, options: DifferenceChartOptions): SVGSVGElement {
  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? DEFAULT_HEIGHT;
  const aboveColour = options.aboveColour ?? ABOVE;
  const belowColour = options.belowColour ?? BELOW;
  const items = (patternId: string): LegendItem[] => [
    { label: series.label, colour: INK, mark: "line" },
    { label: options.aboveLabel, colour: aboveColour, mark: "area", fill: `url(#${patternId}-above)` },
    { label: options.belowLabel, colour: belowColour, mark: "area", fill: `url(#${patternId}-below)` },
    ...(options.bandLabel !== undefined && series.band && series.band.length > 0
      ? [{ label: options.bandLabel, colour: NEUTRAL, mark: "band" } as const]
      : []),
  ];
  const legendHeight = legendLayout(items(""), width - 16).height;

  const band = series.band ?? [];
  const xs = [...series.points.map((p) => p.x), ...band.map((b) => b.x)];
  const ys = [
    ...series.points.map((p) => p.y ?? Number.NaN),
    ...band.flatMap((b) => [b.low ?? Number.NaN, b.high ?? Number.NaN]),
  ];
  const plan = planPlotArea({ width, height }, frameTop(options) + legendHeight, {
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
  const hasBand = band.length > 0;
  const key = JSON.stringify([
    frameKey(options),
    items(""),
    planKey(plan),
    hasBand,
    options.cursorX !== undefined,
  ]);

  const previous = options.svg ? drawn.get(options.svg) : undefined;
  if (options.svg && previous && previous.key === key && options.svg.contains(previous.marks.node())) {
    updateDifference(previous, plan, series, options);
    return options.svg;
  }

  const frame = beginChart(options, "difference");
  definePatterns(frame, `${frame.id}-above`, aboveColour, `${frame.id}-below`, belowColour);
  drawLegend(frame.svg, items(frame.id), 8, frame.top, width - 16);
  const plotArea = drawPlotArea(frame, plan);
  const marks = drawDifference(frame, plotArea, hasBand, key);
  if (options.cursorX !== undefined) marks.cursor = drawCursor(plotArea);
  updateDifference(marks, plan, series, options);
  const svg = frame.svg.node()!;
  drawn.set(svg, marks);
  return svg;
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

/** The band, the two areas, the zero line and the line, empty until updateDifference shapes them. */
function drawDifference(
  frame: ChartFrame,
  plotArea: PlotArea,
  hasBand: boolean,
  key: string,
): DifferenceMarks {
  const { plot, y, innerWidth } = plotArea;
  const marks = clippedMarks(frame, plotArea);
  const path = (className: string) => marks.append("path").attr("class", className);
  const band = hasBand ? path("series-band").attr("fill", NEUTRAL).attr("fill-opacity", 0.2).node()! : null;
  const above = path("difference-above").attr("fill", `url(#${frame.id}-above)`).node()!;
  const below = path("difference-below").attr("fill", `url(#${frame.id}-below)`).node()!;
  plot
    .append("line")
    .attr("class", "reference-line")
    .attr("x2", innerWidth)
    .attr("y1", y(0))
    .attr("y2", y(0))
    .attr("stroke", INK)
    .attr("stroke-width", 1);
  const line_ = path("series-line").attr("fill", "none").attr("stroke", INK).attr("stroke-width", 2).node()!;
  return { key, marks, band, above, below, line: line_, cursor: null };
}

function updateDifference(
  drawing: DifferenceMarks,
  { x, y }: Pick<PlotPlan, "x" | "y">,
  series: DifferenceSeries,
  options: DifferenceChartOptions,
): void {
  const band = area<BandPoint>()
    .digits(null)
    .defined((b) => isValue(b.low) && isValue(b.high))
    .x((b) => x(b.x))
    .y0((b) => y(b.low!))
    .y1((b) => y(b.high!));
  drawing.band?.setAttribute("d", band(series.band ?? []) ?? "");

  const points = withZeroCrossings(series.points);
  const zero = y(0);
  const side = (pick: (value: number) => number) =>
    area<SeriesPoint>()
      .digits(null)
      .defined((p) => isValue(p.y))
      .x((p) => x(p.x))
      .y0(zero)
      .y1((p) => y(pick(p.y!)));
  drawing.above.setAttribute("d", side((v) => Math.max(v, 0))(points) ?? "");
  drawing.below.setAttribute("d", side((v) => Math.min(v, 0))(points) ?? "");
  const path = line<SeriesPoint>()
    .digits(null)
    .defined((p) => isValue(p.y))
    .x((p) => x(p.x))
    .y((p) => y(p.y!));
  drawing.line.setAttribute("d", path(series.points) ?? "");
  drawing.line.setAttribute("data-key", series.key);
  if (drawing.cursor && options.cursorX !== undefined) {
    placeCursor(drawing.cursor, { x }, options.cursorX, options.formatX ?? String);
  }
}
