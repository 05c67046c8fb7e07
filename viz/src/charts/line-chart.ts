import { area, line } from "d3";
import {
  beginChart,
  FONT_SIZE,
  frameKey,
  frameTop,
  type ChartFrame,
  type GroupSelection,
} from "./chart-frame.js";
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, type ChartOptions, type NumberFormat } from "./chart-options.js";
import { drawLegend, legendLayout, type LegendItem } from "./legend.js";
import { categoryColour, INK, NEUTRAL } from "./palette.js";
import {
  clippedMarks,
  drawPlotArea,
  paddedExtent,
  planKey,
  planPlotArea,
  type PlotAreaSpec,
  type PlotPlan,
} from "./plot-area.js";
import { dashOf, isValue, type BandPoint, type LineSeries, type SeriesPoint } from "./series.js";

export interface LineChartOptions extends ChartOptions {
  xLabel?: string;
  yLabel?: string;
  /** Formats x ticks (years: String by default). */
  formatX?: NumberFormat;
  /** Formats y ticks; by default d3's tick format for the scale (English style). */
  formatY?: NumberFormat;
  /** Fixed x range, e.g. [first year, last year] so that the axis stays put while a run fills it. */
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

/** The parts of a drawn line chart that change from year to year, kept to update them in place. */
interface LineMarks {
  key: string;
  marks: GroupSelection;
  bands: (SVGPathElement | null)[];
  lines: SVGPathElement[];
  dots: GroupSelection;
  cursor: Cursor | null;
}

const drawn = new WeakMap<SVGSVGElement, LineMarks>();

/**
 * A line chart of one or more series over x (years), each with an optional translucent band (90% of
 * replicates); null values leave gaps. Returns the SVG (the one in `options.svg` when redrawing).
 *
 * Redrawing into the same SVG is cheap when only the data moved: if the frame (title, legend, axes
 * and their tick labels) would come out the same, only the lines, bands, dots and cursor are updated.
 * During a run, pass a fixed `xDomain` so the axes stay put from year to year.
 */
export function lineChart(series: readonly LineSeries[], options: LineChartOptions): SVGSVGElement {
  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? DEFAULT_HEIGHT;
  const items = options.legend === false ? [] : legendItems(series, options);
  const legendHeight = legendLayout(items, width - 16).height;
  const plan = planPlotArea({ width, height }, frameTop(options) + legendHeight, plotSpec(series, options));
  const key = JSON.stringify([
    frameKey(options),
    items,
    planKey(plan),
    series.map((s, i) => [s.key, s.colour ?? categoryColour(i), dashOf(s) ?? null, hasBand(s)]),
    options.referenceY ?? null,
    options.cursorX !== undefined,
  ]);

  const previous = options.svg ? drawn.get(options.svg) : undefined;
  if (options.svg && previous && previous.key === key && options.svg.contains(previous.marks.node())) {
    updateMarks(previous, plan, series, options);
    return options.svg;
  }

  const frame = beginChart(options, "line");
  drawLegend(frame.svg, items, 8, frame.top, width - 16);
  const plotArea = drawPlotArea(frame, plan);
  const marks = drawMarks(frame, plotArea, series, options, key);
  if (options.referenceY !== undefined) drawReferenceY(plotArea, options.referenceY);
  if (options.cursorX !== undefined) {
    marks.cursor = drawCursor(plotArea);
    placeCursor(marks.cursor, plan, options.cursorX, options.formatX ?? String);
  }
  const svg = frame.svg.node()!;
  drawn.set(svg, marks);
  return svg;
}

function hasBand(series: LineSeries): boolean {
  return series.band !== undefined && series.band.length > 0;
}

function plotSpec(series: readonly LineSeries[], options: LineChartOptions): PlotAreaSpec {
  // Plain loops: this runs on every animation frame, over every point of every series.
  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of series) {
    for (const p of s.points) {
      xs.push(p.x);
      ys.push(p.y ?? Number.NaN);
    }
    for (const b of s.band ?? []) {
      xs.push(b.x);
      ys.push(b.low ?? Number.NaN, b.high ?? Number.NaN);
    }
  }
  const extraY = [
    ...(options.includeZero ? [0] : []),
    ...(options.referenceY === undefined ? [] : [options.referenceY]),
  ];
  return {
    xDomain: options.xDomain ?? paddedExtent(xs),
    yDomain: options.yDomain ?? paddedExtent(ys, extraY),
    niceX: false,
    niceY: options.yDomain === undefined,
    formatX: options.formatX ?? String,
    formatY: options.formatY,
    xLabel: options.xLabel,
    yLabel: options.yLabel,
    integerX: xs.every(Number.isInteger),
  };
}

