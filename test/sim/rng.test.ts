import alea from "seedrandom/lib/alea.js";
import { describe, expect, it } from "vitest";
import { createRng, shuffleInPlace } from "../../sim/rng.js";

describe("createRng", () => {
  it("draws seedrandom's Alea stream, number for number", () => {
    for (const seed of [0, 1, 7, 42, 123456789, -3, 2.5, "kerja-sama", ""]) {
      const ours = createRng(seed);
      const theirs = alea(String(seed));
      for (let k = 0; k < 200_000; k++) {
        const a = ours.next();
        const b = theirs();
        if (!Object.is(a, b)) expect.fail(`seed ${String(seed)}, draw ${k}: ${a} against seedrandom's ${b}`);
      }
    }
  });

  it("keeps every draw in [0, 1)", () => {
    const rng = createRng(5);
    let outside = 0;
    for (let k = 0; k < 100_000; k++) {
      const u = rng.next();
      if (!(u >= 0 && u < 1)) outside++;
    }
    expect(outside).toBe(0);
  });

  it("derives int and chance from the same stream", () => {
    const rng = createRng(11);
    const twin = alea("11");
    let differ = 0;
    for (let k = 0; k < 10_000; k++) {
      if (rng.int(34) !== Math.floor(twin() * 34)) differ++;
      if (rng.chance(0.3) !== twin() < 0.3) differ++;
    }
    expect(differ).toBe(0);
  });

  it("gives standard normal deviates, in pairs from the polar method", () => {
    const rng = createRng(3);
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    for (let k = 0; k < n; k++) {
      const z = rng.normal();
      sum += z;
      squares += z * z;
    }
    const mean = sum / n;
    // Standard errors: 1/√n for the mean, √(2/n) for the variance.
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(squares / n - mean * mean - 1)).toBeLessThan(4 * Math.sqrt(2 / n));

    // The polar method: the first call draws u, v until they fall in the unit disc and returns u·f;
    // the second returns v·f without drawing.
    const a = createRng(9);
    const twin = alea("9");
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * twin() - 1;
      v = 2 * twin() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const first = a.normal();
    const second = a.normal();
    expect(Math.sign(first)).toBe(Math.sign(u));
    expect(Math.sign(second)).toBe(Math.sign(v));
    expect(first / second).toBeCloseTo(u / v, 12);
    // The pair used exactly the draws the twin made: the streams are level again.
    expect(a.next()).toBe(twin());
  });

  it("is deterministic per seed and differs between seeds", () => {
    const one = createRng(1);
    const again = createRng(1);
    const other = createRng(2);
    const a = Array.from({ length: 20 }, () => one.next());
    expect(Array.from({ length: 20 }, () => again.next())).toEqual(a);
    expect(Array.from({ length: 20 }, () => other.next())).not.toEqual(a);
  });
});

describe("shuffleInPlace", () => {
  it("permutes the array, the same way for the same seed", () => {
    const order = Int32Array.from({ length: 50 }, (_, i) => i);
    const shuffled = shuffleInPlace(order.slice(), createRng(4));
    expect([...shuffled].sort((a, b) => a - b)).toEqual([...order]);
    expect([...shuffled]).not.toEqual([...order]);
    expect([...shuffleInPlace(order.slice(), createRng(4))]).toEqual([...shuffled]);
  });
});
