/**
 * A sweep's worker thread: loads the world and the base scenario once, then runs the runs it is sent
 * with runModel and sends back each run's rows, already encoded.
 */
import { parentPort, workerData } from "node:worker_threads";
import { InputError } from "../../sim/input-error.js";
import { runModel } from "../../sim/model/run-model.js";
import type { Scenario } from "../../sim/scenario/schema.js";
import type { World } from "../../sim/world/world.js";
import { columnsFor, YEAR_COLUMNS, type Row } from "../rows.js";
import { PointScenarios } from "./point-scenarios.js";
import { ColumnBlock, columnCells } from "./run-cells.js";
import { runText } from "./run-text.js";
import { loadWorld } from "../world-source.js";
import {
  parameterCell,
  RUN_COLUMNS,
  type RunTask,
  type SerializedError,
  type WorkerReply,
  type WorkerSetup,
} from "./protocol.js";

const setup = workerData as WorkerSetup;
const port = parentPort!;
const worlds = new Map<string, Promise<World>>();
const scenarios = new PointScenarios(setup);
const columnBlock = new ColumnBlock();

function worldOf(scenario: Scenario): Promise<World> {
  const key = JSON.stringify(scenario.world);
  let world = worlds.get(key);
  if (!world) {
    world = loadWorld(scenario.world, setup.worldBase, setup.worldOrigin);
    worlds.set(key, world);
  }
  return world;
}

function serialize(error: unknown): SerializedError {
  if (error instanceof InputError) {
    return {
      name: error.name,
      message: error.message,
      stack: error.stack,
      source: error.source,
      field: error.field,
      problem: error.problem,
    };
  }
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: "Error", message: String(error) };
}

/**
 * Runs a task and sends its rows. The reply is posted in the same synchronous stretch as its cells are
 * made: a Parquet run's columns are views of the worker's reused `columnBlock`, which postMessage
 * copies at once and the next run overwrites (two tasks waiting for the world resume one after the
 * other before any promise callback of theirs runs, so replying from a callback could send the second
 * run's numbers for the first).
 */
async function runAndReply(task: RunTask): Promise<void> {
  const started = performance.now();
  const scenario = scenarios.of(task);
  const world = await worldOf(scenario);
  const result = runModel(world, scenario);
  const years = result.years as unknown as readonly Row[];
  const columns = [...RUN_COLUMNS, ...setup.parameters, ...columnsFor(years, YEAR_COLUMNS)];
  const runCells: Record<string, string | number | boolean | null> = {
    run_id: task.runId,
    replicate: task.replicate,
    seed: task.seed,
  };
  for (const name of setup.parameters) runCells[name] = parameterCell(task.values[name]);
  let reply: WorkerReply;
  if (setup.format === "parquet") {
    const { cells, nonFinite } = columnCells(columns, years, runCells, columnBlock);
    reply = { runId: task.runId, text: "", cells, columns, nonFinite, ms: performance.now() - started };
  } else {
    const runColumns = columns.slice(0, RUN_COLUMNS.length + setup.parameters.length);
    const yearColumns = columns.slice(runColumns.length);
    const { text, nonFinite } = runText(setup.format, runColumns, runCells, yearColumns, years);
    reply = { runId: task.runId, text, columns, nonFinite, ms: performance.now() - started };
  }
  port.postMessage(reply);
}

port.on("message", (task: RunTask) => {
  runAndReply(task).catch((error: unknown) =>
    port.postMessage({ runId: task.runId, error: serialize(error) } satisfies WorkerReply),
  );
});
