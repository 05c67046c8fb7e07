import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MORRIS_LEVELS,
  designPoints,
  designSize,
  parameterNames,
  parseSweep,
  type ParameterRange,
  type Sweep,
  type SweepPoint,
} from "../../../sim/experiment/index.js";
import { listsArbitrary, rangesArbitrary } from "./arbitraries.js";

const sweep = (value: unknown): Sweep => parseSweep(value, "test");

function expectWithin(point: SweepPoint, parameters: Record<string, ParameterRange | unknown[]>): void {
  for (const [name, parameter] of Object.entries(parameters)) {
    const value = point.values[name];
    if (Array.isArray(parameter)) {
      expect(parameter).toContainEqual(value);
    } else {
      expect(typeof value).toBe("number");
      expect(value as number).toBeGreaterThanOrEqual(parameter.min);
      expect(value as number).toBeLessThanOrEqual(parameter.max);
      if (parameter.integer) expect(Number.isInteger(value)).toBe(true);
    }
  }
}

function expectIndexed(points: SweepPoint[], names: string[]): void {
  points.forEach((point, i) => {
    expect(point.index).toBe(i);
    expect(Object.keys(point.values)).toEqual(names);
    expect(point.unit).toHaveLength(names.length);
  });
}

describe("grid", () => {
  it("is the Cartesian product of the lists, the last parameter varying fastest", () => {
    const points = designPoints(sweep({ parameters: { a: [1, 2], b: ["x", "y", "z"] } }));
    expect(points.map((p) => p.values)).toEqual([
      { a: 1, b: "x" },
      { a: 1, b: "y" },
      { a: 1, b: "z" },
      { a: 2, b: "x" },
      { a: 2, b: "y" },
      { a: 2, b: "z" },
    ]);
    for (const point of points) expect(point.unit.every(Number.isNaN)).toBe(true);
  });

  it("has as many points as the product of the list lengths, each combination once", () => {
    fc.assert(
      fc.property(listsArbitrary(4, 5), (parameters) => {
        const s = sweep({ parameters });
        const points = designPoints(s);
        const size = Object.values(parameters).reduce((n, list) => n * list.length, 1);
        expect(points).toHaveLength(size);
        expect(designSize(s)).toBe(size);
        expectIndexed(points, Object.keys(parameters));
        for (const point of points) expectWithin(point, parameters);
        expect(new Set(points.map((p) => JSON.stringify(p.values))).size).toBe(size);
      }),
    );
  });

  it("without parameters is the base scenario alone", () => {
    expect(designPoints(sweep({}))).toEqual([{ index: 0, values: {}, unit: [] }]);
  });
});

describe("list", () => {
  it("runs the listed points in order, with the first run's key order", () => {
    const s = sweep({
      design: {
        type: "list",
        runs: [
          { "ego.mean": 0.1, "learning.rule": "fermi" },
          { "learning.rule": "none", "ego.mean": 0.9 },
        ],
      },
    });
    expect(parameterNames(s)).toEqual(["ego.mean", "learning.rule"]);
    const points = designPoints(s);
    expect(points.map((p) => p.values)).toEqual([
      { "ego.mean": 0.1, "learning.rule": "fermi" },
      { "ego.mean": 0.9, "learning.rule": "none" },
    ]);
    expectIndexed(points, ["ego.mean", "learning.rule"]);
  });
});

describe("Latin hypercube", () => {
  it("has N points within the bounds, each parameter with exactly one point per stratum", () => {
    fc.assert(
      fc.property(
        rangesArbitrary(5),
        fc.integer({ min: 1, max: 60 }),
        fc.integer(),
        (parameters, n, seed) => {
          const s = sweep({ parameters, design: { type: "lhs", samples: n, seed } });
          const points = designPoints(s);
          expect(points).toHaveLength(n);
          expect(designSize(s)).toBe(n);
          expectIndexed(points, Object.keys(parameters));
          for (const point of points) expectWithin(point, parameters);
          Object.keys(parameters).forEach((_, j) => {
            const strata = points.map((p) => Math.floor(p.unit[j]! * n)).sort((x, y) => x - y);
            expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
          });
        },
      ),
    );
  });

  it("samples a list of values evenly over its indices", () => {
    const values = ["a", "b", "c", "d"];
    const points = designPoints(sweep({ parameters: { x: values }, design: { type: "lhs", samples: 8 } }));
    const counts = values.map((v) => points.filter((p) => p.values.x === v).length);
    expect(counts).toEqual([2, 2, 2, 2]);
    for (const point of points) expect(point.unit[0]).toBeNaN();
  });
});

