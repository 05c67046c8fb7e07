import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AgreementTable, DENSE_PAIR_LIMIT } from "../../../sim/model/agreement-table.js";
import { NeighbourSlots } from "../../../sim/model/neighbour-slots.js";
import { DENSE_TRUST_LIMIT, TrustTable } from "../../../sim/model/trust-table.js";

// A world too large for the dense N×N tables; operations touch its first 16 regions, whose lists
// (width 5) name the next regions round a ring, and region 3 lists region 5 twice (every slot of a
// listed pair must follow the pair).
const regions = Math.max(DENSE_PAIR_LIMIT, DENSE_TRUST_LIMIT) + 100;
const width = 5;
const neighbours = new Int32Array(regions * width);
for (let i = 0; i < regions; i++)
  for (let r = 0; r < width; r++) neighbours[i * width + r] = (i + 1 + r) % regions;
neighbours[3 * width + 4] = 5;
const slots = new NeighbourSlots(neighbours, width);

/** The ranks at which j is listed by i, and −1 (a lookup that does not know the rank). */
function ranksOf(i: number, j: number): number[] {
  const ranks = [-1];
  for (let r = 0; r < width; r++) if (neighbours[i * width + r] === j) ranks.push(r);
  return ranks;
}

const region = fc.integer({ min: 0, max: 15 });

describe("NeighbourSlots", () => {
  it("finds every rank of a listed region and −1 for one not listed", () => {
    expect(slots.rankOf(3, 5, 0)).toBe(1);
    expect(slots.rankOf(3, 5, 2)).toBe(4);
    expect(slots.rankOf(3, 5, 5)).toBe(-1);
    expect(slots.rankOf(3, 9, 0)).toBe(-1);
  });

  it("agreement bits in list slots answer as the hash does, for adds and removals", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ add: fc.boolean(), i: region, j: region, d: fc.nat(3), pick: fc.nat() }), {
          maxLength: 40,
        }),
        (operations) => {
          const listed = new AgreementTable(regions, 4, slots);
          const hashed = new AgreementTable(regions, 4);
          for (const { add, i, j, d, pick } of operations) {
            if (add) {
              if (i === j || hashed.has(i, j, d)) continue;
              listed.add(i, j, d, 0.5, 0, 0, 0, 1);
              hashed.add(i, j, d, 0.5, 0, 0, 0, 1);
            } else if (hashed.count > 0) {
              listed.remove(pick % hashed.count);
              hashed.remove(pick % hashed.count);
            }
            for (let a = 0; a < 16; a++)
              for (let b = 0; b < 16; b++)
                for (let e = 0; e < 4; e++)
                  for (const rank of ranksOf(a, b))
                    expect(listed.hasListed(a, b, rank, e)).toBe(hashed.has(a, b, e));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("trust entries in list slots give the values of the hash", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(region, region, fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 60 }),
        (writes) => {
          const listed = new TrustTable(regions, slots);
          const hashed = new TrustTable();
          for (const [i, j, value] of writes) {
            listed.set(i, j, value);
            hashed.set(i, j, value);
          }
          expect([...listed.values()]).toEqual([...hashed.values()]);
          for (let a = 0; a < 16; a++)
            for (let b = 0; b < 16; b++)
              for (const rank of ranksOf(a, b))
                expect(listed.getListed(a, b, rank, -1)).toBe(hashed.get(a, b, -1));
        },
      ),
      { numRuns: 100 },
    );
  });
});
