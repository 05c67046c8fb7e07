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
 * The capitals are put in a k-d tree on their unit vectors (3-D, so that no latitude or meridian is
 * special), and each row keeps a bounded max-heap of its k best. A subtree is skipped when the chord
 * from the region to its bounding box is longer than the chord of the current k-th distance (a
 * great-circle distance grows with the chord, and the sea factor only lengthens distances when it
 * is ≥ 1; below 1 the bound is scaled by it); a visited candidate is rejected by comparing its
 * haversine term with that of the k-th distance before any asin is taken. Every distance that
 * decides is computed exactly as `pairDistanceKm` computes it, so the result is the brute-force one,
 * ties included. Memory is O(N·k); time is about O(N·(k + log N)) for spread-out worlds: 100,000
 * regions with k = 64 take seconds, where an O(N²) scan would take hours.
 */
export function nearestNeighbours(world: World, k: number, seaFactor: number): Int32Array {
  checkSeaFactor(seaFactor);
  if (!Number.isInteger(k) || k < 0)
    throw new RangeError(`nearestNeighbours: k must be a whole number ≥ 0, got ${k}`);
  const n = world.size;
  const width = Math.min(k, Math.max(0, n - 1));
  const out = new Int32Array(n * width);
  if (width === 0) return out;

  const { groupOf } = world;
  const trig = trigTable(world.lat, world.lon);
  const tree = new KdTree(unitVectors(world.lat, world.lon));
  const xyz = tree.xyz;
  const heapIndex = new Int32Array(width);
  const heapDistance = new Float64Array(width);
  const stack = new Int32Array(2 * tree.depth + 8);
  // The least share of a chord's great-circle distance a pair's distance can be (the sea factor may be < 1).
  const shortest = Math.min(1, seaFactor);
  // Slack on the pruning bound: computed chords and haversines can be off by a few ulps; a metre
  // of distance and a relative 1e-9 keep every true candidate.
  const slackKm = 1e-3;

  for (let i = 0; i < n; i++) {
    const gi = groupOf[i];
    const x = xyz[3 * i]!;
    const y = xyz[3 * i + 1]!;
    const z = xyz[3 * i + 2]!;
    let size = 0;
    // Haversine terms above which a candidate cannot beat the current worst kept one, per factor,
    // and the squared chord above which a whole subtree cannot.
    let limitSame = Number.POSITIVE_INFINITY;
    let limitSea = Number.POSITIVE_INFINITY;
    let limitChord2 = Number.POSITIVE_INFINITY;

    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const node = stack[--top]!;
      if (tree.boxDistance2(node, x, y, z) > limitChord2) continue;
      const left = tree.left[node]!;
      if (left < 0) {
        for (let p = tree.start[node]!; p < tree.end[node]!; p++) {
          const j = tree.order[p]!;
          if (j === i) continue;
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
            limitChord2 = chordLimit2(heapDistance[0]! / shortest + slackKm);
          }
        }
        continue;
      }
      // Visit the nearer child first (pushed last), so that the k-th distance shrinks early.
      const right = left + 1;
      const nearLeft = tree.boxDistance2(left, x, y, z) <= tree.boxDistance2(right, x, y, z);
      stack[top++] = nearLeft ? right : left;
      stack[top++] = nearLeft ? left : right;
    }

    // Popping the max-heap yields the kept neighbours from farthest to nearest.
    for (let slot = width - 1; slot >= 0; slot--) {
      out[i * width + slot] = heapIndex[0]!;
      heapPopTop(heapDistance, heapIndex, slot + 1);
    }
  }
  return out;
}

/** Unit vectors of the capitals, [3 * point]: cos φ cos λ, cos φ sin λ, sin φ. */
function unitVectors(lat: ArrayLike<number>, lon: ArrayLike<number>): Float64Array {
  const xyz = new Float64Array(3 * lat.length);
  for (let p = 0; p < lat.length; p++) {
    const cosLat = cos(lat[p]! * DEG);
    xyz[3 * p] = cosLat * cos(lon[p]! * DEG);
    xyz[3 * p + 1] = cosLat * sin(lon[p]! * DEG);
    xyz[3 * p + 2] = sin(lat[p]! * DEG);
  }
  return xyz;
}

/** The squared chord (unit sphere) of a great-circle distance, with a relative margin; ∞ past half the globe. */
function chordLimit2(distanceKm: number): number {
  const halfAngle = distanceKm / (2 * EARTH_RADIUS_KM);
  if (halfAngle >= Math.PI / 2) return Number.POSITIVE_INFINITY;
  const chord = 2 * sin(halfAngle);
  return chord * chord * (1 + 1e-9) + 1e-18;
}

/** Points per leaf of the k-d tree. */
const LEAF_SIZE = 8;

/**
 * A k-d tree over 3-D points, built once by median splits on the widest axis. Nodes are numbered
 * so that a node's children are `left` and `left + 1`; a leaf has left = −1 and holds
 * order[start..end). Each node keeps its bounding box, [6 * node]: min x, y, z, max x, y, z.
 */
class KdTree {
  readonly order: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly left: Int32Array;
  readonly box: Float64Array;
  depth = 0;
  private nodes = 0;

  constructor(readonly xyz: Float64Array) {
    const n = xyz.length / 3;
    this.order = Int32Array.from({ length: n }, (_, p) => p);
    const capacity = 2 * Math.ceil(n / (LEAF_SIZE / 2)) + 1;
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.left = new Int32Array(capacity);
    this.box = new Float64Array(6 * capacity);
    this.nodes = 1;
    this.build(0, 0, n, 0);
  }

  private build(node: number, start: number, end: number, depth: number): void {
    this.depth = Math.max(this.depth, depth);
    this.start[node] = start;
    this.end[node] = end;
    const { xyz, order, box } = this;
    const b = 6 * node;
    for (let a = 0; a < 3; a++) {
      box[b + a] = Number.POSITIVE_INFINITY;
      box[b + 3 + a] = Number.NEGATIVE_INFINITY;
    }
    for (let p = start; p < end; p++) {
      const o = 3 * order[p]!;
      for (let a = 0; a < 3; a++) {
        box[b + a] = Math.min(box[b + a]!, xyz[o + a]!);
        box[b + 3 + a] = Math.max(box[b + 3 + a]!, xyz[o + a]!);
      }
    }
    if (end - start <= LEAF_SIZE) {
      this.left[node] = -1;
      return;
    }
    let axis = 0;
    for (let a = 1; a < 3; a++) {
      if (box[b + 3 + a]! - box[b + a]! > box[b + 3 + axis]! - box[b + axis]!) axis = a;
    }
    order.subarray(start, end).sort((p, q) => xyz[3 * p + axis]! - xyz[3 * q + axis]! || p - q);
    const middle = (start + end) >> 1;
    const left = this.nodes;
    this.nodes += 2;
    this.left[node] = left;
    this.build(left, start, middle, depth + 1);
    this.build(left + 1, middle, end, depth + 1);
  }

  /** Squared distance from (x, y, z) to the node's bounding box (0 inside). */
  boxDistance2(node: number, x: number, y: number, z: number): number {
    const b = 6 * node;
    const box = this.box;
    const dx = Math.max(box[b]! - x, 0, x - box[b + 3]!);
    const dy = Math.max(box[b + 1]! - y, 0, y - box[b + 4]!);
    const dz = Math.max(box[b + 2]! - z, 0, z - box[b + 5]!);
    return dx * dx + dy * dy + dz * dz;
  }
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
