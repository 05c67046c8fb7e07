// Partner search keeps only its TOP_KEPT best candidates and proposes from them. That is exact (the
// same proposals as scanning every candidate for the best not yet proposed to) because the kept list
// cannot run out before the proposals do: a region is a candidate at most three times in a search, so
// the kept ones hold enough different regions. These tests check the premises of that argument.
import { describe, expect, it } from "vitest";
import { Model, parseScenario, syntheticWorld, type World } from "../../../sim/index.js";
import { MOST_COPIES_OF_A_CANDIDATE, PROPOSALS_PER_SEARCH, TOP_KEPT } from "../../../sim/model/scratch.js";
import { indonesia2022 } from "../../support/worlds.js";

function distinct(values: ArrayLike<number>): boolean {
  return new Set(Array.from(values)).size === values.length;
}

describe("the candidates of a partner search", () => {
  it("keep enough different regions for every proposal, each region being a candidate at most three times", () => {
    expect(Math.ceil(TOP_KEPT / MOST_COPIES_OF_A_CANDIDATE)).toBeGreaterThanOrEqual(PROPOSALS_PER_SEARCH);
  });

  const cases: Array<{ name: string; world: World; cooperation: Record<string, unknown> }> = [
    { name: "the 34 provinces, every region noticeable", world: indonesia2022(), cooperation: {} },
    {
      name: "300 synthetic regions, a discovery pool of 40 nearest",
      world: syntheticWorld({ regions: 300, groups: 4, seed: 3 }),
      cooperation: { discoveryPool: 40, nearestPartners: 6 },
    },
    {
      name: "40 synthetic regions, more nearest partners than other regions",
      world: syntheticWorld({ regions: 40, groups: 2, seed: 4 }),
      cooperation: { nearestPartners: 60, discoveryPool: 10 },
    },
  ];
  for (const { name, world, cooperation } of cases) {
    it(`come from lists without repeats (once nearest, once a body member, once noticed): ${name}`, () => {
      const scenario = parseScenario({
        years: 1,
        cooperation,
        policies: { regionalBody: { members: ["all"] } },
      });
      const { context } = new Model(world, scenario);
      const n = world.size;
      const width = context.neighbourCount;
      expect(context.nearestCount).toBeLessThanOrEqual(width);
      expect(context.poolCount).toBeLessThanOrEqual(width);
      for (let i = 0; i < n; i++) {
        // The nearest are the first nearestCount of the list and the pool its first poolCount (or,
        // with no pool, every region once): neither names a region twice, nor the searcher itself.
        const row = context.neighbours.subarray(i * width, (i + 1) * width);
        expect(distinct(row), `region ${i}'s list`).toBe(true);
        expect(Array.from(row)).not.toContain(i);
      }
      expect(context.bodyMembers.length).toBeGreaterThan(0);
      for (const members of context.bodyMembers) expect(distinct(members)).toBe(true);
    });
  }
});
