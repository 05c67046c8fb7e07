// Replicate 0's regions in one year, copied out of a model's state for the map, the region panel and
// the data tables. The figures are computed exactly as sim's YearRecorder.regionRows computes the CLI's
// `--regions-out` rows (same expressions, same summation order), so the dashboard and `sinergi run`
// agree to the last bit; test/viz/run/run-stepper.test.ts holds them side by side.
import { klassenQuadrants, type Model } from "../../../sim/index.js";
import type { RegionFrame } from "./run-data.js";

/** GRDP is held in billion IDR; per-capita figures are shown in million IDR per person (Rp juta). */
const MILLION_IDR_PER_BILLION = 1000;

/**
 * The model's current year as a frame. Every array is a fresh copy (the model reuses its state
 * arrays), so a frame can be kept, or its buffers transferred to another thread.
 */
export function regionFrame(model: Model): RegionFrame {
  const { state } = model;
  const n = model.context.world.size;
  const perCapita = new Float64Array(n);
  const growth = new Float64Array(n);
  let total = 0;
  let totalLast = 0;
  let people = 0;
  for (let i = 0; i < n; i++) {
    total += state.grdp[i]!;
    totalLast += state.grdpLastYear[i]!;
    people += state.population[i]!;
    perCapita[i] = state.grdp[i]! / state.population[i]!;
    growth[i] = state.grdp[i]! / state.grdpLastYear[i]! - 1;
  }
  const klassen = new Int8Array(n);
  if (state.year > 0) {
    klassenQuadrants(perCapita, growth, total / people, total / totalLast - 1, klassen);
  } else {
    // Year 0 has no growth yet, so neither growth nor a Klassen quadrant is defined.
    growth.fill(Number.NaN);
  }

  const grdpPerCapita = new Float64Array(n);
  for (let i = 0; i < n; i++) grdpPerCapita[i] = MILLION_IDR_PER_BILLION * perCapita[i]!;

  const table = state.agreements;
  const count = table.count;
  return {
    year: state.year,
    population: state.population.slice(),
    grdp: state.grdp.slice(),
    grdpPerCapita,
    growth,
    klassen,
    agreements: state.load.slice(),
    netGain: state.netGain.slice(),
    capacity: state.capacity.slice(),
    ego: state.ego.slice(),
    linkA: table.a.slice(0, count),
    linkB: table.b.slice(0, count),
    linkDomain: Uint8Array.from(table.domain.subarray(0, count)),
  };
}

/** The buffers of a frame, for `postMessage(message, transfer)`. */
export function frameBuffers(frame: RegionFrame): ArrayBuffer[] {
  return [
    frame.population,
    frame.grdp,
    frame.grdpPerCapita,
    frame.growth,
    frame.klassen,
    frame.agreements,
    frame.netGain,
    frame.capacity,
    frame.ego,
    frame.linkA,
    frame.linkB,
    frame.linkDomain,
  ].map((array) => array.buffer as ArrayBuffer);
}
