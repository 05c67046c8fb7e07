// The map's key, drawn inside the SVG below the map so that an exported map explains itself: circle
// sizes, the colour scale of the current mode, and the agreement domains.
import type { Selection } from "d3";
import { fitText } from "../charts/text-width.js";
import { INK } from "../charts/palette.js";
import type { CategoryLegend, RampLegend } from "./colour-scales.js";
import { NO_DATA_COLOUR } from "./colour-scales.js";

export type LegendGroup = Selection<SVGGElement, unknown, null, undefined>;

/** Height of the band below the map that holds the legend. */
export const LEGEND_HEIGHT = 108;
const FONT_SIZE = 11;
const TITLE_SIZE = 12;
/**
 * Left edge and width of the three panels across the 960-unit map: the colour panel is the widest
 * because the Klassen quadrant names are long ("relatively underdeveloped", "maju tapi tertekan").
 */
const PANELS = {
  size: { x: 16, width: 200 },
  colour: { x: 232, width: 420 },
  links: { x: 668, width: 280 },
} as const;
type PanelName = keyof typeof PANELS;
const RAMP_WIDTH = 300;
const RAMP_HEIGHT = 10;
const RAMP_STOPS = 16;
/** Tick labels closer than this (viewBox units) would overlap: the inner one is dropped. */
const MIN_TICK_GAP = 44;

export interface SizeLegendSpec {
  title: string;
  /** Largest value of the scale (its domain's upper end). */
  max: number;
  radius: (value: number) => number;
  maxRadius: number;
  format: (value: number) => string;
}

export interface ColourLegendSpec {
  title: string;
  legend: RampLegend | CategoryLegend;
  format: (value: number) => string;
  /** Category labels by value (Klassen: index = quadrant, 0 = undefined). */
  categoryLabels: readonly string[];
  /** Show the grey "no data" swatch (growth in year 0; a ramp only). */
  noData: string | null;
  /** Page-unique id for the ramp's gradient. */
  gradientId: string;
}

export interface LinkLegendSpec {
  title: string;
  domains: Array<{ name: string; colour: string }>;
}

/** Draws the three panels side by side, replacing whatever the group held. */
export function drawMapLegend(
  group: LegendGroup,
  size: SizeLegendSpec,
  colour: ColourLegendSpec,
  links: LinkLegendSpec | null,
): void {
  group.selectAll("*").remove();
  group.attr("font-size", FONT_SIZE).attr("fill", INK);
  drawSizeLegend(panel(group, "size", size.title), size);
  drawColourLegend(panel(group, "colour", colour.title), colour);
  if (links && links.domains.length > 0) drawLinkLegend(panel(group, "links", links.title), links);
}

function panel(group: LegendGroup, name: PanelName, title: string): LegendGroup {
  const g = group
    .append("g")
    .attr("class", `legend-${name}`)
    .attr("transform", `translate(${PANELS[name].x},0)`);
  g.append("text")
    .attr("class", "legend-title")
    .attr("y", TITLE_SIZE + 2)
    .attr("font-size", TITLE_SIZE)
    .attr("font-weight", 600)
    .text(fitText(title, PANELS[name].width, TITLE_SIZE));
  return g;
}

/** Nested circles of round values: the largest round value below the maximum, a quarter and a sixteenth. */
function drawSizeLegend(g: LegendGroup, spec: SizeLegendSpec): void {
  const top = TITLE_SIZE + 10;
  const bottom = top + 2 * spec.maxRadius;
  const cx = spec.maxRadius;
  const values = [
    ...new Set([roundDown(spec.max), roundDown(spec.max / 4), roundDown(spec.max / 16)]),
  ].filter((v) => v > 0);
  let lastLabelY = -Infinity;
  for (const value of values) {
    const r = spec.radius(value);
    // Small circles' tops are close together: labels step down so they never overlap.
    const labelY = Math.max(bottom - 2 * r + FONT_SIZE * 0.35, lastLabelY + FONT_SIZE + 1);
    lastLabelY = labelY;
    g.append("circle")
      .attr("cx", cx)
      .attr("cy", bottom - r)
      .attr("r", r)
      .attr("fill", "none")
      .attr("stroke", INK)
      .attr("stroke-width", 0.75);
    g.append("line")
      .attr("x1", cx)
      .attr("x2", 2 * spec.maxRadius + 8)
      .attr("y1", bottom - 2 * r)
      .attr("y2", labelY - FONT_SIZE * 0.35)
      .attr("stroke", INK)
      .attr("stroke-width", 0.5)
      .attr("stroke-dasharray", "2 2");
    g.append("text")
      .attr("x", 2 * spec.maxRadius + 12)
      .attr("y", labelY)
      .text(spec.format(value));
  }
}

