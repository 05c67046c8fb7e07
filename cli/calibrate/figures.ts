/**
 * The figures of `sinergi calibrate`, as standalone SVG files (styles inside, no script): observed and
 * simulated disparity indices by year, and per-province paths of per-capita GRDP as small multiples.
 */
import { line, scaleLinear, scaleLog } from "d3";
import type { Disparity, Paths } from "../../sim/calibration/index.js";
import type { World } from "../../sim/world/world.js";
import { exp } from "../../sim/math.js";
import { axisBottom, axisLeft, esc, px, svgOpen } from "../report/svg.js";

const STYLE =
  "<style>text{font:11px sans-serif;fill:#222}.axis line{stroke:#888}.grid{stroke:#e4e4e4}" +
  ".obs{fill:none;stroke:#111;stroke-width:2}.sim{fill:none;stroke:#1f77b4;stroke-width:1.6;stroke-dasharray:5 3}" +
  ".shock{fill:none;stroke:#d62728;stroke-width:1.4}.split{stroke:#999;stroke-dasharray:2 3}" +
  ".panel-title{font-weight:bold}.legend text{font-size:12px}</style>";

export interface FigureInput {
  world: World;
  startYear: number;
  /** Year index (t) of the last fitted year. */
  fitEnd: number;
  observed: Paths;
  simulated: Paths;
  /** Simulated with the fitted pandemic shock, when there is one, and the shock's year. */
  shocked?: Paths | undefined;
  shockYear?: number | undefined;
}

const INDEX_PANELS: Array<[keyof Disparity, string]> = [
  ["williamson", "Williamson index"],
  ["theil", "Theil T"],
  ["theilBetween", "Theil T between island groups"],
  ["theilWithin", "Theil T within island groups"],
];

function legend(x: number, y: number, shockYear: number | undefined): string {
  const items: Array<[string, string]> = [
    ["obs", "observed (BPS, constant 2010 prices)"],
    ["sim", "simulated, mean over seeds"],
  ];
  if (shockYear !== undefined) items.push(["shock", `simulated with the ${shockYear} pandemic shock`]);
  let at = x;
  const parts = items.map(([cls, text]) => {
    const item =
      `<line class="${cls}" x1="${px(at)}" x2="${px(at + 24)}" y1="${px(y)}" y2="${px(y)}"/>` +
      `<text x="${px(at + 30)}" y="${px(y)}" dy="0.32em">${esc(text)}</text>`;
    // About 6 px per character at 12 px sans-serif, and a gap.
    at += 30 + 6 * text.length + 20;
    return item;
  });
  return `<g class="legend">${parts.join("")}</g>`;
}

/** Four panels: Williamson, Theil, between, within; the fit window left of the dotted line. */
export function indicesFigure(input: FigureInput): string {
  const { observed, simulated, shocked, startYear, fitEnd } = input;
  const years = observed.years;
  const panelWidth = 340;
  const panelHeight = 200;
  const margin = { top: 26, right: 16, bottom: 30, left: 52 };
  const width = 2 * (panelWidth + margin.left + margin.right);
  const height = 2 * (panelHeight + margin.top + margin.bottom) + 40;
  const parts = [
    svgOpen(
      "calibration-indices",
      width,
      height,
      "Disparity indices, observed and simulated",
      `Williamson and Theil T (between and within the island groups), ${startYear}–${startYear + years}; ` +
        `fitted ${startYear + 1}–${startYear + fitEnd}, out of sample after.`,
    ),
    STYLE,
    legend(margin.left, 16, shocked ? input.shockYear : undefined),
  ];
  INDEX_PANELS.forEach(([key, title], k) => {
    const ox = (k % 2) * (panelWidth + margin.left + margin.right) + margin.left;
    const oy = Math.floor(k / 2) * (panelHeight + margin.top + margin.bottom) + margin.top + 40;
    const series = [observed, simulated, ...(shocked ? [shocked] : [])].map((p) =>
      p.indices.slice(0, years + 1).map((d) => d[key]),
    );
    const all = series.flat();
    const x = scaleLinear()
      .domain([startYear, startYear + years])
      .range([ox, ox + panelWidth]);
    const y = scaleLinear()
      .domain([Math.min(...all), Math.max(...all)])
      .range([oy + panelHeight, oy])
      .nice();
    const path = line<number>()
      .x((_, t) => x(startYear + t))
      .y((v) => y(v));
    parts.push(
      `<text class="panel-title" x="${px(ox)}" y="${px(oy - 8)}">${esc(title)}</text>`,
      axisBottom(x, oy + panelHeight, { ticks: 7, integers: true, gridTop: oy }),
      axisLeft(y, ox, { ticks: 5, gridRight: ox + panelWidth }),
      `<line class="split" x1="${px(x(startYear + fitEnd))}" x2="${px(x(startYear + fitEnd))}" y1="${px(oy)}" y2="${px(oy + panelHeight)}"/>`,
      `<path class="obs" d="${path(series[0]!)}"/>`,
      `<path class="sim" d="${path(series[1]!)}"/>`,
      ...(series[2] ? [`<path class="shock" d="${path(series[2])}"/>`] : []),
    );
  });
  parts.push("</svg>");
  return parts.join("") + "\n";
}

