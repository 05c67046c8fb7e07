// The map's key, drawn inside the SVG below the map so that an exported map explains itself: circle
// sizes, the colour scale of the current mode, and the agreement domains.
import type { Selection } from "d3";
import { fitText, textWidth } from "../charts/text-width.js";
import { INK } from "../charts/palette.js";
import type { CategoryLegend, RampLegend } from "./colour-scales.js";
import { NO_DATA_COLOUR } from "./colour-scales.js";

export type LegendGroup = Selection<SVGGElement, unknown, null, undefined>;

const FONT_SIZE = 11;
const TITLE_SIZE = 12;
const MARGIN = 16;
/** Below this width the three panels stack; above it they sit side by side. */
const WIDE = 900;

type PanelName = "size" | "colour" | "links";
interface Panel {
  x: number;
  y: number;
  width: number;
}

/** Where each legend panel goes, and the height of the band below the map that holds them. */
export interface LegendLayout {
  panels: Record<PanelName, Panel>;
  height: number;
}

/**
 * Side by side on a wide map (the colour panel widest: the Klassen quadrant names are long, as in
 * "relatively underdeveloped" or "maju tapi tertekan"); stacked on a narrow one, so that a map made
 * for a phone keeps its legend text legible instead of shrinking a desktop layout.
 */
export function legendLayout(width: number, maxRadius: number): LegendLayout {
  const sizeHeight = TITLE_SIZE + 10 + 2 * maxRadius + 12;
  const colourHeight = 96;
  const linksHeight = 70;
  if (width >= WIDE) {
    const scale = width / 960;
    return {
      panels: {
        size: { x: MARGIN, y: 0, width: 200 * scale },
        colour: { x: 232 * scale, y: 0, width: 420 * scale },
        links: { x: 668 * scale, y: 0, width: 280 * scale },
      },
      height: Math.max(sizeHeight, colourHeight, linksHeight) + 4,
    };
  }
  const full = width - 2 * MARGIN;
  return {
    panels: {
      colour: { x: MARGIN, y: 0, width: full },
      size: { x: MARGIN, y: colourHeight, width: full },
      links: { x: MARGIN, y: colourHeight + sizeHeight, width: full },
    },
    height: colourHeight + sizeHeight + linksHeight,
  };
}

const MAX_RAMP_WIDTH = 300;
const RAMP_HEIGHT = 10;
const RAMP_STOPS = 16;
/** Space kept between two tick labels (viewBox units); an inner label that would come closer is dropped. */
const TICK_LABEL_GAP = 6;

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
  layout: LegendLayout,
  size: SizeLegendSpec,
  colour: ColourLegendSpec,
  links: LinkLegendSpec | null,
): void {
  group.selectAll("*").remove();
  group.attr("font-size", FONT_SIZE).attr("fill", INK);
  const { panels } = layout;
  drawSizeLegend(panel(group, "size", panels.size, size.title), size);
  drawColourLegend(panel(group, "colour", panels.colour, colour.title), colour, panels.colour.width);
  if (links && links.domains.length > 0) {
    drawLinkLegend(panel(group, "links", panels.links, links.title), links, panels.links.width);
  }
}

function panel(group: LegendGroup, name: PanelName, place: Panel, title: string): LegendGroup {
  const g = group
    .append("g")
    .attr("class", `legend-${name}`)
    .attr("transform", `translate(${place.x},${place.y})`);
  g.append("text")
    .attr("class", "legend-title")
    .attr("y", TITLE_SIZE + 2)
    .attr("font-size", TITLE_SIZE)
    .attr("font-weight", 600)
    .text(fitText(title, place.width, TITLE_SIZE));
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

function drawColourLegend(g: LegendGroup, spec: ColourLegendSpec, width: number): void {
  const top = TITLE_SIZE + 10;
  if (spec.legend.kind === "ramp") {
    const legend = spec.legend;
    const rampWidth = Math.min(MAX_RAMP_WIDTH, width - 24);
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
      .attr("width", rampWidth)
      .attr("height", RAMP_HEIGHT)
      .attr("fill", `url(#${spec.gradientId})`)
      .attr("stroke", INK)
      .attr("stroke-width", 0.5);
    const ticks = spacedTicks(
      legend.ticks.map((value) => ({
        value,
        x: legend.position(value) * rampWidth,
        width: textWidth(spec.format(value), FONT_SIZE),
      })),
    );
    ticks.forEach((tick, k) => {
      g.append("line")
        .attr("x1", tick.x)
        .attr("x2", tick.x)
        .attr("y1", top + RAMP_HEIGHT)
        .attr("y2", top + RAMP_HEIGHT + 4)
        .attr("stroke", INK);
      g.append("text")
        .attr("x", tick.x)
        .attr("y", top + RAMP_HEIGHT + 6 + FONT_SIZE)
        // The end labels align with the ramp's ends, so a narrow drawing does not cut them off.
        .attr("text-anchor", k === 0 ? "start" : k === ticks.length - 1 ? "end" : "middle")
        .text(spec.format(tick.value));
    });
    if (spec.noData !== null) {
      swatch(g, 0, top + RAMP_HEIGHT + 2 * FONT_SIZE + 16, NO_DATA_COLOUR, spec.noData, width);
    }
  } else {
    const columnWidth = width / 2;
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

/**
 * Keeps the first and last tick, and inner ticks only where their labels have room. The first label
 * starts at its tick and the last ends at its tick (they align with the ramp's ends), inner ones are
 * centred: a long label near an end (Rp 1.000,0 juta beside Rp 1.300,0 juta) would otherwise overlap.
 */
export function spacedTicks<T extends { x: number; width: number }>(ticks: readonly T[]): T[] {
  const sorted = [...ticks].sort((a, b) => a.x - b.x);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined || first === last) return sorted;
  const kept = [first];
  let rightOfKept = first.x + first.width;
  const leftOfLast = last.x - last.width;
  for (const tick of sorted.slice(1, -1)) {
    const left = tick.x - tick.width / 2;
    const right = tick.x + tick.width / 2;
    if (left - rightOfKept >= TICK_LABEL_GAP && leftOfLast - right >= TICK_LABEL_GAP) {
      kept.push(tick);
      rightOfKept = right;
    }
  }
  kept.push(last);
  return kept;
}

function swatch(g: LegendGroup, x: number, y: number, colour: string, label: string, width: number): void {
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

function drawLinkLegend(g: LegendGroup, spec: LinkLegendSpec, width: number): void {
  const top = TITLE_SIZE + 14;
  const columnWidth = width / 2;
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
