import { select, type Selection } from "d3";
import { CHART_FONT, DEFAULT_HEIGHT, DEFAULT_WIDTH, type ChartOptions } from "./chart-options.js";
import { INK } from "./palette.js";

const SVG_NS = "http://www.w3.org/2000/svg";
export const FONT_SIZE = 12;
export const TITLE_SIZE = 14;

export type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;
export type GroupSelection = Selection<SVGGElement, unknown, null, undefined>;

/** An empty chart: the root element with its accessible name and heading, and the space left below it. */
export interface ChartFrame {
  svg: SvgSelection;
  /** Prefix for ids inside this chart. */
  id: string;
  width: number;
  height: number;
  /** Where the content starts: below the drawn title, if any. */
  top: number;
}

let chartCount = 0;

/** A page-unique id prefix for a chart that was not given one. */
function nextId(): string {
  chartCount += 1;
  return `sinergi-chart-${chartCount}`;
}

/**
 * Creates the root <svg> (or empties the one to redraw into) with everything a chart shares: the viewBox
 * that makes it responsive, role="img" named by its <title> and <desc>, and the font and colours set as
 * attributes, so the chart looks the same inline, as an exported SVG file and as a PNG.
 */
export function beginChart(options: ChartOptions, kind: string): ChartFrame {
  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? DEFAULT_HEIGHT;
  const element = options.svg ?? (options.document ?? document).createElementNS(SVG_NS, "svg");
  // A redraw keeps the id its first drawing had, so aria-labelledby never points at a stale id.
  const id = options.id ?? (element.dataset["chartId"] || nextId());
  element.replaceChildren();
  element.dataset["chartId"] = id;

  const svg: SvgSelection = select(element)
    .attr("class", `sinergi-chart sinergi-chart-${kind}`)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", "100%")
    .attr("style", "display: block; height: auto; max-width: 100%;")
    .attr("role", "img")
    .attr("aria-labelledby", options.description === undefined ? `${id}-title` : `${id}-title ${id}-desc`)
    .attr("font-family", CHART_FONT)
    .attr("font-size", FONT_SIZE)
    .attr("fill", INK)
    .attr("color", INK);
  svg.attr("lang", options.lang ?? null).attr("xml:lang", options.lang ?? null);

  svg.append("title").attr("id", `${id}-title`).text(options.title);
  if (options.description !== undefined) {
    svg.append("desc").attr("id", `${id}-desc`).text(options.description);
  }
  // A white backdrop, so the exported SVG reads the same on a dark viewer or slide.
  svg
    .append("rect")
    .attr("class", "background")
    .attr("width", width)
    .attr("height", height)
    .attr("fill", "#ffffff");

  if (options.showTitle ?? true) {
    svg
      .append("text")
      .attr("class", "chart-title")
      .attr("x", 8)
      .attr("y", 8 + TITLE_SIZE)
      .attr("font-size", TITLE_SIZE)
      .attr("font-weight", 600)
      .text(options.title);
  }
  return { svg, id, width, height, top: frameTop(options) };
}

/** Where a chart's content starts: below the drawn title, if any. */
export function frameTop(options: ChartOptions): number {
  return (options.showTitle ?? true) ? 8 + TITLE_SIZE + 8 : 8;
}

/** The options that shape a chart's frame, as text: equal keys, equal frames. */
export function frameKey(options: ChartOptions): string {
  return JSON.stringify([
    options.title,
    options.description ?? null,
    options.width ?? DEFAULT_WIDTH,
    options.height ?? DEFAULT_HEIGHT,
    options.showTitle ?? true,
    options.lang ?? null,
    options.id ?? null,
  ]);
}
