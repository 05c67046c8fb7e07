// The worker's logic without a worker: the messages a run streams, how a newer run or a cancel stops an
// older one between years, and how errors are told apart (the user's mistake or a bug).
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseScenario, runModel } from "../../../sim/index.js";
import {
  BUG_PREFIX,
  type FromWorker,
  type RunRequest,
  type ToWorker,
  type WorldSource,
} from "../../../viz/src/run/protocol.js";
import { addYear, completeRunData, startRunData } from "../../../viz/src/run/run-data-builder.js";
import { createWorkerSession } from "../../../viz/src/run/worker-session.js";
import { indonesia2022 } from "../../support/worlds.js";

const BUILTIN: WorldSource = { kind: "builtin", name: "indonesia-2022" };

/** A session whose scheduled tasks wait until the test runs them, as tasks wait in a worker. */
function harness() {
  const posted: Array<{ message: FromWorker; transfer: Transferable[] }> = [];
  const tasks: Array<() => void> = [];
  const handle = createWorkerSession(
    (message, transfer) => posted.push({ message, transfer }),
    (task) => tasks.push(task),
  );
  const runTasks = (limit = Infinity): void => {
    for (let i = 0; i < limit && tasks.length > 0; i++) tasks.shift()!();
  };
  const types = (runId?: number) =>
    posted.filter((p) => runId === undefined || p.message.runId === runId).map((p) => p.message.type);
  return { posted, handle, runTasks, types };
}

function run(runId: number, scenario: RunRequest["scenario"], replicates = 1, world = BUILTIN): ToWorker {
  return { type: "run", runId, world, scenario, replicates };
}

afterEach(() => vi.restoreAllMocks());

describe("createWorkerSession", () => {
  it("streams start, every year and done, and the messages build runModel's run", () => {
    const { posted, handle, runTasks, types } = harness();
    handle(run(1, { years: 4, seed: 3 }, 2));
    expect(types()).toEqual(["start"]);
    runTasks();
    expect(types()).toEqual(["start", "year", "year", "year", "year", "year", "done"]);

    const messages = posted.map((p) => p.message);
    const start = messages[0]!;
    if (start.type !== "start") throw new Error("first message is not start");
    const data = startRunData(start);
    for (const message of messages) {
      if (message.type === "year") addYear(data, message);
      if (message.type === "done") completeRunData(data, message);
    }
    expect(data.complete).toBe(true);
    expect(data.seeds).toEqual([3, 4]);
    const expected = runModel(indonesia2022(), parseScenario({ years: 4, seed: 3 }));
    expect(data.years[0]).toEqual(expected.years);
    expect(data.totalPolicyCost[0]).toBe(expected.summary.totalPolicyCost);
    expect(data.frames.map((f) => f.year)).toEqual([0, 1, 2, 3, 4]);
  });

  it("transfers each frame's buffers with its year", () => {
    const { posted, handle, runTasks } = harness();
    handle(run(1, { years: 1 }));
    runTasks();
    const year = posted.find((p) => p.message.type === "year")!;
    if (year.message.type !== "year") throw new Error("unreachable");
    expect(year.transfer).toContain(year.message.frame.grdp.buffer);
    expect(year.transfer).toContain(year.message.frame.linkA.buffer);
    expect(year.transfer).toHaveLength(12);
    expect(year.message.millis).toBeGreaterThanOrEqual(0);
  });

  it("a newer run supersedes the current one before its next year", () => {
    const { handle, runTasks, types } = harness();
    handle(run(1, { years: 20 }));
    runTasks(2);
    handle(run(2, { years: 2 }));
    runTasks();
    expect(types(1)).toEqual(["start", "year", "year"]);
    expect(types(2)).toEqual(["start", "year", "year", "year", "done"]);
  });

  it("a cancel stops the run; a cancel of another run does not", () => {
    const { handle, runTasks, types } = harness();
    handle(run(1, { years: 20 }));
    runTasks(1);
    handle({ type: "cancel", runId: 7 });
    runTasks(1);
    handle({ type: "cancel", runId: 1 });
    runTasks();
    expect(types(1)).toEqual(["start", "year", "year"]);
  });

  it("reports an invalid scenario or world as the user's mistake, naming the field", () => {
    const { posted, handle } = harness();
    handle(run(1, { years: 0 }));
    handle(run(2, {}, 1, { kind: "csv", name: "mine.csv", text: "id,name\nA,B\n" }));
    handle(run(3, {}, 0));
    expect(posted.map((p) => p.message)).toEqual([
      {
        type: "error",
        runId: 1,
        bug: false,
        message: "scenario: years: Too small: expected number to be >=1",
      },
      { type: "error", runId: 2, bug: false, message: expect.stringMatching(/^mine\.csv: /) },
      { type: "error", runId: 3, bug: false, message: expect.stringMatching(/^replicates: /) },
    ]);
  });

  it("reports anything else as a bug, and logs it", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const { posted, handle } = harness();
    handle(run(1, {}, 1, { kind: "nonsense" } as unknown as WorldSource));
    const [only] = posted.map((p) => p.message);
    expect(only).toMatchObject({ type: "error", runId: 1, bug: true });
    expect(only?.type === "error" && only.message.startsWith(BUG_PREFIX)).toBe(true);
    expect(log).toHaveBeenCalledOnce();
  });
});