/** One small panel per region: per-capita GRDP (million IDR, log scale), observed and simulated. */
export function provincesFigure(input: FigureInput): string {
  const { world, observed, simulated, shocked, startYear, fitEnd } = input;
  const n = world.size;
  const years = observed.years;
  const width = years + 1;
  const columns = 6;
  const panelWidth = 150;
  const panelHeight = 96;
  const gapX = 44;
  const gapY = 40;
  const rows = Math.ceil(n / columns);
  const svgWidth = columns * (panelWidth + gapX) + 10;
  const svgHeight = rows * (panelHeight + gapY) + 40;
  const parts = [
    svgOpen(
      "calibration-provinces",
      svgWidth,
      svgHeight,
      "Per-capita GRDP by province, observed and simulated",
      `Per-capita GRDP at constant 2010 prices, million IDR per person (log scale), ${startYear}–${startYear + years}; ` +
        `fitted to ${startYear + fitEnd}.`,
    ),
    STYLE,
    legend(gapX, 14, shocked ? input.shockYear : undefined),
  ];
  const perCapita = (p: Paths, i: number) =>
    Array.from({ length: width }, (_, t) => 1000 * exp(p.logIncome[i * (p.years + 1) + t]!));
  for (let i = 0; i < n; i++) {
    const ox = (i % columns) * (panelWidth + gapX) + gapX;
    const oy = Math.floor(i / columns) * (panelHeight + gapY) + gapY + 16;
    const series = [observed, simulated, ...(shocked ? [shocked] : [])].map((p) => perCapita(p, i));
    const all = series.flat();
    const x = scaleLinear()
      .domain([startYear, startYear + years])
      .range([ox, ox + panelWidth]);
    const y = scaleLog()
      .domain([Math.min(...all) * 0.97, Math.max(...all) * 1.03])
      .range([oy + panelHeight, oy]);
    const path = line<number>()
      .x((_, t) => x(startYear + t))
      .y((v) => y(v));
    const [low, high] = y.domain() as [number, number];
    parts.push(
      `<text class="panel-title" x="${px(ox)}" y="${px(oy - 6)}">${esc(shortName(world.names[i]!))}</text>`,
      axisBottom(x, oy + panelHeight, { ticks: 3, integers: true }),
      `<text x="${px(ox - 4)}" y="${px(oy + panelHeight)}" text-anchor="end">${low.toFixed(0)}</text>`,
      `<text x="${px(ox - 4)}" y="${px(oy + 8)}" text-anchor="end">${high.toFixed(0)}</text>`,
      `<line class="split" x1="${px(x(startYear + fitEnd))}" x2="${px(x(startYear + fitEnd))}" y1="${px(oy)}" y2="${px(oy + panelHeight)}"/>`,
      `<path class="obs" d="${path(series[0]!)}"/>`,
      `<path class="sim" d="${path(series[1]!)}"/>`,
      ...(series[2] ? [`<path class="shock" d="${path(series[2])}"/>`] : []),
    );
  }
  parts.push("</svg>");
  return parts.join("") + "\n";
}

/** A region name that fits a panel's width: what precedes a parenthesis, cut at 24 characters. */
function shortName(name: string): string {
  const base = name.replace(/\s*\(.*$/, "");
  return base.length > 24 ? `${base.slice(0, 23)}…` : base;
}
