// AssemblyScript, not the project's TypeScript: compiled to WebAssembly by bench/wasm-kernels.ts to
// measure what a WebAssembly core would gain (docs/performance.md, "Eighth round").
//
// Partner search's discovery for one search (sim/model/phases/search.ts): Alea draws (sim/rng.ts),
// each turned into a geometric skip by GeometricSkips's table (sim/model/geometric-skips.ts), and the
// regions of the pool noticed. The same draws and the same regions (the script checks every search).

export function alloc(bytes: i32): usize {
  return heap.alloc(<usize>bytes);
}

const TWO_TO_MINUS_32: f64 = 2.3283064365386963e-10;
const BUCKETS: f64 = 4096;
const MARGIN: f64 = 1.0 / 1073741824.0;

/** AleaRng.next: the state is s0, s1, s2 and the carry c, four doubles at `state`. */
function next(state: usize): f64 {
  const t = 2091639.0 * load<f64>(state) + load<f64>(state, 24) * TWO_TO_MINUS_32;
  store<f64>(state, load<f64>(state, 8));
  store<f64>(state, load<f64>(state, 16), 8);
  // t is in [0, 2091640): truncation is JavaScript's t | 0.
  const carry = <f64>(<i32>t);
  store<f64>(state, carry, 24);
  const u = t - carry;
  store<f64>(state, u, 16);
  return u;
}

/**
 * Writes the regions noticed (and their ranks in the searcher's list, −1 without one) from position
 * `start` on; returns the new count, or −1 when a draw fell within the margin of a threshold, where
 * GeometricSkips takes the formula (log1p), which this experiment does not port.
 */
export function discover(
  state: usize,
  thresholds: usize,
  thresholdCount: i32,
  bucketStart: usize,
  poolSize: i32,
  neighboursRow: usize,
  usePool: bool,
  candidates: usize,
  ranks: usize,
  start: i32,
): i32 {
  let count = start;
  let p = -1;
  for (;;) {
    const u = next(state);
    let lo = load<i32>(bucketStart + ((<usize>(<i32>(u * BUCKETS))) << 2));
    while (lo < thresholdCount && load<f64>(thresholds + ((<usize>lo) << 3)) <= u) lo++;
    const margin = u * MARGIN;
    if (
      (lo > 0 && u - load<f64>(thresholds + ((<usize>(lo - 1)) << 3)) <= margin) ||
      (lo < thresholdCount && load<f64>(thresholds + ((<usize>lo) << 3)) - u <= margin)
    )
      return -1;
    p += 1 + lo;
    if (!(p < poolSize)) break;
    store<i32>(
      candidates + ((<usize>count) << 2),
      usePool ? load<i32>(neighboursRow + ((<usize>p) << 2)) : p,
    );
    store<i32>(ranks + ((<usize>count) << 2), usePool ? p : -1);
    count++;
  }
  return count;
}
