import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AgreementTable, DENSE_PAIR_LIMIT } from "../../../sim/model/agreement-table.js";

/** Adds and removals of agreements, checked against a plain Set of "min,max,d" keys. */
function checkAgainstSet(
  regions: number,
  operations: { add: boolean; i: number; j: number; d: number; pick: number }[],
) {
  const domains = 4;
  const table = new AgreementTable(regions, domains);
  const reference = new Set<string>();
  const key = (i: number, j: number, d: number): string => `${Math.min(i, j)},${Math.max(i, j)},${d}`;
  for (const { add, i, j, d, pick } of operations) {
    if (add) {
      if (i === j || reference.has(key(i, j, d))) continue;
      table.add(i, j, d, 0.5, 0, 0, 0, 1);
      reference.add(key(i, j, d));
    } else if (table.count > 0) {
      const r = pick % table.count;
      reference.delete(key(table.a[r]!, table.b[r]!, table.domain[r]!));
      table.remove(r);
    }
    expect(table.count).toBe(reference.size);
    // Every pair and domain touched so far, both ways round.
    for (const probe of operations) {
      for (let e = 0; e < domains; e++) {
        expect(table.has(probe.i, probe.j, e)).toBe(reference.has(key(probe.i, probe.j, e)));
        expect(table.has(probe.j, probe.i, e)).toBe(reference.has(key(probe.i, probe.j, e)));
      }
    }
  }
}

const operationsFor = (regions: number) =>
  fc.array(
    fc.record({
      add: fc.boolean(),
      i: fc.integer({ min: 0, max: regions - 1 }),
      j: fc.integer({ min: 0, max: regions - 1 }),
      d: fc.integer({ min: 0, max: 3 }),
      pick: fc.nat(),
    }),
    { maxLength: 40 },
  );

describe("AgreementTable.has", () => {
  it("tracks the active (pair, domain) set in a small world (a byte per ordered pair)", () => {
    fc.assert(
      fc.property(operationsFor(12), (operations) => checkAgainstSet(12, operations)),
      { numRuns: 200 },
    );
  });

  it("tracks it the same way in a world too large for the pair bytes (a hash)", () => {
    const regions = DENSE_PAIR_LIMIT + 500;
    fc.assert(
      fc.property(operationsFor(regions), (operations) => checkAgainstSet(regions, operations)),
      { numRuns: 100 },
    );
  });
});
