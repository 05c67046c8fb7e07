import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppState } from "../../../viz/src/app/app-store.js";
import { Runner, type RunClient } from "../../../viz/src/app/runner.js";
import type { RunHandlers, RunRequestInput } from "../../../viz/src/run/sim-client.js";

function state(scenario: AppState["scenario"] = {}): AppState {
  return { scenario, replicates: 1, uploadedWorld: null, compare: undefined };
}

/** Records requests; the test plays the worker's replies. */
function fakeClient() {
  const runs: { request: RunRequestInput; handlers: RunHandlers; cancelled: boolean }[] = [];
  const client: RunClient = {
    run(request, handlers) {
      const entry = { request, handlers, cancelled: false };
      runs.push(entry);
      return { runId: runs.length, cancel: () => (entry.cancelled = true) };
    },
  };
  return { client, runs };
}

describe("Runner", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("waits out a burst of edits and runs only the last", () => {
    const { client, runs } = fakeClient();
    const runner = new Runner(client, {});
    runner.request(state({ ego: { mean: 0.1 } }));
    vi.advanceTimersByTime(100);
    runner.request(state({ ego: { mean: 0.2 } }));
    vi.advanceTimersByTime(100);
    runner.request(state({ ego: { mean: 0.3 } }));
    expect(runs).toHaveLength(0);
    expect(runner.busy).toBe(true);
    vi.advanceTimersByTime(150);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.request).toMatchObject({
      scenario: { ego: { mean: 0.3 } },
      replicates: 1,
      world: { kind: "builtin", name: "indonesia-2022" },
    });
  });

  it("cancels a run in progress when a newer one starts", () => {
    const { client, runs } = fakeClient();
    const runner = new Runner(client, {});
    runner.request(state(), { immediate: true });
    runner.request(state({ seed: 2 }), { immediate: true });
    expect(runs.map((run) => run.cancelled)).toEqual([true, false]);
  });

  it("reports a world it cannot have as a user's mistake, without asking the worker", async () => {
    const { client, runs } = fakeClient();
    const errors: string[] = [];
    const runner = new Runner(client, { error: (message) => errors.push(message) });
    runner.request(state({ world: "elsewhere/my-world.csv" }), { immediate: true });
    expect(runs).toHaveLength(0);
    expect(errors[0]).toMatch(/my-world\.csv/);
    expect(runner.error).toBe(errors[0]);
    await expect(runner.whenIdle()).resolves.toBeUndefined();
  });

  it("resolves whenIdle after the debounce and the run's end", async () => {
    const { client, runs } = fakeClient();
    const runner = new Runner(client, {});
    runner.request(state());
    let idle = false;
    void runner.whenIdle().then(() => (idle = true));
    vi.advanceTimersByTime(150);
    await Promise.resolve();
    expect(idle).toBe(false);
    runs[0]!.handlers.onError?.({ type: "error", runId: 1, message: "scenario: years: Too big", bug: false });
    await Promise.resolve();
    expect(idle).toBe(true);
    expect(runner.error).toBe("scenario: years: Too big");
  });
});
