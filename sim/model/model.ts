import type { Domain } from "../domains/domain.js";
import { DOMAINS } from "../domains/registry.js";
import type { Scenario } from "../scenario/schema.js";
import type { World } from "../world/world.js";
import { initialise } from "./initial-state.js";
import { breakupPhase } from "./phases/breakup.js";
import { economyPhase } from "./phases/economy.js";
import { implementPhase } from "./phases/implement.js";
import { learningPhase } from "./phases/learning.js";
import { searchPhase } from "./phases/search.js";
import type { RegionRow, YearRow } from "./results.js";
import type { ModelState, RunContext } from "./state.js";
import { yearConditions } from "./year-conditions.js";
import { YearRecorder } from "./year-record.js";

/**
 * A model run that advances one year at a time, for callers that step (the dashboard's play and
 * pause) as well as for `runModel`. The year's phases, in order: conditions (levers in force,
 * shocks), partner search and formation, implementation, breaking, economy, learning, records.
 */
export class Model {
  readonly context: RunContext;
  readonly state: ModelState;
  private readonly recorder: YearRecorder;

  constructor(world: World, scenario: Scenario, domains: readonly Domain[] = DOMAINS) {
    const { context, state } = initialise(world, scenario, domains);
    this.context = context;
    this.state = state;
    this.recorder = new YearRecorder(context);
  }

  get year(): number {
    return this.state.year;
  }

  get done(): boolean {
    return this.state.year >= this.context.scenario.years;
  }

  /** Advances one year; returns the year's row. */
  step(): YearRow {
    const { context, state } = this;
    const year = state.year + 1;
    const conditions = yearConditions(context, state, year);
    state.formed = 0;
    state.broken = 0;
    state.repaired = 0;
    state.policyCost = 0;
    state.netGain.fill(0);
    state.netGainByDomain.fill(0);
    state.incentive.fill(0);

    searchPhase(context, state, conditions);
    implementPhase(context, state, conditions);
    breakupPhase(context, state, conditions);
    economyPhase(context, state, conditions);
    learningPhase(context, state);
    state.year = year;
    return this.recorder.yearRow(state);
  }

  /** The current year's row (year 0 before any step). */
  record(): YearRow {
    return this.recorder.yearRow(this.state);
  }

  regionRows(): RegionRow[] {
    return this.recorder.regionRows(this.state);
  }
}
