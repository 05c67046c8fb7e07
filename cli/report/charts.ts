/**
 * The report's charts, drawn as SVG text with d3 scales and shapes (no DOM, no script): the indices
 * with their intervals, an output against a parameter, and an output's ensemble band over the years.
 */
import { area, extent, line, scaleBand, scaleLinear, scalePoint } from "d3";
import type { BandYear } from "../analysis/bands.js";
import { axisBottom, axisLeft, esc, num, px, svgOpen, type LinearLike } from "./svg.js";

export interface IndexSeries {
  /** Index name in the results, e.g. "S1". */
  key: string;
  /** Legend text, e.g. "S1 first order". */
  label: string;
  /** CSS class that colours it (s0, s1, …). */
  className: string;
}

export interface IndexBar {
  parameter: string;
  values: Record<string, { value: number; lower: number; upper: number }>;
}

/**
 * Horizontal grouped bars, one group per parameter (in the order given), one bar per series, with
 * whiskers for the intervals where they are finite. `include` widens the value axis (e.g. [0, 1] for
 * Sobol indices, which are shares of a variance).
 */
export function indexChart(options: {
  id: string;
  title: string;
  description: string;
  bars: readonly IndexBar[];
  series: readonly IndexSeries[];
  include: readonly number[];
  axisLabel: string;
}): string {
  const { bars, series } = options;
  const labelWidth = Math.min(280, 12 + 6.6 * Math.max(8, ...bars.map((b) => b.parameter.length)));
  const width = 720;
  const margin = { top: 30, right: 24, bottom: 44, left: labelWidth };
  const barHeight = 12;
  const groupHeight = series.length * barHeight + 12;
  const height = margin.top + bars.length * groupHeight + margin.bottom;

  const numbers: number[] = [...options.include];
  for (const bar of bars) {
    for (const s of series) {
      const v = bar.values[s.key];
      if (!v) continue;
      for (const n of [v.value, v.lower, v.upper]) if (Number.isFinite(n)) numbers.push(n);
    }
  }
  const [low, high] = extent(numbers) as [number, number];
  const x = scaleLinear()
    .domain([Math.min(0, low), Math.max(0, high)])
    .range([margin.left, width - margin.right])
    .nice();
  const y = scaleBand<string>()
    .domain(bars.map((b) => b.parameter))
    .range([margin.top, height - margin.bottom])
    .paddingInner(0);
  const zero = x(0);

  const parts = [svgOpen(options.id, width, height, options.title, options.description)];
  parts.push(
    axisBottom(x as unknown as LinearLike, height - margin.bottom, {
      gridTop: margin.top,
      label: options.axisLabel,
    }),
  );
  // Legend.
  let legendX = margin.left;
  for (const s of series) {
    parts.push(
      `<rect class="${s.className}" x="${px(legendX)}" y="8" width="12" height="12"/>` +
        `<text x="${px(legendX + 17)}" y="18">${esc(s.label)}</text>`,
    );
    legendX += 30 + 6.6 * s.label.length;
  }
  for (const bar of bars) {
    const top = y(bar.parameter)! + 6;
    parts.push(
      `<text class="label" x="${px(margin.left - 8)}" y="${px(top + (series.length * barHeight) / 2)}" dy="0.32em" text-anchor="end">${esc(bar.parameter)}</text>`,
    );
    series.forEach((s, i) => {
      const v = bar.values[s.key];
      const yBar = top + i * barHeight;
      if (!v || !Number.isFinite(v.value)) {
        parts.push(
          `<text class="missing" x="${px(zero + 4)}" y="${px(yBar + barHeight / 2)}" dy="0.32em">not defined</text>`,
        );
        return;
      }
      const x0 = Math.min(zero, x(v.value));
      const w = Math.max(0.5, Math.abs(x(v.value) - zero));
      const interval = Number.isFinite(v.lower) && Number.isFinite(v.upper);
      const tip = `${bar.parameter}: ${s.key} = ${num(v.value)}${interval ? ` (interval ${num(v.lower)} to ${num(v.upper)})` : ""}`;
      parts.push(
        `<rect class="${s.className}" x="${px(x0)}" y="${px(yBar + 1)}" width="${px(w)}" height="${barHeight - 2}"><title>${esc(tip)}</title></rect>`,
      );
      if (interval) {
        const mid = yBar + barHeight / 2;
        const [a, b] = [x(v.lower), x(v.upper)];
        parts.push(
          `<path class="whisker" d="M${px(a)},${px(mid)}H${px(b)}M${px(a)},${px(mid - 4)}V${px(mid + 4)}M${px(b)},${px(mid - 4)}V${px(mid + 4)}"/>`,
        );
      }
    });
  }
  parts.push(
    `<line class="zero" x1="${px(zero)}" x2="${px(zero)}" y1="${margin.top}" y2="${px(height - margin.bottom)}"/>`,
  );
  parts.push("</svg>");
  return parts.join("");
}

/** Whether every value is a finite number (a numeric axis), else the values are categories. */
function allNumbers(values: readonly unknown[]): boolean {
  return values.every((v) => typeof v === "number" && Number.isFinite(v));
}

