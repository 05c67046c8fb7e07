// The world a state's scenario runs on, for views that run it themselves (the comparison). When the
// scenario's world cannot be had (a world file not loaded yet), they fall back to the provinces; the
// simulation view says what is missing in the alert region.
import { InputError } from "../../../sim/index.js";
import type { WorldSource } from "../run/protocol.js";
import { DEFAULT_WORLD } from "../run/builtin-worlds.js";
import { worldSourceFor } from "../run/world-source.js";
import type { AppState } from "./app-store.js";

export function safeWorldSource(state: AppState): WorldSource {
  try {
    return worldSourceFor(state.scenario, state.uploadedWorld ?? undefined);
  } catch (error) {
    if (error instanceof InputError) return { kind: "builtin", name: DEFAULT_WORLD };
    throw error;
  }
}
