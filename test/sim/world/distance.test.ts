import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EARTH_RADIUS_KM,
  buildWorld,
  distanceMatrix,
  greatCircleKm,
  nearestNeighbours,
  pairDistanceKm,
  syntheticWorld,
  type World,
} from "../../../sim/world/index.js";
import { arbitraryWorld, placeRow } from "./worlds.js";

describe("greatCircleKm", () => {
  it("matches known distances", () => {
    // Jakarta to Surabaya, about 665 km as the crow flies.
    expect(greatCircleKm(-6.2, 106.8, -7.25, 112.75)).toBeCloseTo(665, -1);
    expect(Math.abs(greatCircleKm(-6.2, 106.8, -7.25, 112.75) - 665)).toBeLessThan(10);
    // One degree of a meridian, a quarter meridian, half the equator.
    expect(greatCircleKm(0, 0, 1, 0)).toBeCloseTo((EARTH_RADIUS_KM * Math.PI) / 180, 9);
    expect(greatCircleKm(0, 0, 90, 0)).toBeCloseTo((EARTH_RADIUS_KM * Math.PI) / 2, 6);
    expect(greatCircleKm(0, 0, 0, 180)).toBeCloseTo(EARTH_RADIUS_KM * Math.PI, 6);
    expect(greatCircleKm(0, 179.5, 0, -179.5)).toBeCloseTo((EARTH_RADIUS_KM * Math.PI) / 180, 6);
  });

  it("is zero for a point and itself, and exactly symmetric", () => {
    const coordinate = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(coordinate, coordinate, (a, b) => {
        expect(greatCircleKm(a.lat, a.lon, a.lat, a.lon)).toBe(0);
        expect(greatCircleKm(a.lat, a.lon, b.lat, b.lon)).toBe(greatCircleKm(b.lat, b.lon, a.lat, a.lon));
      }),
    );
  });
});

describe("pairDistanceKm", () => {
  const world = buildWorld(
    [placeRow(0, -6.2, 106.8, "Jawa"), placeRow(1, -7.25, 112.75, "Jawa"), placeRow(2, -8.65, 115.2, "Bali")],
    "three",
  );

  it("multiplies by the sea factor only across groups", () => {
    const land = greatCircleKm(-6.2, 106.8, -7.25, 112.75);
    const sea = greatCircleKm(-7.25, 112.75, -8.65, 115.2);
    expect(pairDistanceKm(world, 0, 1, 2)).toBe(land);
    expect(pairDistanceKm(world, 1, 2, 2)).toBe(sea * 2);
    expect(pairDistanceKm(world, 2, 1, 1.5)).toBe(sea * 1.5);
    expect(pairDistanceKm(world, 1, 2, 1)).toBe(sea);
  });

  it("rejects a sea factor that is not a positive number", () => {
    expect(() => pairDistanceKm(world, 0, 1, 0)).toThrow(RangeError);
    expect(() => pairDistanceKm(world, 0, 1, Number.NaN)).toThrow(RangeError);
  });
});

describe("distanceMatrix", () => {
  it("holds pairDistanceKm for every pair, row-major, with a zero diagonal", () => {
    fc.assert(
      fc.property(arbitraryWorld, fc.constantFrom(1, 1.5, 3), (world, seaFactor) => {
        const n = world.size;
        const matrix = distanceMatrix(world, seaFactor);
        expect(matrix.length).toBe(n * n);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            expect(matrix[i * n + j]).toBe(i === j ? 0 : pairDistanceKm(world, i, j, seaFactor));
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});

/** The k nearest by sorting every candidate: obviously right, and O(N² log N). */
function bruteForceNeighbours(world: World, k: number, seaFactor: number): number[][] {
  const n = world.size;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => j)
      .filter((j) => j !== i)
      .map((j) => ({ j, d: pairDistanceKm(world, i, j, seaFactor) }))
      .sort((a, b) => a.d - b.d || a.j - b.j)
      .slice(0, k)
      .map((c) => c.j),
  );
}

function rows(flat: Int32Array, n: number): number[][] {
  const width = flat.length / n;
  return Array.from({ length: n }, (_, i) => Array.from(flat.subarray(i * width, (i + 1) * width)));
}

describe("nearestNeighbours", () => {
  it("agrees with brute force on random worlds, ties broken by index", () => {
    fc.assert(
      fc.property(
        arbitraryWorld,
        fc.integer({ min: 0, max: 45 }),
        fc.constantFrom(1, 1.5, 3, 0.5),
        (world, k, seaFactor) => {
          const result = nearestNeighbours(world, k, seaFactor);
          const width = Math.min(k, world.size - 1);
          expect(result.length).toBe(world.size * width);
          expect(rows(result, world.size)).toEqual(bruteForceNeighbours(world, width, seaFactor));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("agrees with brute force on a synthetic world of 300 regions", () => {
    const world = syntheticWorld({ regions: 300, seed: 3 });
    for (const seaFactor of [1, 2.5]) {
      expect(rows(nearestNeighbours(world, 8, seaFactor), world.size)).toEqual(
        bruteForceNeighbours(world, 8, seaFactor),
      );
    }
  });

  it("caps k at N − 1 and rejects a bad k", () => {
    const world = syntheticWorld({ regions: 5, groups: 2 });
    expect(nearestNeighbours(world, 10, 2).length).toBe(5 * 4);
    expect(nearestNeighbours(world, 0, 2).length).toBe(0);
    expect(() => nearestNeighbours(world, -1, 2)).toThrow(RangeError);
    expect(() => nearestNeighbours(world, 1.5, 2)).toThrow(RangeError);
  });
});
