/** Runs a range of a sweep's runs on worker threads, handing their rows on in run-id order. */
import { Worker } from "node:worker_threads";
import { InputError } from "../../sim/input-error.js";
import { runOrdered, type OrderedHandle } from "./ordered.js";
import { describeRun, type SweepPlan } from "./plan.js";
import type { RunDone, RunTask, WorkerReply, WorkerSetup } from "./protocol.js";

/** The compiled worker beside this file (dist/cli/sweep/worker.js). */
const WORKER_URL = new URL("./worker.js", import.meta.url);

/** Runs a worker may have outstanding at once, and runs in flight per worker (the reorder window). */
const PER_WORKER = 2;
const WINDOW_PER_WORKER = 4;

export interface Execution {
  handle: OrderedHandle;
  /** Stops the worker threads; call when `handle.finished` settles (either way). */
  close(): Promise<void>;
}

/** A worker's error, as the user should see it: a mistake in the sweep (exit 2) or a bug (exit 1). */
function runError(plan: SweepPlan, reply: Extract<WorkerReply, { error: unknown }>): Error {
  const { error } = reply;
  const run = plan.runs[reply.runId];
  const where = run ? describeRun(plan, run) : `run ${reply.runId}`;
  if (error.name === "InputError" && error.problem !== undefined) {
    const field = error.field ? `${error.field}: ` : "";
    return new InputError(plan.shown, "", `${where}: ${error.source}: ${field}${error.problem}`);
  }
  const failure = new Error(`${where} failed in a worker: ${error.message}`);
  failure.stack = `${failure.message}\n(worker) ${error.stack ?? ""}`;
  return failure;
}

export function executeRuns(options: {
  plan: SweepPlan;
  setup: WorkerSetup;
  start: number;
  end: number;
  workers: number;
  consume(run: RunDone): Promise<void>;
}): Execution {
  const { plan } = options;
  const threads: Worker[] = [];
  let closing = false;
  const handle = runOrdered<RunTask, RunDone>({
    start: options.start,
    end: options.end,
    window: options.workers * WINDOW_PER_WORKER,
    perExecutor: PER_WORKER,
    task(id) {
      const run = plan.runs[id]!;
      return { runId: run.runId, replicate: run.replicate, seed: run.seed, values: run.values };
    },
    executors: Array.from({ length: options.workers }, () => (done, fail) => {
      const worker = new Worker(WORKER_URL, { workerData: options.setup });
      threads.push(worker);
      worker.on("message", (reply: WorkerReply) => {
        if ("error" in reply) fail(runError(plan, reply));
        else done(reply.runId, reply);
      });
      worker.on("error", (error) => fail(error));
      worker.on("exit", (code) => {
        if (!closing) fail(new Error(`a sweep worker thread stopped unexpectedly (exit code ${code})`));
      });
      return { post: (task) => worker.postMessage(task) };
    }),
    consume: (_id, run) => options.consume(run),
  });
  return {
    handle,
    async close() {
      closing = true;
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
