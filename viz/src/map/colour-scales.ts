// Colour of a region's circle for each colour mode, all colour-blind-safe: viridis (log) for income
// per person, purple–orange diverging around the median for growth, the charts' Klassen colours
// (viz/src/charts/palette.ts) for the quadrants and cividis for the number of agreements. Each scale also says how its legend reads.
import {
  interpolateCividis,
  interpolatePuOr,
  interpolateViridis,
  scaleLinear,
  scaleLog,
  scaleSqrt,
  type ScaleContinuousNumeric,
} from "d3";
import { KLASSEN_COLOURS } from "../charts/palette.js";
import type { ColourBy } from "./map-modes.js";

/** Circles without a value (growth in year 0, a region with no income figure): Klassen's "undefined" grey. */
export const NO_DATA_COLOUR = KLASSEN_COLOURS[0];

/** A continuous colour legend: a ramp from position 0 to 1, with ticks at the values' positions. */
export interface RampLegend {
  kind: "ramp";
  interpolator: (t: number) => string;
  position: (value: number) => number;
  ticks: number[];
}

/** A categorical legend: one swatch per category (Klassen quadrants 1–4, then 0 = undefined). */
export interface CategoryLegend {
  kind: "categories";
  categories: Array<{ value: number; colour: string }>;
}

export interface RegionColourScale {
  colour: (value: number) => string;
  legend: RampLegend | CategoryLegend;
}

/** Low growth brown-orange, high growth purple: the diverging scheme reversed so "more" is the cool end. */
const growthInterpolator = (t: number): string => interpolatePuOr(1 - t);

export function regionColourScale(colourBy: ColourBy, domain: readonly number[]): RegionColourScale {
  switch (colourBy) {
    case "grdpPerCapita": {
      const [low = 1, high = 10] = domain;
      const position = scaleLog().domain([low, high]).range([0, 1]).clamp(true);
      return ramp(interpolateViridis, position, (v) => v > 0, logTicks(position));
    }
    case "growth": {
      const [low = -0.01, mid = 0, high = 0.01] = domain;
      const position = scaleLinear().domain([low, high]).range([0, 1]).clamp(true);
      return ramp(growthInterpolator, position, () => true, [low, mid, high]);
    }
    case "agreements": {
      const [, high = 1] = domain;
      const position = scaleSqrt().domain([0, high]).range([0, 1]).clamp(true);
      const ticks = position.ticks(4).filter(Number.isInteger);
      if (ticks[ticks.length - 1] !== high) ticks.push(high);
      return ramp(interpolateCividis, position, (v) => v >= 0, ticks);
    }
    case "klassen":
      return {
        colour: (value) => klassenColour(value),
        legend: {
          kind: "categories",
          categories: [1, 2, 3, 4, 0].map((value) => ({ value, colour: klassenColour(value) })),
        },
      };
  }
}

function ramp(
  interpolator: (t: number) => string,
  position: ScaleContinuousNumeric<number, number>,
  valid: (value: number) => boolean,
  ticks: number[],
): RegionColourScale {
  return {
    colour: (value) =>
      Number.isFinite(value) && valid(value) ? interpolator(position(value)) : NO_DATA_COLOUR,
    legend: { kind: "ramp", interpolator, position: (value) => position(value), ticks },
  };
}

/** The ends of the range, and between them the log scale's round values (1, 2, 5 × 10ⁿ) if few enough. */
function logTicks(position: ScaleContinuousNumeric<number, number>): number[] {
  const [low = 1, high = 10] = position.domain();
  const round = position.ticks(5).filter((v) => v > low * 1.15 && v < high / 1.15);
  const preferred = round.filter((v) => ["1", "2", "5"].includes(v.toExponential(0).charAt(0)));
  const inner =
    preferred.length <= 3 ? preferred : preferred.filter((_, k) => k % Math.ceil(preferred.length / 3) === 0);
  return [low, ...inner, high];
}

function klassenColour(quadrant: number): string {
  return quadrant === 1 || quadrant === 2 || quadrant === 3 || quadrant === 4
    ? KLASSEN_COLOURS[quadrant]
    : NO_DATA_COLOUR;
}
