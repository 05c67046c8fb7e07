import { InputError } from "../input-error.js";
import { createRng, type Rng } from "../rng.js";
import { buildWorld } from "./build-world.js";
import { dirichletDraw, gammaDraw } from "./dirichlet.js";
import type { World, WorldRow } from "./world.js";
import { exp, log } from "../math.js";

export interface SyntheticWorldOptions {
  /** Number of regions, ≥ 2. */
  regions: number;
  /** Number of groups (island groups), 1..regions. Default 6, as Indonesia's BPS island groups. */
  groups?: number;
  /** Seed of the generator; the same options always give the same world. Default 1. */
  seed?: number | string;
}

/** The map box, roughly Indonesia's extent, so that distances are of the right order. */
const BOX = { lonMin: 95, lonMax: 141, latMin: -11, latMax: 6 } as const;
/** Group centres stay this far inside the box, so their regions are not all piled on its edge. */
const CENTRE_INSET_DEG = 2;
/** Candidates per group centre in best-candidate sampling: more spreads the groups more evenly. */
const CENTRE_CANDIDATES = 12;

/** Population: log-normal around a provincial median, truncated to the range of Indonesia's provinces. */
const POPULATION = { median: 4.0e6, logSd: 0.95, min: 7e5, max: 5e7 } as const;

/**
 * Per-capita GRDP, billion IDR per person: log y = log(median) + group effect + regional effect, plus,
 * for a few regions, a right-tail boost (the capital city, a mining province). Calibrated so that worlds
 * of about 34 regions have a Williamson index around Indonesia's (0.80 in 2022), with a few percent to a
 * fifth of the Theil index between groups (Indonesia: 8%); see test/sim/world/synthetic.test.ts.
 */
const INCOME = {
  median: 0.05,
  groupSd: 0.15,
  regionSd: 0.65,
  boostChance: 0.06,
  boostSd: 0.7,
} as const;
const INCOME_LOG_SD = Math.sqrt(INCOME.groupSd * INCOME.groupSd + INCOME.regionSd * INCOME.regionSd);

/**
 * Mean sector shares of GRDP (agriculture, mining, manufacturing, trade, accommodation, other), near the
 * unweighted means over Indonesia's provinces, and the Dirichlet concentration: lower means more spread.
 * Small means with a moderate concentration give the skew of the data: mining and accommodation are small
 * almost everywhere and large in a few places.
 */
const SHARE_MEANS = [0.19, 0.11, 0.17, 0.12, 0.02, 0.39] as const;
const SHARE_CONCENTRATION = 12;
/** Poorer regions are more agricultural: the agriculture weight scales by exp(−this × income z-score). */
const AGRICULTURE_INCOME_TILT = 0.4;

/**
 * A seeded world of any size for scaling studies: an archipelago of groups spread over a box like
 * Indonesia's, regions scattered around their group's centre (some groups larger than others),
 * heavy-tailed populations, skewed per-capita GRDP with a between-group component, and Dirichlet sector
 * shares. Every draw comes from one generator seeded by the options, in a fixed order, so the same
 * options give the same world on every platform. Capacity, ego and population growth are left unset
 * (NaN), as in a data file without those columns.
 */
