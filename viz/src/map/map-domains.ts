// The value ranges behind the map's size and colour scales, computed over every frame of a run, so
// that a year-by-year animation shows regions changing rather than the scale being stretched anew
// each year.
import { max, min, quantileSorted } from "d3";
import type { RegionFrame } from "../run/run-data.js";
import type { ColourBy, SizeBy } from "./map-modes.js";

/** Growth beyond these quantiles saturates the colour: one shocked region must not wash out the rest. */
const GROWTH_QUANTILES = [0.02, 0.98] as const;
/** Half-width of the growth scale when every region grows alike, so the scale never collapses. */
const MIN_GROWTH_HALF_SPAN = 0.005;

type Frames = readonly Pick<RegionFrame, "population" | "grdp" | "grdpPerCapita" | "growth" | "agreements">[];

/** [0, largest value over all frames] of the size measure; the circle area is proportional to it. */
export function sizeDomain(frames: Frames, sizeBy: SizeBy): [number, number] {
  const largest = max(frames, (frame) => max(frame[sizeBy])) ?? 0;
  return [0, largest > 0 ? largest : 1];
}

/**
 * The colour domain of a mode over all frames:
 * - grdpPerCapita: [lowest, highest] positive value (a log scale);
 * - growth: [low, midpoint, high] with the median as midpoint and the range symmetric around it;
 * - agreements: [0, most agreements of any region];
 * - klassen: the quadrants [1, 2, 3, 4] (0, year 0, is drawn as undefined).
 */
export function colourDomain(frames: Frames, colourBy: ColourBy): number[] {
  switch (colourBy) {
    case "grdpPerCapita": {
      const positive = frames.flatMap((frame) => Array.from(frame.grdpPerCapita).filter((v) => v > 0));
      const low = min(positive);
      const high = max(positive);
      if (low === undefined || high === undefined) return [1, 10];
      return low < high ? [low, high] : [low * 0.9, high * 1.1];
    }
    case "growth": {
      const values = frames
        .flatMap((frame) => Array.from(frame.growth).filter(Number.isFinite))
        .sort((a, b) => a - b);
      if (values.length === 0) return [-MIN_GROWTH_HALF_SPAN, 0, MIN_GROWTH_HALF_SPAN];
      const mid = quantileSorted(values, 0.5) ?? 0;
      const low = quantileSorted(values, GROWTH_QUANTILES[0]) ?? mid;
      const high = quantileSorted(values, GROWTH_QUANTILES[1]) ?? mid;
      const half = Math.max(mid - low, high - mid, MIN_GROWTH_HALF_SPAN);
      return [mid - half, mid, mid + half];
    }
    case "agreements": {
      const most = max(frames, (frame) => max(frame.agreements)) ?? 0;
      return [0, Math.max(most, 1)];
    }
    case "klassen":
      return [1, 2, 3, 4];
  }
}