/** The largest number of the form d × 10ⁿ (d a single digit) not above the value. */
function roundDown(value: number): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  return Math.floor(value / power) * power;
}

function drawColourLegend(g: LegendGroup, spec: ColourLegendSpec): void {
  const top = TITLE_SIZE + 10;
  if (spec.legend.kind === "ramp") {
    const legend = spec.legend;
    const gradient = g
      .append("defs")
      .append("linearGradient")
      .attr("id", spec.gradientId)
      .attr("x1", 0)
      .attr("x2", 1)
      .attr("y1", 0)
      .attr("y2", 0);
    for (let s = 0; s <= RAMP_STOPS; s++) {
      const t = s / RAMP_STOPS;
      gradient.append("stop").attr("offset", t).attr("stop-color", legend.interpolator(t));
    }
    g.append("rect")
      .attr("y", top)
      .attr("width", RAMP_WIDTH)
      .attr("height", RAMP_HEIGHT)
      .attr("fill", `url(#${spec.gradientId})`)
      .attr("stroke", INK)
      .attr("stroke-width", 0.5);
    const ticks = spacedTicks(
      legend.ticks.map((value) => ({ value, x: legend.position(value) * RAMP_WIDTH })),
    );
    for (const tick of ticks) {
      g.append("line")
        .attr("x1", tick.x)
        .attr("x2", tick.x)
        .attr("y1", top + RAMP_HEIGHT)
        .attr("y2", top + RAMP_HEIGHT + 4)
        .attr("stroke", INK);
      g.append("text")
        .attr("x", tick.x)
        .attr("y", top + RAMP_HEIGHT + 6 + FONT_SIZE)
        .attr("text-anchor", "middle")
        .text(spec.format(tick.value));
    }
    if (spec.noData !== null)
      swatch(g, 0, top + RAMP_HEIGHT + 2 * FONT_SIZE + 16, NO_DATA_COLOUR, spec.noData);
  } else {
    const columnWidth = PANELS.colour.width / 2;
    spec.legend.categories.forEach(({ value, colour }, k) => {
      const label = spec.categoryLabels[value] ?? String(value);
      swatch(
        g,
        (k % 2) * columnWidth,
        top + 4 + Math.floor(k / 2) * (FONT_SIZE + 9),
        colour,
        label,
        columnWidth,
      );
    });
  }
}

/** Keeps the first and last tick, and inner ticks only where their labels have room. */
function spacedTicks(ticks: Array<{ value: number; x: number }>): Array<{ value: number; x: number }> {
  const sorted = [...ticks].sort((a, b) => a.x - b.x);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined || first === last) return sorted;
  const kept = [first];
  for (const tick of sorted.slice(1, -1)) {
    if (tick.x - kept[kept.length - 1]!.x >= MIN_TICK_GAP && last.x - tick.x >= MIN_TICK_GAP) kept.push(tick);
  }
  kept.push(last);
  return kept;
}

function swatch(
  g: LegendGroup,
  x: number,
  y: number,
  colour: string,
  label: string,
  width: number = PANELS.colour.width,
): void {
  g.append("circle")
    .attr("cx", x + 6)
    .attr("cy", y + 6)
    .attr("r", 6)
    .attr("fill", colour)
    .attr("stroke", INK)
    .attr("stroke-width", 0.5);
  g.append("text")
    .attr("x", x + 16)
    .attr("y", y + 6 + FONT_SIZE * 0.35)
    .text(fitText(label, width - 20, FONT_SIZE));
}

function drawLinkLegend(g: LegendGroup, spec: LinkLegendSpec): void {
  const top = TITLE_SIZE + 14;
  const columnWidth = PANELS.links.width / 2;
  spec.domains.forEach(({ name, colour }, k) => {
    const x = (k % 2) * columnWidth;
    const y = top + Math.floor(k / 2) * (FONT_SIZE + 9);
    g.append("path")
      .attr("d", `M${x},${y + 8}Q${x + 10},${y - 2} ${x + 20},${y + 8}`)
      .attr("fill", "none")
      .attr("stroke", colour)
      .attr("stroke-width", 2.5);
    g.append("text")
      .attr("x", x + 26)
      .attr("y", y + 4 + FONT_SIZE * 0.35)
      .text(fitText(name, columnWidth - 30, FONT_SIZE));
  });
}
