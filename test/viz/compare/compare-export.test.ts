import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import {
  DOMAIN_NAMES,
  parseScenario,
  runModel,
  yearColumns,
  type ScenarioInput,
} from "../../../sim/index.js";
import { compareCsv } from "../../../viz/src/panels/compare-export.js";
import type { RunData } from "../../../viz/src/run/run-data.js";
import { readFileSync } from "node:fs";
import { parseWorldCsv } from "../../../sim/index.js";
import { fileURLToPath } from "node:url";

const world = parseWorldCsv(
  readFileSync(fileURLToPath(new URL("../../../configs/worlds/indonesia-2022.csv", import.meta.url)), "utf8"),
  "indonesia-2022.csv",
);

/** A RunData of the given scenario with replicates seed, seed + 1, straight from the model. */
function run(input: ScenarioInput, seeds: number[]): RunData {
  const results = seeds.map((seed) => runModel(world, parseScenario({ ...input, seed })));
  return {
    seeds,
    domains: [...DOMAIN_NAMES],
    years: results.map((r) => r.years),
    totalPolicyCost: results.map((r) => r.summary.totalPolicyCost),
    complete: true,
  } as unknown as RunData;
}

describe("the comparison's CSV", () => {
  it("has both runs, every replicate, tagged with scenario, name, replicate and seed, in sinergi run's columns", () => {
    const a = run({ years: 2 }, [7, 8]);
    const b = run({ years: 2, policies: { incentiveFund: { budget: 500 } } }, [7, 8]);
    const text = compareCsv(a, b, { a: "Dasar, tanpa kebijakan", b: "Dana insentif" });
    const rows = csvParse(text);
    expect(rows.columns).toEqual([
      "scenario",
      "scenario_name",
      "replicate",
      "seed",
      ...yearColumns(DOMAIN_NAMES),
    ]);
    expect(rows).toHaveLength(2 * 2 * 3);
    expect(
      rows.map((r) => `${r["scenario"]}${r["replicate"]}:${r["seed"]}:${r["year"]}`).slice(0, 4),
    ).toEqual(["A0:7:0", "A0:7:1", "A0:7:2", "A1:8:0"]);
    // A name with a comma is quoted, and every number is the model's exactly.
    expect(rows[0]!["scenario_name"]).toBe("Dasar, tanpa kebijakan");
    const lastB = rows.at(-1)!;
    expect(lastB["scenario"]).toBe("B");
    expect(Number(lastB["williamson"])).toBe(b.years[1]![2]!.williamson);
    expect(rows[0]!["growth_rate"]).toBe("");
  });
});
