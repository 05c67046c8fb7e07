// Speed work must never change results: these runs' complete output (every year row, every region row,
// the summary), encoded as the IEEE 754 bits of every number, must hash to the values recorded in the
// snapshot. The scenarios cover the baseline, every lever with staggered timing, shocks with
// β-convergence, each learning rule and sharing rule, free cooperation, and synthetic worlds of 200, 514,
// 1,500 and 2,500 regions (exact discovery, a pool of 64, the automatic pool with a regional body or a
// disaster, no nearest partners). A deliberate change of the model updates the snapshot (`npx vitest run -u` on this file) and
// says why in its commit; anything else that changes a hash is a bug.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenario, parseWorldCsv, runModel, syntheticWorld, type World } from "../../../sim/index.js";

const indonesia = parseWorldCsv(
  readFileSync(new URL("../../../configs/worlds/indonesia-2022.csv", import.meta.url), "utf8"),
  "indonesia-2022",
);
const syn200 = syntheticWorld({ regions: 200, groups: 5, seed: 7 });
const syn514 = syntheticWorld({ regions: 514, groups: 6, seed: 1 });
const syn1500 = syntheticWorld({ regions: 1500, groups: 6, seed: 3 });
const syn2500 = syntheticWorld({ regions: 2500, groups: 6, seed: 4 });

const allLevers = {
  harmonisation: { level: 0.6, from: 3 },
  regionalBody: { members: ["all"], from: 2, until: 30 },
  incentiveFund: { budget: 800, favourPoor: true, from: 4 },
  capacityBuilding: { increment: 0.01, from: 1 },
  disputeResolution: { repairShare: 0.5 },
  facilitation: { egoDamping: 0.5, from: 5 },
  ppp: { investmentShare: 0.5, from: 2 },
  informationPlatform: { level: 0.8, from: 6 },
  monitoring: { level: 0.5 },
};

const RUNS: Record<string, { world: World; scenario: unknown }> = {
  baseline: { world: indonesia, scenario: { years: 30, seed: 1 } },
  baseline100s9: { world: indonesia, scenario: { years: 100, seed: 9 } },
  levers: { world: indonesia, scenario: { years: 40, seed: 3, policies: allLevers } },
  shocks: {
    world: indonesia,
    scenario: {
      years: 30,
      seed: 4,
      economy: { convergence: 0.02 },
      shocks: [
        { type: "foodPrice", year: 3, duration: 2, size: 0.2 },
        { type: "energyCrisis", year: 5, regions: ["Jawa"], size: 0.3 },
        { type: "disaster", year: 7, regions: ["Sulawesi"], size: 0.4 },
        { type: "pandemic", year: 10, duration: 3, size: 0.5 },
        { type: "foodPrice", year: 4, size: 0.1 },
      ],
    },
  },
  aspiration: { world: indonesia, scenario: { years: 30, seed: 5, learning: { rule: "aspiration" } } },
  none: { world: indonesia, scenario: { years: 30, seed: 6, learning: { rule: "none" } } },
  fermiEgo: {
    world: indonesia,
    scenario: { years: 30, seed: 7, ego: { spread: 0.2 }, learning: { imitateEgo: true, noise: 0.05 } },
  },
  equal: {
    world: indonesia,
    scenario: { years: 30, seed: 8, policies: { benefitSharing: { rule: "equal" } } },
  },
  needs: {
    world: indonesia,
    scenario: { years: 30, seed: 10, policies: { benefitSharing: { rule: "needs" } }, ego: { mean: 0.1 } },
  },
  highEgo: { world: indonesia, scenario: { years: 30, seed: 11, ego: { mean: 0.8, spread: 0.1 } } },
  freeCoop: {
    world: indonesia,
    scenario: {
      years: 20,
      seed: 12,
      ego: { mean: 0 },
      economy: { capacityMin: 1, capacityMax: 1 },
      cooperation: { friction: 0, transactionCost: 0, coordinationCost: 0, initialTrust: 1, discovery: 1 },
      compliance: { base: 20 },
    },
  },
  syn200: { world: syn200, scenario: { years: 30, seed: 13, policies: allLevers } },
  syn514: { world: syn514, scenario: { years: 20, seed: 2 } },
  syn514pool64: { world: syn514, scenario: { years: 15, seed: 21, cooperation: { discoveryPool: 64 } } },
  syn1500auto: {
    world: syn1500,
    scenario: { years: 8, seed: 22, policies: { regionalBody: { members: ["Group 2"] } } },
  },
  syn514k0: {
    world: syn514,
    scenario: { years: 10, seed: 14, cooperation: { nearestPartners: 0, discovery: 0.05 } },
  },
  // Added after the fifth round of speed work, above the radix sort's 2,048 regions; its hash was
  // computed alike with the code before that round (commit 28bddfa) and after it.
  syn2500auto: {
    world: syn2500,
    scenario: {
      years: 6,
      seed: 23,
      shocks: [{ type: "disaster", year: 3, regions: ["Group 1"], size: 0.3 }],
    },
  },
};

/** Every number as the 16 hex digits of its IEEE 754 bits, so that −0, NaN payloads and the last bit count. */
function encodeBits(value: unknown): unknown {
  if (typeof value === "number") {
    const bits = new Uint32Array(new Float64Array([value]).buffer);
    return `${bits[1]!.toString(16).padStart(8, "0")}${bits[0]!.toString(16).padStart(8, "0")}`;
  }
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>, encodeBits);
  if (Array.isArray(value)) return value.map(encodeBits);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBits(v)]));
  }
  return value;
}

function digest(name: string): string {
  const { world, scenario } = RUNS[name]!;
  const result = runModel(world, parseScenario(scenario), { regions: true });
  return createHash("sha256")
    .update(JSON.stringify(encodeBits(result)))
    .digest("hex");
}

describe("golden runs: the same numbers, bit for bit", () => {
  for (const name of Object.keys(RUNS)) {
    it(
      name,
      () => {
        expect(digest(name)).toMatchSnapshot();
      },
      120_000,
    );
  }
});
