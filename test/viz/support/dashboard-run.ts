// A complete run as the dashboard's page assembles it from its worker's messages, with the worker's
// session driven synchronously in the test (its queued tasks run to the end).
import type { ScenarioInput } from "../../../sim/index.js";
import type { FromWorker, WorldSource } from "../../../viz/src/run/protocol.js";
import { addYear, completeRunData, startRunData } from "../../../viz/src/run/run-data-builder.js";
import type { RunData } from "../../../viz/src/run/run-data.js";
import { createWorkerSession } from "../../../viz/src/run/worker-session.js";

export function dashboardRun(world: WorldSource, scenario: ScenarioInput, replicates: number): RunData {
  const messages: FromWorker[] = [];
  const tasks: Array<() => void> = [];
  const handle = createWorkerSession(
    (message) => messages.push(message),
    (task) => tasks.push(task),
  );
  handle({ type: "run", runId: 1, world, scenario, replicates });
  while (tasks.length > 0) tasks.shift()!();
  const start = messages[0];
  if (start?.type !== "start") throw new Error(`no start message: ${JSON.stringify(start)}`);
  const data = startRunData(start);
  for (const message of messages) {
    if (message.type === "year") addYear(data, message);
    if (message.type === "done") completeRunData(data, message);
    if (message.type === "error") throw new Error(message.message);
  }
  return data;
}
