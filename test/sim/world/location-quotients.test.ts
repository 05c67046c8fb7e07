import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  SECTORS,
  buildWorld,
  locationQuotients,
  nationalShares,
  parseWorldCsv,
  syntheticWorld,
  type World,
} from "../../../sim/world/index.js";
import { placeRow } from "./worlds.js";

const S = SECTORS.length;

describe("locationQuotients", () => {
  it("is share over GRDP-weighted national share on a hand-computed world", () => {
    const a = { ...placeRow(0, 0, 100, "G"), grdp: 300, share_agriculture: 0.4, share_mining: 0 };
    const b = { ...placeRow(1, 0, 101, "G"), grdp: 100, share_agriculture: 0.1, share_mining: 0 };
    const lq = locationQuotients(buildWorld([a, b], "two"));
    // National agriculture share: (300·0.4 + 100·0.1) / 400 = 0.325.
    expect(lq[0]).toBeCloseTo(0.4 / 0.325, 12);
    expect(lq[S]).toBeCloseTo(0.1 / 0.325, 12);
    // Mining is absent everywhere: LQ 1, not NaN.
    expect(lq[1]).toBe(1);
    expect(lq[S + 1]).toBe(1);
  });

  it("averages, GRDP-weighted and times the national share, back to the national share", () => {
    // Σ_i Y_i · LQ_i,s · national_s / Σ_i Y_i = national_s: the nation is the sum of its regions.
    const check = (world: World) => {
      const lq = locationQuotients(world);
      const national = nationalShares(world);
      const totalY = world.grdp.reduce((s, y) => s + y, 0);
      for (let k = 0; k < S; k++) {
        let weighted = 0;
        for (let i = 0; i < world.size; i++) weighted += world.grdp[i]! * lq[i * S + k]! * national[k]!;
        expect(weighted / totalY).toBeCloseTo(national[k]!, 12);
        // Equivalently, the GRDP-weighted mean LQ of a present sector is 1.
        if (national[k]! > 0) {
          let meanLq = 0;
          for (let i = 0; i < world.size; i++) meanLq += (world.grdp[i]! / totalY) * lq[i * S + k]!;
          expect(meanLq).toBeCloseTo(1, 12);
        }
      }
    };
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 300 }), fc.integer({ min: 1, max: 1000 }), (regions, seed) =>
        check(syntheticWorld({ regions, groups: Math.min(6, regions), seed })),
      ),
      { numRuns: 30 },
    );
    const text = readFileSync(new URL("../../../configs/worlds/indonesia-2022.csv", import.meta.url), "utf8");
    check(parseWorldCsv(text, "indonesia-2022.csv"));
  });

  it("marks the known specialisations of the default world", () => {
    const text = readFileSync(new URL("../../../configs/worlds/indonesia-2022.csv", import.meta.url), "utf8");
    const world = parseWorldCsv(text, "indonesia-2022.csv");
    const lq = locationQuotients(world);
    const of = (id: string, sector: (typeof SECTORS)[number]) =>
      lq[world.ids.indexOf(id) * S + SECTORS.indexOf(sector)]!;
    expect(of("51", "accommodation")).toBeGreaterThan(3); // Bali, tourism
    expect(of("64", "mining")).toBeGreaterThan(3); // Kalimantan Timur, coal
    expect(of("31", "agriculture")).toBeLessThan(0.05); // DKI Jakarta
    expect(lq.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
  });
});
