// Runs the scenario whenever it changes: waits for the user to stop moving a slider (debounce), asks
// the simulation worker for the run, and assembles its years into a RunData that the panels draw as
// it grows. A newer request supersedes a run in progress (the client cancels it).
import { InputError } from "../../../sim/index.js";
import { addYear, completeRunData, startRunData } from "../run/run-data-builder.js";
import type { RunData } from "../run/run-data.js";
import type { RunHandle, RunHandlers, RunRequestInput } from "../run/sim-client.js";
import { worldSourceFor } from "../run/world-source.js";
import type { AppState } from "./app-store.js";

export interface RunEvents {
  /** A run began: its regions, domains and seeds are known, no year yet. */
  start?(data: RunData): void;
  /** Year `year` of every replicate arrived (data.frames[year] is replicate 0's). */
  year?(data: RunData, year: number): void;
  done?(data: RunData): void;
  /** The run could not start or stopped: a user's mistake (`bug` false) or a bug. */
  error?(message: string, bug: boolean): void;
}

/** The part of SimClient the runner uses (tests pass a fake). */
export interface RunClient {
  run(request: RunRequestInput, handlers: RunHandlers): RunHandle;
}

export interface RunnerTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: RunnerTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Long enough to skip the positions a dragged slider passes through, short enough to feel immediate. */
export const RUN_DEBOUNCE_MS = 150;

export class Runner {
  private pending: { handle: unknown; state: AppState } | null = null;
  private active: RunHandle | null = null;
  private data: RunData | undefined;
  private lastError: string | undefined;
  private idleWaiters: Array<() => void> = [];
  private readonly timers: RunnerTimers;

  constructor(
    private readonly client: RunClient,
    private readonly events: RunEvents,
    private readonly options: { debounceMs?: number; timers?: RunnerTimers } = {},
  ) {
    this.timers = options.timers ?? browserTimers;
  }

  /** The run drawn now: complete, in progress, or undefined before the first start. */
  get current(): RunData | undefined {
    return this.data;
  }

  /** The last run's problem, if it failed. */
  get error(): string | undefined {
    return this.lastError;
  }

  /** Whether a run is waiting for its debounce or computing. */
  get busy(): boolean {
    return this.pending !== null || this.active !== null;
  }

  /** Runs `state` after the debounce (`immediate`: now), replacing any run waiting or in progress. */
  request(state: AppState, options: { immediate?: boolean } = {}): void {
    if (this.pending) this.timers.clearTimeout(this.pending.handle);
    this.pending = null;
    if (options.immediate) {
      this.start(state);
      return;
    }
    const handle = this.timers.setTimeout(() => {
      this.pending = null;
      this.start(state);
    }, this.options.debounceMs ?? RUN_DEBOUNCE_MS);
    this.pending = { handle, state };
  }

  /** Resolves once no run is waiting or computing (at once when idle). */
  whenIdle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private start(state: AppState): void {
    this.active?.cancel();
    this.active = null;
    let world;
    try {
      world = worldSourceFor(state.scenario, state.uploadedWorld ?? undefined);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.fail(error.message, false);
      return;
    }
    const handle = this.client.run(
      { world, scenario: state.scenario, replicates: state.replicates },
      {
        onStart: (message) => {
          this.lastError = undefined;
          this.data = startRunData(message);
          this.events.start?.(this.data);
        },
        onYear: (message) => {
          if (!this.data) return;
          addYear(this.data, message);
          // The worker's compute time for this year (all replicates), as User Timing for bench/dashboard.ts.
          performance.measure("sinergi:year", {
            start: performance.now() - message.millis,
            duration: message.millis,
          });
          this.events.year?.(this.data, message.frame.year);
        },
        onDone: (message) => {
          this.active = null;
          if (this.data) {
            completeRunData(this.data, message);
            this.events.done?.(this.data);
          }
          this.settle();
        },
        onError: (message) => {
          this.active = null;
          this.fail(message.message, message.bug);
        },
      },
    );
    this.active = handle;
  }

  private fail(message: string, bug: boolean): void {
    this.lastError = message;
    this.events.error?.(message, bug);
    this.settle();
  }

  private settle(): void {
    if (this.busy) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
