import type { World } from "./world.js";
import { asin, cos, sin } from "../math.js";

/** Mean Earth radius (IUGG), km. The spherical error (under 0.5%) is far below the other uncertainties. */
export const EARTH_RADIUS_KM = 6371.0088;

const DEG = Math.PI / 180;

/** Above this many cells an N×N matrix (8 bytes a cell) no longer fits comfortably in a browser tab. */
const MAX_MATRIX_CELLS = 134_217_728; // 2^27

/**
 * Per point, the half-angle sines and cosines a haversine needs, five numbers at [5 * point]:
 * sin φ/2, cos φ/2, sin λ/2, cos λ/2, cos φ. Precomputing them leaves no trigonometry in the pair
 * loop but one asin, and a flat array keeps that loop on contiguous memory. Every distance in this
 * file goes through `centralAngleTerm` on these values, so a distance is bit-for-bit the same
 * whichever function computed it (ties in the neighbour search then agree with a brute-force check).
 */
const TRIG_WIDTH = 5;

function trigTable(lat: ArrayLike<number>, lon: ArrayLike<number>): Float64Array {
  const table = new Float64Array(lat.length * TRIG_WIDTH);
  for (let p = 0; p < lat.length; p++) {
    const halfLat = (lat[p]! * DEG) / 2;
    const halfLon = (lon[p]! * DEG) / 2;
    const o = p * TRIG_WIDTH;
    table[o] = sin(halfLat);
    table[o + 1] = cos(halfLat);
    table[o + 2] = sin(halfLon);
    table[o + 3] = cos(halfLon);
    table[o + 4] = cos(lat[p]! * DEG);
  }
  return table;
}

/**
 * The haversine term h = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2) of points a and b of a trig table,
 * with sin(Δ/2) expanded by the angle-difference identity. Symmetric in a and b to the last bit.
 */
function centralAngleTerm(t: Float64Array, a: number, b: number): number {
  const oa = a * TRIG_WIDTH;
  const ob = b * TRIG_WIDTH;
  const sinHalfDLat = t[ob]! * t[oa + 1]! - t[ob + 1]! * t[oa]!;
  const sinHalfDLon = t[ob + 2]! * t[oa + 3]! - t[ob + 3]! * t[oa + 2]!;
  const h = sinHalfDLat * sinHalfDLat + t[oa + 4]! * t[ob + 4]! * sinHalfDLon * sinHalfDLon;
  return h < 0 ? 0 : h > 1 ? 1 : h;
}

function kmOfTerm(h: number): number {
  return 2 * EARTH_RADIUS_KM * asin(Math.sqrt(h));
}

/** Great-circle (haversine) distance in km between two points given in decimal degrees. */
export function greatCircleKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return kmOfTerm(centralAngleTerm(trigTable([lat1, lat2], [lon1, lon2]), 0, 1));
}

/**
 * Distance between the capitals of regions i and j as the model uses it: great-circle km, times
 * `seaFactor` when the two regions are in different groups, because moving goods or people between
 * island groups means a sea crossing, which costs more than the same km overland.
 */
export function pairDistanceKm(world: World, i: number, j: number, seaFactor: number): number {
  checkSeaFactor(seaFactor);
  const trig = trigTable([world.lat[i]!, world.lat[j]!], [world.lon[i]!, world.lon[j]!]);
  return kmOfTerm(centralAngleTerm(trig, 0, 1)) * (world.groupOf[i] === world.groupOf[j] ? 1 : seaFactor);
}

/**
 * A distance function over one world, `(i, j) => km` exactly as `pairDistanceKm` computes it, with
 * the trigonometry of every capital computed once (O(N) memory): for callers that ask for many
 * pairs of a world too large for `distanceMatrix`.
 */
export function pairDistanceLookup(world: World, seaFactor: number): (i: number, j: number) => number {
  checkSeaFactor(seaFactor);
  const trig = trigTable(world.lat, world.lon);
  const groupOf = world.groupOf;
  return (i, j) => kmOfTerm(centralAngleTerm(trig, i, j)) * (groupOf[i] === groupOf[j] ? 1 : seaFactor);
}

/**
 * All pair distances, N×N row-major ([i * N + j]), for worlds small enough to hold them (the 34
 * provinces, the 514 regencies). Large worlds use `nearestNeighbours` instead.
 */
export function distanceMatrix(world: World, seaFactor: number): Float64Array {
  checkSeaFactor(seaFactor);
  const n = world.size;
  if (n * n > MAX_MATRIX_CELLS) {
    throw new RangeError(
      `distanceMatrix: ${n} regions would need ${n * n} cells; use nearestNeighbours for worlds this large`,
    );
  }
  const trig = trigTable(world.lat, world.lon);
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d =
        kmOfTerm(centralAngleTerm(trig, i, j)) * (world.groupOf[i] === world.groupOf[j] ? 1 : seaFactor);
      out[i * n + j] = d;
      out[j * n + i] = d;
    }
  }
  return out;
}

/**
 * The k nearest other regions of each region by `pairDistanceKm`, N×k row-major, each row sorted by
 * distance with ties broken by the lower index. k is capped at N − 1, so a row is
 * `result.length / world.size` wide.
 *
 * Each row keeps a bounded max-heap of its k best. Candidates are visited outward in order of latitude
 * from the region, and the sweep stops once the latitude gap alone (a great-circle distance is at
 * least R·|Δφ|) exceeds the current k-th distance; a visited candidate is rejected by comparing its
 * haversine term with that of the k-th distance before any asin is taken. Memory is O(N·k); time is
 * O(N² log k) in the worst case (all regions on one parallel) and far less for an archipelago spread
 * over latitudes: well under a second for 20,000 regions in an Indonesia-sized box. Much larger or
 * more evenly spread worlds need a real spatial index (a k-d tree on the unit sphere), left for later.
 */
