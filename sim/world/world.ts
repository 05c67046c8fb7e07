/**
 * A validated world: one region per index, stored column-wise in typed arrays so that the
 * model's hot loops read contiguous memory. Built from world rows by `buildWorld`.
 */
export interface World {
  /** Number of regions. */
  readonly size: number;
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** Group (island group for Indonesia) of each region, as an index into `groups`. */
  readonly groupOf: Int32Array;
  readonly groups: readonly string[];
  /**
   * Province of each region (parallel to `ids`), for worlds whose file has a `province` column, so that
   * results can be aggregated by province; absent otherwise. A blank cell is "".
   */
  readonly provinces?: readonly string[];
  /**
   * The file's `estimated` note of each region (which figures are estimates, and how), carried for
   * display only; absent when the file has no such column, "" where a region's figures are as published.
   */
  readonly estimated?: readonly string[];
  /** Capital coordinates, decimal degrees. */
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  /** Persons. */
  readonly population: Float64Array;
  /** GRDP, billion IDR. */
  readonly grdp: Float64Array;
  /**
   * Sector shares of GRDP, row-major [region * SECTORS.length + sector], each in [0, 1];
   * the remainder to 1 is "other sectors".
   */
  readonly sectorShares: Float64Array;
  /** Institutional capacity in [0, 1] from the file, or NaN where the file has none. */
  readonly capacity: Float64Array;
  /** Regional ego in [0, 1] from the file, or NaN where the file has none. */
  readonly ego: Float64Array;
  /** Yearly population growth rate from the file, or NaN where the file has none. */
  readonly populationGrowth: Float64Array;
  /** Where the world came from (file name or generator description), for messages and manifests. */
  readonly source: string;
}

/** The sectors a world file carries, in the order of `World.sectorShares`. */
export const SECTORS = ["agriculture", "mining", "manufacturing", "trade", "accommodation"] as const;
export type Sector = (typeof SECTORS)[number];

/** One region as read from a world file, before validation into typed arrays. */
export interface WorldRow {
  id: string;
  name: string;
  group: string;
  /** Optional: the province (or other administrative parent) the region belongs to. */
  province?: string;
  /** Optional: which of the row's figures are estimates, and how (informational, not read by the model). */
  estimated?: string;
  lat: number;
  lon: number;
  population: number;
  grdp: number;
  share_agriculture: number;
  share_mining: number;
  share_manufacturing: number;
  share_trade: number;
  share_accommodation: number;
  capacity?: number;
  ego?: number;
  population_growth?: number;
}
