import type { Rng } from "../rng.js";
import { log, pow } from "../math.js";

/**
 * A Gamma(shape, 1) deviate by Marsaglia and Tsang (2000): a squeeze-accepted transform of a normal
 * deviate, exact and with about one normal and one uniform per draw. Shapes below 1 use the boost
 * Gamma(a) = Gamma(a + 1) · U^(1/a) from the same paper.
 */
export function gammaDraw(rng: Rng, shape: number): number {
  if (!(shape > 0 && Number.isFinite(shape))) throw new RangeError(`gamma shape must be > 0, got ${shape}`);
  if (shape < 1) return gammaDraw(rng, shape + 1) * pow(rng.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normal();
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = rng.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (log(u) < 0.5 * x * x + d * (1 - v + log(v))) return d * v;
  }
}

/** A Dirichlet(alphas) draw: independent gammas normalised to sum 1. */
export function dirichletDraw(rng: Rng, alphas: readonly number[]): number[] {
  const draws = alphas.map((a) => gammaDraw(rng, a));
  const total = draws.reduce((sum, x) => sum + x, 0);
  // All gammas underflowing to 0 needs every shape tiny; fall back to the mean rather than divide by 0.
  if (!(total > 0)) {
    const alphaSum = alphas.reduce((sum, a) => sum + a, 0);
    return alphas.map((a) => a / alphaSum);
  }
  return draws.map((x) => x / total);
}