/** The text of a category on an axis: strings as they are, anything else as JSON. */
export function categoryText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** One output against one parameter: a point per design point. Categorical parameters get a point scale. */
export function scatterChart(options: {
  id: string;
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  xs: readonly unknown[];
  ys: ArrayLike<number>;
}): string {
  const width = 260;
  const height = 200;
  const margin = { top: 12, right: 18, bottom: 40, left: 52 };
  const ys = Array.from(options.ys);
  const [yLow, yHigh] = extent(ys.filter(Number.isFinite)) as [number, number];
  const y = scaleLinear()
    .domain(yLow === yHigh ? [yLow - 1, yHigh + 1] : [yLow, yHigh])
    .range([height - margin.bottom, margin.top])
    .nice();
  const parts = [svgOpen(options.id, width, height, options.title, options.description)];
  parts.push(
    axisLeft(y as unknown as LinearLike, margin.left, { ticks: 4, gridRight: width - margin.right }),
  );
  let xOf: (value: unknown) => number;
  if (allNumbers(options.xs)) {
    const [xLow, xHigh] = extent(options.xs as number[]) as [number, number];
    const x = scaleLinear()
      .domain(xLow === xHigh ? [xLow - 1, xHigh + 1] : [xLow, xHigh])
      .range([margin.left, width - margin.right])
      .nice();
    parts.push(
      axisBottom(x as unknown as LinearLike, height - margin.bottom, { ticks: 4, label: options.xLabel }),
    );
    xOf = (value) => x(value as number);
  } else {
    const categories = [...new Set(options.xs.map(categoryText))];
    const x = scalePoint<string>()
      .domain(categories)
      .range([margin.left, width - margin.right])
      .padding(0.5);
    const base = height - margin.bottom;
    parts.push(
      `<g class="axis"><line x1="${margin.left}" x2="${width - margin.right}" y1="${base}" y2="${base}"/>`,
    );
    for (const c of categories) {
      parts.push(
        `<text x="${px(x(c)!)}" y="${base + 15}" text-anchor="middle">${esc(c.length > 12 ? `${c.slice(0, 11)}…` : c)}</text>`,
      );
    }
    parts.push(
      `<text class="axis-label" x="${px((margin.left + width - margin.right) / 2)}" y="${base + 30}" text-anchor="middle">${esc(options.xLabel)}</text></g>`,
    );
    xOf = (value) => x(categoryText(value))!;
  }
  const dots: string[] = [];
  options.xs.forEach((value, i) => {
    const yValue = ys[i]!;
    if (!Number.isFinite(yValue)) return;
    dots.push(`<circle cx="${px(xOf(value))}" cy="${px(y(yValue))}" r="2.4"/>`);
  });
  parts.push(`<g class="dots">${dots.join("")}</g></svg>`);
  return parts.join("");
}

/**
 * An output's ensemble band over the years: the band between two quantiles across runs, the median as
 * a line, and a dashed marker at each analysed year. The x axis is in calendar years when known.
 */
export function bandChart(options: {
  id: string;
  title: string;
  description: string;
  yLabel: string;
  band: readonly BandYear[];
  calendarOffset: number | null;
  markers: readonly { year: number; label: string }[];
}): string {
  const width = 720;
  const height = 280;
  const margin = { top: 16, right: 24, bottom: 44, left: 72 };
  const offset = options.calendarOffset ?? 0;
  const years = options.band.map((b) => b.year + offset);
  const [xLow, xHigh] = extent(years) as [number, number];
  const x = scaleLinear()
    .domain(xLow === xHigh ? [xLow - 1, xHigh + 1] : [xLow, xHigh])
    .range([margin.left, width - margin.right]);
  const values = options.band.flatMap((b) => [b.lower, b.upper, b.median]).filter(Number.isFinite);
  const [yLow, yHigh] = extent(values) as [number, number];
  const y = scaleLinear()
    .domain(yLow === yHigh ? [yLow - 1, yHigh + 1] : [yLow, yHigh])
    .range([height - margin.bottom, margin.top])
    .nice();
  const xTicks = Math.min(10, Math.max(1, xHigh - xLow));
  const parts = [svgOpen(options.id, width, height, options.title, options.description)];
  parts.push(axisLeft(y as unknown as LinearLike, margin.left, { gridRight: width - margin.right }));
  parts.push(
    axisBottom(x as unknown as LinearLike, height - margin.bottom, {
      ticks: xTicks,
      integers: true,
      label: options.calendarOffset === null ? "simulated year" : "year",
    }),
  );
  const bandPath = area<BandYear>()
    .x((b) => x(b.year + offset))
    .y0((b) => y(b.lower))
    .y1((b) => y(b.upper))(options.band as BandYear[]);
  const medianPath = line<BandYear>()
    .x((b) => x(b.year + offset))
    .y((b) => y(b.median))(options.band as BandYear[]);
  if (bandPath) parts.push(`<path class="band" d="${roundPath(bandPath)}"/>`);
  if (medianPath) parts.push(`<path class="median" d="${roundPath(medianPath)}"/>`);
  for (const marker of options.markers) {
    const mx = px(x(marker.year + offset));
    parts.push(
      `<line class="marker" x1="${mx}" x2="${mx}" y1="${margin.top}" y2="${height - margin.bottom}"/>` +
        `<text class="marker-label" x="${mx}" y="${margin.top + 10}" dx="-4" text-anchor="end">${esc(marker.label)}</text>`,
    );
  }
  parts.push(
    `<text class="axis-label" transform="translate(14 ${px((margin.top + height - margin.bottom) / 2)}) rotate(-90)" text-anchor="middle">${esc(options.yLabel)}</text>`,
  );
  parts.push("</svg>");
  return parts.join("");
}

/** Rounds the numbers of an SVG path to 0.1 px. */
function roundPath(path: string): string {
  return path.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => px(Number(n)));
}