describe("Saltelli", () => {
  it("has N(k+2) points in groups A_j, B_j, AB_j^(1..k), where AB^(i) is A with column i from B", () => {
    fc.assert(
      fc.property(
        rangesArbitrary(5),
        fc.integer({ min: 1, max: 30 }),
        fc.integer(),
        (parameters, n, seed) => {
          const k = Object.keys(parameters).length;
          const s = sweep({ parameters, design: { type: "saltelli", samples: n, seed } });
          const points = designPoints(s);
          expect(points).toHaveLength(n * (k + 2));
          expect(designSize(s)).toBe(n * (k + 2));
          expectIndexed(points, Object.keys(parameters));
          for (const point of points) {
            expectWithin(point, parameters);
            for (const u of point.unit) {
              expect(u).toBeGreaterThanOrEqual(0);
              expect(u).toBeLessThan(1);
            }
          }
          for (let j = 0; j < n; j++) {
            const a = points[j * (k + 2)]!.unit;
            const b = points[j * (k + 2) + 1]!.unit;
            for (let i = 0; i < k; i++) {
              const ab = points[j * (k + 2) + 2 + i]!.unit;
              expect(ab).toEqual(a.map((u, c) => (c === i ? b[i] : u)));
            }
          }
        },
      ),
    );
  });

  it("draws A and B independently", () => {
    const points = designPoints(
      sweep({
        parameters: { x: { min: 0, max: 1 }, y: { min: 0, max: 1 } },
        design: { type: "saltelli", samples: 50 },
      }),
    );
    for (let j = 0; j < 50; j++) expect(points[j * 4]!.unit).not.toEqual(points[j * 4 + 1]!.unit);
  });

  it("keeps the first samples when N grows", () => {
    const design = (samples: number) =>
      designPoints(sweep({ parameters: { x: { min: 0, max: 1 } }, design: { type: "saltelli", samples } }));
    expect(design(20).slice(0, 30)).toEqual(design(10));
  });
});

describe("Morris", () => {
  const morris = fc.record({
    parameters: rangesArbitrary(5),
    trajectories: fc.integer({ min: 1, max: 12 }),
    levels: fc.option(fc.integer({ min: 2, max: 9 }), { nil: undefined }),
    seed: fc.integer(),
  });

  it("has r(k+1) points on the p-level grid; each step moves one factor by ±Δ, every factor once", () => {
    fc.assert(
      fc.property(morris, ({ parameters, trajectories, levels, seed }) => {
        const k = Object.keys(parameters).length;
        const design =
          levels === undefined
            ? { type: "morris", trajectories, seed }
            : { type: "morris", trajectories, levels, seed };
        const s = sweep({ parameters, design });
        const p = levels ?? DEFAULT_MORRIS_LEVELS;
        // Morris's Δ = p/(2(p−1)) for even p; the nearest grid step below it for odd p.
        const delta = Math.floor(p / 2) / (p - 1);
        const points = designPoints(s);
        expect(points).toHaveLength(trajectories * (k + 1));
        expect(designSize(s)).toBe(trajectories * (k + 1));
        expectIndexed(points, Object.keys(parameters));
        for (const point of points) {
          expectWithin(point, parameters);
          for (const u of point.unit) {
            const level = u * (p - 1);
            expect(Math.abs(level - Math.round(level))).toBeLessThan(1e-9);
            expect(u).toBeGreaterThanOrEqual(0);
            expect(u).toBeLessThanOrEqual(1);
          }
        }
        for (let t = 0; t < trajectories; t++) {
          const moved = new Set<number>();
          for (let step = 1; step <= k; step++) {
            const before = points[t * (k + 1) + step - 1]!.unit;
            const after = points[t * (k + 1) + step]!.unit;
            const changed = before.flatMap((u, i) => (Math.abs(after[i]! - u) > 1e-12 ? [i] : []));
            expect(changed).toHaveLength(1);
            const i = changed[0]!;
            expect(Math.abs(Math.abs(after[i]! - before[i]!) - delta)).toBeLessThan(1e-12);
            moved.add(i);
          }
          expect(moved.size).toBe(k);
        }
      }),
    );
  });

  it("reaches both ends of a range", () => {
    const points = designPoints(
      sweep({ parameters: { x: { min: 0.1, max: 0.3 } }, design: { type: "morris", trajectories: 40 } }),
    );
    const values = points.map((p) => p.values.x as number);
    expect(Math.min(...values)).toBe(0.1);
    expect(Math.max(...values)).toBe(0.3);
  });
});

describe("reproducibility", () => {
  const parameters = {
    a: { min: 0, max: 1 },
    b: { min: -5, max: 5, integer: true },
    c: { min: 10, max: 20 },
  };
  const designs = [
    { type: "lhs", samples: 20 },
    { type: "saltelli", samples: 10 },
    { type: "morris", trajectories: 5 },
  ];

  for (const design of designs) {
    it(`${design.type}: the same sweep gives the same points; another design seed other points`, () => {
      const points = designPoints(sweep({ parameters, design }));
      expect(designPoints(sweep({ parameters, design }))).toEqual(points);
      expect(designPoints(sweep({ parameters, design, seed: 1 }))).toEqual(points);
      expect(designPoints(sweep({ parameters, design: { ...design, seed: 1 } }))).toEqual(points);
      expect(designPoints(sweep({ parameters, design: { ...design, seed: 2 } }))).not.toEqual(points);
      // Without a design seed, the sweep's seed seeds the sampling.
      expect(designPoints(sweep({ parameters, design, seed: 2 }))).not.toEqual(points);
    });
  }
});