function legendItems(series: readonly LineSeries[], options: LineChartOptions): LegendItem[] {
  const items: LegendItem[] = series.map((s, i) => {
    const dash = dashOf(s);
    return { label: s.label, colour: s.colour ?? categoryColour(i), mark: "line", ...(dash ? { dash } : {}) };
  });
  if (options.bandLabel !== undefined && series.some(hasBand)) {
    items.push({ label: options.bandLabel, colour: NEUTRAL, mark: "band" });
  }
  return items;
}

/** Bands first (behind every line), then the lines in order, then dots where a value stands alone. */
function drawMarks(
  frame: ChartFrame,
  plotArea: PlotPlan & { plot: GroupSelection },
  series: readonly LineSeries[],
  options: LineChartOptions,
  key: string,
): LineMarks {
  const marks = clippedMarks(frame, plotArea);
  const bands = series.map((s, i) =>
    hasBand(s)
      ? marks
          .append("path")
          .attr("class", "series-band")
          .attr("data-key", s.key)
          .attr("fill", s.colour ?? categoryColour(i))
          .attr("fill-opacity", 0.18)
          .attr("stroke", "none")
          .node()
      : null,
  );
  const lines = series.map((s, i) =>
    marks
      .append("path")
      .attr("class", "series-line")
      .attr("data-key", s.key)
      .attr("fill", "none")
      .attr("stroke", s.colour ?? categoryColour(i))
      .attr("stroke-width", 2)
      .attr("stroke-linejoin", "round")
      .attr("stroke-dasharray", dashOf(s) ?? null)
      .node()!,
  );
  const dots = marks.append("g").attr("class", "series-dots");
  const drawing: LineMarks = { key, marks, bands, lines, dots, cursor: null };
  updateMarks(drawing, plotArea, series, options);
  return drawing;
}

/** Sets the data-dependent attributes: every path's shape, the lone dots and the cursor. */
function updateMarks(
  drawing: LineMarks,
  { x, y }: Pick<PlotPlan, "x" | "y">,
  series: readonly LineSeries[],
  options: LineChartOptions,
): void {
  const band = area<BandPoint>()
    .digits(null)
    .defined((b) => isValue(b.low) && isValue(b.high))
    .x((b) => x(b.x))
    .y0((b) => y(b.low!))
    .y1((b) => y(b.high!));
  const path = line<SeriesPoint>()
    .digits(null)
    .defined((p) => isValue(p.y))
    .x((p) => x(p.x))
    .y((p) => y(p.y!));
  drawing.dots.selectChildren().remove();
  series.forEach((s, i) => {
    drawing.bands[i]?.setAttribute("d", band(s.band ?? []) ?? "");
    drawing.lines[i]!.setAttribute("d", path(s.points) ?? "");
    // A value with gaps on both sides (or the only year so far) draws no line segment: show it as a dot.
    s.points.forEach((p, k) => {
      if (isValue(p.y) && !isValue(s.points[k - 1]?.y) && !isValue(s.points[k + 1]?.y)) {
        drawing.dots
          .append("circle")
          .attr("class", "series-dot")
          .attr("data-key", s.key)
          .attr("cx", x(p.x))
          .attr("cy", y(p.y))
          .attr("r", 2.5)
          .attr("fill", s.colour ?? categoryColour(i));
      }
    });
  });
  if (drawing.cursor && options.cursorX !== undefined) {
    placeCursor(drawing.cursor, { x }, options.cursorX, options.formatX ?? String);
  }
}

function drawReferenceY({ plot, y, innerWidth }: PlotPlan & { plot: GroupSelection }, value: number): void {
  plot
    .append("line")
    .attr("class", "reference-line")
    .attr("x2", innerWidth)
    .attr("y1", y(value))
    .attr("y2", y(value))
    .attr("stroke", INK)
    .attr("stroke-width", 1);
}

/** The current year's marker: a dotted vertical line with the year above it. */
export interface Cursor {
  group: SVGGElement;
  label: SVGTextElement;
}

export function drawCursor({ plot, innerHeight }: PlotPlan & { plot: GroupSelection }): Cursor {
  const group = plot.append("g").attr("class", "cursor");
  group
    .append("line")
    .attr("y2", innerHeight)
    .attr("stroke", INK)
    .attr("stroke-width", 1)
    .attr("stroke-dasharray", "2 3");
  const label = group
    .append("text")
    .attr("y", -2)
    .attr("x", 3)
    .attr("font-size", FONT_SIZE - 1);
  return { group: group.node()!, label: label.node()! };
}

/** Moves the cursor to `value`, or hides it when the value is off the axis. */
export function placeCursor(
  cursor: Cursor,
  { x }: Pick<PlotPlan, "x">,
  value: number,
  format: NumberFormat,
): void {
  const [low, high] = x.domain() as [number, number];
  if (!(value >= low && value <= high)) {
    cursor.group.setAttribute("display", "none");
    cursor.group.removeAttribute("transform");
    cursor.label.textContent = "";
    return;
  }
  cursor.group.removeAttribute("display");
  cursor.group.setAttribute("transform", `translate(${x(value)},0)`);
  cursor.label.textContent = format(value);
}
