import { describe, expect, it } from "vitest";
import { betaConvergence, defaultScenario, Model, runModel } from "../../../sim/index.js";
import { indonesia2022 } from "../../support/worlds.js";

describe("a run's summary", () => {
  const world = indonesia2022();
  const scenario = { ...defaultScenario(), years: 12, seed: 7 };

  it("fits β-convergence on the run's first and last per-capita incomes", () => {
    const { summary } = runModel(world, scenario);
    // The same run stepped by hand gives the incomes the fit must use.
    const model = new Model(world, scenario);
    while (!model.done) model.step();
    const start = Float64Array.from(world.grdp, (y, i) => y / world.population[i]!);
    const end = Float64Array.from(model.state.grdp, (y, i) => y / model.state.population[i]!);
    const expected = betaConvergence(start, end, scenario.years);
    const first = summary.convergence;
    expect(first).toEqual(expected);
    expect(first!.n).toBe(world.size);
    // A copy of the summary (JSON, as the CLI writes it) carries the fit like any other field.
    expect(JSON.parse(JSON.stringify(summary)).convergence.slope).toBe(expected.slope);
  });

  it("is null when every region starts at the same income (no slope to fit)", () => {
    const grdp = Float64Array.from(world.population); // 1 (million IDR) a person everywhere
    const equal = { ...world, grdp };
    expect(runModel(equal, { ...scenario, years: 3 }).summary.convergence).toBeNull();
  });
});
