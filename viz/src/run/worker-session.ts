// The simulation side of the worker protocol, free of any worker API: it takes ToWorker messages and
// posts FromWorker messages through the functions it is given. sim.worker.ts wires it to the worker's
// global scope; sim-client.ts runs it on the main thread when no worker can start; tests drive it
// directly.
import { InputError } from "../../../sim/index.js";
import { BUG_PREFIX, type FromWorker, type ToWorker } from "./protocol.js";
import { frameBuffers } from "./region-frame.js";
import { createRunStepper, type RunStepper } from "./run-stepper.js";
import { loadWorld } from "./world-source.js";

export type PostMessage = (message: FromWorker, transfer: Transferable[]) => void;
/** Runs a task later, after pending messages have been handled (a macrotask, not a microtask). */
export type ScheduleTask = (task: () => void) => void;

/**
 * Returns the handler of incoming messages. A run computes one replicate's year per task and yields
 * between tasks, so that a "cancel" or a newer "run" arriving meanwhile is handled before the next
 * task: a newer run supersedes the current one within one replicate-year (about 85 ms for a
 * 514-region world in Node, 4 ms for the 34 provinces).
 */
export function createWorkerSession(
  post: PostMessage,
  schedule: ScheduleTask,
  now: () => number = () => performance.now(),
): (message: ToWorker) => void {
  let current: number | undefined;

  const fail = (runId: number, error: unknown): void => {
    if (current === runId) current = undefined;
    post(errorMessage(runId, error), []);
  };

  const begin = (runId: number, stepper: RunStepper, started: number): void => {
    /** Time spent computing the year being assembled, over its tasks (one replicate each). */
    let computing = 0;
    const tick = (): void => {
      if (current !== runId) return;
      try {
        const before = now();
        const year = stepper.step();
        computing += now() - before;
        if (year) {
          const message: FromWorker = { type: "year", runId, ...year, millis: computing };
          computing = 0;
          post(message, frameBuffers(year.frame));
        }
        if (stepper.done) {
          current = undefined;
          post(
            { type: "done", runId, totalPolicyCost: stepper.totalPolicyCost(), millis: now() - started },
            [],
          );
          return;
        }
        schedule(tick);
      } catch (error) {
        fail(runId, error);
      }
    };
    schedule(tick);
  };

  return (message) => {
    if (message.type === "cancel") {
      if (current === message.runId) current = undefined;
      return;
    }
    const { runId } = message;
    current = runId;
    const started = now();
    let stepper: RunStepper;
    try {
      stepper = createRunStepper(loadWorld(message.world), message.scenario, message.replicates);
    } catch (error) {
      fail(runId, error);
      return;
    }
    post({ type: "start", runId, ...stepper.start }, []);
    begin(runId, stepper, started);
  };
}

/** A user's mistake keeps its message (it names the input and field); anything else is a bug. */
export function errorMessage(runId: number, error: unknown): FromWorker {
  if (error instanceof InputError) return { type: "error", runId, message: error.message, bug: false };
  console.error(error);
  const detail = error instanceof Error ? error.message : String(error);
  return { type: "error", runId, message: `${BUG_PREFIX} ${detail}`, bug: true };
}

export interface TaskScheduler {
  schedule: ScheduleTask;
  /** Drops pending tasks and releases the channel. */
  close(): void;
}

/**
 * Schedules macrotasks through a MessageChannel: unlike nested setTimeout(0), it is not clamped to
 * 4 ms, and unlike a microtask it lets queued messages (a cancel, a newer run) be handled first.
 */
export function messageChannelScheduler(): TaskScheduler {
  const channel = new MessageChannel();
  const queue: Array<() => void> = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return {
    schedule(task) {
      queue.push(task);
      channel.port2.postMessage(null);
    },
    close() {
      queue.length = 0;
      channel.port1.close();
    },
  };
}
