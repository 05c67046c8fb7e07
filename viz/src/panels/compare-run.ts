// Runs scenarios A and B of a comparison side by side, each in its own simulation client (its own
// worker), on the same world with the same seeds, and assembles both RunData as the years arrive.
import type { ScenarioInput } from "../../../sim/index.js";
import type { ErrorMessage, WorldSource } from "../run/protocol.js";
import { addYear, completeRunData, startRunData } from "../run/run-data-builder.js";
import type { RunData } from "../run/run-data.js";
import type { RunHandle, RunHandlers, RunRequestInput } from "../run/sim-client.js";
import { pairedScenarios } from "./compare-choice.js";

/** What the comparison needs of a simulation client (SimClient has it). */
export interface CompareClient {
  run(request: RunRequestInput, handlers: RunHandlers): RunHandle;
  dispose?(): void;
}

export type Side = "a" | "b";

export interface PairHandlers {
  /** A year of either run arrived (or a run started); the runs so far, undefined before their start. */
  onProgress?: (runs: { a?: RunData; b?: RunData }) => void;
  /** Both runs are complete. */
  onDone?: (runs: { a: RunData; b: RunData }) => void;
  /** A run failed; the other is stopped. */
  onError?: (side: Side, message: ErrorMessage) => void;
}

export interface PairRequest {
  world: WorldSource;
  a: ScenarioInput;
  b: ScenarioInput;
  replicates: number;
}

/** Starts both runs; cancel() stops them (no handler is called afterwards). */
export function runPair(
  clients: { a: CompareClient; b: CompareClient },
  request: PairRequest,
  handlers: PairHandlers,
): { cancel(): void } {
  const scenarios = pairedScenarios(request.a, request.b);
  const runs: { a?: RunData; b?: RunData } = {};
  const handles: RunHandle[] = [];
  let stopped = false;
  const cancel = () => {
    stopped = true;
    for (const handle of handles) handle.cancel();
  };

  const start = (side: Side) =>
    clients[side].run(
      { world: request.world, scenario: scenarios[side], replicates: request.replicates },
      {
        onStart: (message) => {
          if (stopped) return;
          runs[side] = startRunData(message);
          handlers.onProgress?.(runs);
        },
        onYear: (message) => {
          const data = runs[side];
          if (stopped || !data) return;
          addYear(data, message);
          handlers.onProgress?.(runs);
        },
        onDone: (message) => {
          const data = runs[side];
          if (stopped || !data) return;
          completeRunData(data, message);
          if (runs.a?.complete && runs.b?.complete) handlers.onDone?.({ a: runs.a, b: runs.b });
        },
        onError: (message) => {
          if (stopped) return;
          cancel();
          handlers.onError?.(side, message);
        },
      },
    );
  handles.push(start("a"));
  if (!stopped) handles.push(start("b"));
  return { cancel };
}