export function syntheticWorld(options: SyntheticWorldOptions): World {
  const { regions, groups = 6, seed = 1 } = options;
  const source = `synthetic world (regions ${regions}, groups ${groups}, seed ${seed})`;
  if (!Number.isInteger(regions) || regions < 2) {
    throw new InputError(source, "regions", `must be a whole number ≥ 2 (got ${regions})`);
  }
  if (!Number.isInteger(groups) || groups < 1 || groups > regions) {
    throw new InputError(
      source,
      "groups",
      `must be a whole number from 1 to the number of regions (got ${groups})`,
    );
  }
  const rng = createRng(`synthetic:${seed}`);

  const counts = groupSizes(rng, regions, groups);
  const centres = groupCentres(rng, groups);
  const meanCount = regions / groups;
  const groupEffect = Array.from({ length: groups }, () => INCOME.groupSd * rng.normal());

  const idWidth = Math.max(4, String(regions).length);
  const rows: WorldRow[] = [];
  counts.forEach((count, g) => {
    const centre = centres[g]!;
    // Larger groups cover more sea and land, like Sumatera against Bali dan Nusa Tenggara.
    const spread = 0.8 + 1.2 * Math.sqrt(count / meanCount);
    for (let k = 0; k < count; k++) {
      const n = rows.length + 1;
      const lon = clamp(centre.lon + spread * rng.normal(), BOX.lonMin, BOX.lonMax);
      const lat = clamp(centre.lat + 0.6 * spread * rng.normal(), BOX.latMin, BOX.latMax);
      const population = truncatedLogNormal(
        rng,
        POPULATION.median,
        POPULATION.logSd,
        POPULATION.min,
        POPULATION.max,
      );
      const regional = groupEffect[g]! + INCOME.regionSd * rng.normal();
      const boost = rng.chance(INCOME.boostChance) ? Math.abs(INCOME.boostSd * rng.normal()) : 0;
      const logIncome = log(INCOME.median) + regional + boost;
      const incomeZ = regional / INCOME_LOG_SD;
      const alphas = SHARE_MEANS.map((mean) => mean * SHARE_CONCENTRATION);
      alphas[0] = alphas[0]! * exp(-AGRICULTURE_INCOME_TILT * incomeZ);
      const shares = dirichletDraw(rng, alphas);
      rows.push({
        id: `R${String(n).padStart(idWidth, "0")}`,
        name: `Region ${n}`,
        group: `Group ${g + 1}`,
        lat: round(lat, 5),
        lon: round(lon, 5),
        population: Math.round(population),
        grdp: round(population * exp(logIncome), 3),
        // Rounded down so that the five kept shares never add up to more than their exact sum (< 1).
        share_agriculture: floor(shares[0]!, 6),
        share_mining: floor(shares[1]!, 6),
        share_manufacturing: floor(shares[2]!, 6),
        share_trade: floor(shares[3]!, 6),
        share_accommodation: floor(shares[4]!, 6),
      });
    }
  });
  return buildWorld(rows, source);
}

/**
 * Region counts per group: one each, and the rest split in proportion to Gamma(1.5) weights by largest
 * remainder, so that group sizes vary about as much as Indonesia's (3 to 10 provinces per island group).
 */
function groupSizes(rng: Rng, regions: number, groups: number): number[] {
  const weights = Array.from({ length: groups }, () => gammaDraw(rng, 1.5));
  const total = weights.reduce((s, w) => s + w, 0);
  const rest = regions - groups;
  const exact = weights.map((w) => (rest * w) / total);
  const counts = exact.map((x) => 1 + Math.floor(x));
  let left = regions - counts.reduce((s, c) => s + c, 0);
  const byRemainder = exact
    .map((x, g) => ({ g, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.g - b.g);
  for (const { g } of byRemainder) {
    if (left === 0) break;
    counts[g] = counts[g]! + 1;
    left--;
  }
  return counts;
}

/** Best-candidate (Mitchell) sampling: each centre is the candidate farthest from those already placed. */
function groupCentres(rng: Rng, groups: number): { lon: number; lat: number }[] {
  const centres: { lon: number; lat: number }[] = [];
  for (let g = 0; g < groups; g++) {
    let best = { lon: 0, lat: 0 };
    let bestGap = -1;
    for (let c = 0; c < CENTRE_CANDIDATES; c++) {
      const candidate = {
        lon: BOX.lonMin + CENTRE_INSET_DEG + rng.next() * (BOX.lonMax - BOX.lonMin - 2 * CENTRE_INSET_DEG),
        lat: BOX.latMin + CENTRE_INSET_DEG + rng.next() * (BOX.latMax - BOX.latMin - 2 * CENTRE_INSET_DEG),
      };
      const gap = Math.min(
        Number.POSITIVE_INFINITY,
        ...centres.map((p) => Math.sqrt(squared(p.lon - candidate.lon) + squared(p.lat - candidate.lat))),
      );
      if (gap > bestGap) {
        best = candidate;
        bestGap = gap;
      }
    }
    centres.push(best);
  }
  return centres;
}

function truncatedLogNormal(rng: Rng, median: number, logSd: number, min: number, max: number): number {
  for (;;) {
    const x = median * exp(logSd * rng.normal());
    if (x >= min && x <= max) return x;
  }
}

function clamp(x: number, min: number, max: number): number {
  return x < min ? min : x > max ? max : x;
}

function squared(x: number): number {
  return x * x;
}

// Number("1e" + d) is exact by the language's string-to-number rule; 10 ** d need not be.
function round(x: number, digits: number): number {
  const f = Number(`1e${digits}`);
  return Math.round(x * f) / f;
}

function floor(x: number, digits: number): number {
  const f = Number(`1e${digits}`);
  return Math.floor(x * f) / f;
}
