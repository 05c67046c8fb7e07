/** The scenario of each run a sweep worker is sent, validated once per point rather than once per run. */
import { withOverrides } from "../../sim/scenario/overrides.js";
import { parseScenario } from "../../sim/scenario/parse-scenario.js";
import type { Scenario } from "../../sim/scenario/schema.js";
import { runOverrides, type RunTask, type WorkerSetup } from "./protocol.js";

/** Points remembered: runs arrive in point order, so one would do; a few cover the reorder window. */
const POINTS_KEPT = 8;

/**
 * A point's replicates differ in their seed only, and runs come in point order (runId = point ·
 * replicates + replicate), so the scenario of a point is validated once and each of its runs gets a
 * copy with its own seed: about 0.5 ms saved of a 10 ms run of the default world. The seed is a whole
 * number the sweep derived (sim/experiment/plan-runs.ts), which is all the schema asks of it, so the
 * copy is what parsing the run's own overrides gives (test/cli/sweep-point-scenarios.test.ts).
 * A point whose values are invalid is not remembered: each of its runs throws the same InputError.
 */
export class PointScenarios {
  private readonly kept = new Map<string, Scenario>();

  constructor(private readonly setup: Pick<WorkerSetup, "base" | "source" | "years">) {}

  /** The scenario `sinergi run BASE --years Y --seed S --set …` would run for this task. */
  of(task: Pick<RunTask, "values" | "seed">): Scenario {
    const key = JSON.stringify(task.values);
    let scenario = this.kept.get(key);
    if (!scenario) {
      scenario = parseScenario(
        withOverrides(this.setup.base, runOverrides(task.values, this.setup.years, task.seed)),
        this.setup.source,
      );
      if (this.kept.size >= POINTS_KEPT) this.kept.delete(this.kept.keys().next().value!);
      this.kept.set(key, scenario);
    }
    return scenario.seed === task.seed ? scenario : { ...scenario, seed: task.seed };
  }
}
