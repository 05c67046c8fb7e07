// Assembles a RunData from the worker's messages as they arrive, so that charts and the map can draw
// every year as soon as it exists. The RunData is filled in place; a message out of order is a bug in
// the page or the worker, not a user's mistake, and throws.
import type { DoneMessage, StartMessage, YearMessage } from "./protocol.js";
import type { RunData } from "./run-data.js";

/** An empty run of the shape the start message announces. */
export function startRunData(message: StartMessage): RunData {
  return {
    scenario: message.scenario,
    seeds: message.seeds.slice(),
    domains: message.domains.slice(),
    regions: message.regions,
    years: message.seeds.map(() => []),
    frames: [],
    totalPolicyCost: [],
    complete: false,
  };
}

/** Appends a year of every replicate and replicate 0's frame. */
export function addYear(data: RunData, message: YearMessage): void {
  const expectedYear = data.frames.length;
  if (data.complete)
    throw new Error(`run data: year ${message.frame.year} arrived after the run was complete`);
  if (message.rows.length !== data.seeds.length) {
    throw new Error(`run data: ${message.rows.length} rows for ${data.seeds.length} replicates`);
  }
  if (message.frame.year !== expectedYear || message.rows.some((row) => row.year !== expectedYear)) {
    throw new Error(`run data: expected year ${expectedYear}, got year ${message.frame.year}`);
  }
  message.rows.forEach((row, r) => data.years[r]!.push(row));
  data.frames.push(message.frame);
}

/** Marks the run complete; every year of the scenario must have arrived. */
export function completeRunData(data: RunData, message: DoneMessage): void {
  const expectedYears = data.scenario.years + 1;
  if (data.frames.length !== expectedYears) {
    throw new Error(`run data: done after ${data.frames.length} of ${expectedYears} years`);
  }
  data.totalPolicyCost = message.totalPolicyCost.slice();
  data.complete = true;
}
