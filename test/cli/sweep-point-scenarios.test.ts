// A sweep worker validates a point's scenario once and gives each of its replicates a copy with its own
// seed: every run must still get exactly the scenario that parsing its own overrides gives.
import { describe, expect, it } from "vitest";
import { InputError } from "../../sim/input-error.js";
import { parseSweep, planRuns } from "../../sim/index.js";
import { withOverrides } from "../../sim/scenario/overrides.js";
import { parseScenario } from "../../sim/scenario/parse-scenario.js";
import { PointScenarios } from "../../cli/sweep/point-scenarios.js";
import { runOverrides } from "../../cli/sweep/protocol.js";

const base = {
  name: "test base",
  seed: 99,
  years: 40,
  ego: { mean: 0.4 },
  policies: { disputeResolution: { repairShare: 0.5 } },
};

function direct(values: Record<string, unknown>, seed: number, years: number | undefined): unknown {
  return parseScenario(withOverrides(base, runOverrides(values, years, seed)), "base.json");
}

describe("PointScenarios (a sweep worker's scenarios)", () => {
  it("gives every run of a sweep the scenario its own overrides give, in point order and out of it", () => {
    const sweep = parseSweep(
      {
        parameters: { "ego.mean": [0.1, 0.5, 0.9], "cooperation.initialTrust": [0.2, 0.6] },
        replicates: 4,
        years: 12,
        seed: 5,
      },
      "sweep.json",
    );
    const runs = planRuns(sweep);
    expect(runs).toHaveLength(24);
    const scenarios = new PointScenarios({ base, source: "base.json", years: 12 });
    // In order, as a worker mostly receives them, then shuffled (a reorder window, several workers).
    const shuffled = [...runs].sort((a, b) => ((a.seed * 7919) % 24) - ((b.seed * 7919) % 24));
    for (const run of [...runs, ...shuffled]) {
      const scenario = scenarios.of(run);
      expect(scenario).toEqual(direct(run.values, run.seed, 12));
      expect(scenario.seed).toBe(run.seed);
      expect(scenario.years).toBe(12);
    }
  });

  it("keeps the scenario's own years when the sweep sets none, and handles more points than it keeps", () => {
    const scenarios = new PointScenarios({ base, source: "base.json", years: undefined });
    for (let round = 0; round < 2; round++) {
      for (let p = 0; p < 20; p++) {
        const values = { "ego.mean": p / 20 };
        const scenario = scenarios.of({ values, seed: 1000 + p + round });
        expect(scenario).toEqual(direct(values, 1000 + p + round, undefined));
        expect(scenario.years).toBe(40);
      }
    }
  });

  it("reports an invalid point on each of its runs, as parsing the run would", () => {
    const scenarios = new PointScenarios({ base, source: "base.json", years: 10 });
    for (const seed of [1, 2]) {
      let error: unknown;
      try {
        scenarios.of({ values: { "ego.mean": 3 }, seed });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InputError);
      expect(() => direct({ "ego.mean": 3 }, seed, 10)).toThrow((error as Error).message);
    }
  });
});