export function nearestNeighbours(world: World, k: number, seaFactor: number): Int32Array {
  checkSeaFactor(seaFactor);
  if (!Number.isInteger(k) || k < 0)
    throw new RangeError(`nearestNeighbours: k must be a whole number ≥ 0, got ${k}`);
  const n = world.size;
  const width = Math.min(k, Math.max(0, n - 1));
  const out = new Int32Array(n * width);
  if (width === 0) return out;

  const { lat, groupOf } = world;
  const trig = trigTable(lat, world.lon);
  const byLatitude = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => lat[a]! - lat[b]! || a - b);
  const rank = new Int32Array(n);
  byLatitude.forEach((region, r) => (rank[region] = r));
  // The least a degree of latitude can add to a distance, whatever the groups (the sea factor may be < 1),
  // and a slack of a metre: a computed haversine can fall short of the true distance by centimetres.
  const kmPerDegreeBound = EARTH_RADIUS_KM * DEG * Math.min(1, seaFactor) * (1 - 1e-9);
  const slackKm = 1e-3;
  const heapIndex = new Int32Array(width);
  const heapDistance = new Float64Array(width);

  for (let i = 0; i < n; i++) {
    const gi = groupOf[i];
    const latI = lat[i]!;
    let size = 0;
    // Haversine terms above which a candidate cannot beat the current worst kept one, per factor.
    let limitSame = Number.POSITIVE_INFINITY;
    let limitSea = Number.POSITIVE_INFINITY;
    let up = rank[i]! + 1;
    let down = rank[i]! - 1;

    for (;;) {
      // Take the unvisited region nearest in latitude; the other side is then no nearer.
      const gapUp = up < n ? lat[byLatitude[up]!]! - latI : Number.POSITIVE_INFINITY;
      const gapDown = down >= 0 ? latI - lat[byLatitude[down]!]! : Number.POSITIVE_INFINITY;
      const goUp = gapUp <= gapDown;
      const gap = goUp ? gapUp : gapDown;
      if (gap === Number.POSITIVE_INFINITY) break;
      if (size === width && gap * kmPerDegreeBound - slackKm > heapDistance[0]!) break;
      const j = goUp ? byLatitude[up++]! : byLatitude[down--]!;

      const same = groupOf[j] === gi;
      const h = centralAngleTerm(trig, i, j);
      if (size === width && h > (same ? limitSame : limitSea)) continue;
      const d = kmOfTerm(h) * (same ? 1 : seaFactor);
      if (size < width) {
        heapPush(heapDistance, heapIndex, size, d, j);
        size++;
      } else if (before(d, j, heapDistance[0]!, heapIndex[0]!)) {
        heapReplaceTop(heapDistance, heapIndex, width, d, j);
      } else {
        continue;
      }
      if (size === width) {
        limitSame = termLimit(heapDistance[0]!, 1);
        limitSea = termLimit(heapDistance[0]!, seaFactor);
      }
    }

    // Popping the max-heap yields the kept neighbours from farthest to nearest.
    for (let slot = width - 1; slot >= 0; slot--) {
      out[i * width + slot] = heapIndex[0]!;
      heapPopTop(heapDistance, heapIndex, slot + 1);
    }
  }
  return out;
}

function checkSeaFactor(seaFactor: number): void {
  if (!(Number.isFinite(seaFactor) && seaFactor > 0)) {
    throw new RangeError(`sea factor must be a positive number, got ${seaFactor}`);
  }
}

/**
 * The largest haversine term whose distance (times `factor`) can still be ≤ `distance`, with a margin
 * so that rounding never rejects a true candidate; candidates near the limit get the exact test.
 */
function termLimit(distance: number, factor: number): number {
  const halfAngle = distance / factor / (2 * EARTH_RADIUS_KM);
  if (halfAngle >= Math.PI / 2) return Number.POSITIVE_INFINITY;
  const s = sin(halfAngle);
  return s * s * (1 + 1e-9) + 1e-300;
}

/** Order of candidates: nearer first, then lower index. */
function before(d1: number, j1: number, d2: number, j2: number): boolean {
  return d1 < d2 || (d1 === d2 && j1 < j2);
}

// A max-heap by (distance, index) over parallel arrays: the root is the worst neighbour kept so far.

function heapPush(dist: Float64Array, idx: Int32Array, size: number, d: number, j: number): void {
  let c = size;
  while (c > 0) {
    const p = (c - 1) >> 1;
    if (!before(dist[p]!, idx[p]!, d, j)) break;
    dist[c] = dist[p]!;
    idx[c] = idx[p]!;
    c = p;
  }
  dist[c] = d;
  idx[c] = j;
}

function heapReplaceTop(dist: Float64Array, idx: Int32Array, size: number, d: number, j: number): void {
  let c = 0;
  for (;;) {
    const l = 2 * c + 1;
    if (l >= size) break;
    const r = l + 1;
    const m = r < size && before(dist[l]!, idx[l]!, dist[r]!, idx[r]!) ? r : l;
    if (!before(d, j, dist[m]!, idx[m]!)) break;
    dist[c] = dist[m]!;
    idx[c] = idx[m]!;
    c = m;
  }
  dist[c] = d;
  idx[c] = j;
}

function heapPopTop(dist: Float64Array, idx: Int32Array, size: number): void {
  const last = size - 1;
  if (last > 0) heapReplaceTop(dist, idx, last, dist[last]!, idx[last]!);
}
