import { createRng } from "../../../sim/index.js";
import type { LineSeries } from "../../../viz/src/charts/series.js";

/**
 * A random walk per series with a band around it, drawn from sim's seeded generator, so every snapshot
 * and count in these tests is the same on every machine.
 */
export function seededSeries(seed: number, count: number, years: number, start = 2022): LineSeries[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, s) => {
    let value = 0.3 + 0.05 * s;
    const points = [];
    const band = [];
    for (let t = 0; t < years; t++) {
      value += 0.01 * rng.normal();
      const spread = 0.01 + 0.02 * rng.next();
      points.push({ x: start + t, y: Math.round(value * 1e4) / 1e4 });
      band.push({
        x: start + t,
        low: Math.round((value - spread) * 1e4) / 1e4,
        high: Math.round((value + spread) * 1e4) / 1e4,
      });
    }
    return { key: `series_${s}`, label: `Series ${s}`, points, band };
  });
}

/** Groups of values, each normal around its own centre, from sim's seeded generator. */
export function seededGroups(
  seed: number,
  count: number,
  size: number,
): { label: string; values: number[] }[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, g) => ({
    label: `Group ${g}`,
    values: Array.from({ length: size }, () => Math.round((g + rng.normal()) * 1e3) / 1e3),
  }));
}

/** Serialized markup, one element per line, so a snapshot diff shows which element changed. */
export function markup(element: Element): string {
  return element.outerHTML.replace(/></g, ">\n<");
}
