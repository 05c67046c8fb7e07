// What a dashboard run produces, as the main thread holds it: the yearly rows of every replicate
// (for the charts, with medians and bands across seeds) and, for replicate 0, each year's region
// figures and active agreements (for the map, the region panel and the data tables).
import type { Scenario, YearRow } from "../../../sim/index.js";

/** A region as the map and the tables name and place it (from the world). */
export interface RegionInfo {
  id: string;
  /** Untrusted text from a world file: always shown with textContent, never as HTML. */
  name: string;
  group: string;
  /** The province, for worlds whose file names one (untrusted text, like `name`); absent otherwise. */
  province?: string;
  /** The world file's note of which figures are estimates (untrusted text), when it has one. */
  estimated?: string;
  lat: number;
  lon: number;
}

/**
 * One year of replicate 0, region by region (index i = the world's region i). Typed arrays, so that
 * a frame of a 514-region world crosses from the worker without copying object graphs.
 */
export interface RegionFrame {
  year: number;
  population: Float64Array;
  grdp: Float64Array;
  /** Million IDR per person (Rp juta), as in the CLI's region rows. */
  grdpPerCapita: Float64Array;
  /** Growth of the region's GRDP over the previous year; NaN in year 0. */
  growth: Float64Array;
  /** Klassen quadrant 1–4; 0 in year 0 (undefined). */
  klassen: Int8Array;
  /** Active agreements the region is party to. */
  agreements: Int32Array;
  /** Net gain from cooperation this year, billion IDR. */
  netGain: Float64Array;
  capacity: Float64Array;
  ego: Float64Array;
  /** Active agreements as parallel arrays: regions linkA[k] < linkB[k] in domain linkDomain[k]. */
  linkA: Int32Array;
  linkB: Int32Array;
  /** Index into RunData.domains. */
  linkDomain: Uint8Array;
}

/** A run of one scenario with one or more replicates (seeds seed, seed+1, …). */
export interface RunData {
  /** The scenario as the model ran it (every default filled in). */
  scenario: Scenario;
  /** Seed of each replicate: replicate r runs with seed + r, as `sinergi run --seed` would. */
  seeds: number[];
  /** Domain names in the model's order (the per-domain columns of YearRow use them). */
  domains: string[];
  regions: RegionInfo[];
  /** years[r][t]: replicate r's row of year t; replicates fill year by year, all at the same pace. */
  years: YearRow[][];
  /** frames[t]: replicate 0's regions in year t. */
  frames: RegionFrame[];
  /** Policy spending over the run per replicate (billion IDR), once complete. */
  totalPolicyCost: number[];
  /** Whether every year of every replicate has arrived. */
  complete: boolean;
}
