// The address always encodes what the user sees (scenario, replicates, comparison, year, view), so a
// copied link reproduces the run. Reading it is checked by url-state.ts: problems come back as text
// for the alert region and never stop the page.
import type { ScenarioInput } from "../../../sim/index.js";
import {
  decodeSharedState,
  encodeSharedState,
  type DecodedState,
  type SharedState,
} from "../scenario/url-state.js";

export interface AddressTarget {
  location: Pick<Location, "hash" | "href">;
  history: Pick<History, "replaceState">;
}

/** The address's state, falling back to `defaults` (the baseline preset) part by part. */
export function readAddress(
  hash: string,
  defaults: { scenario: ScenarioInput; replicates: number },
  tabs: readonly string[],
): DecodedState {
  // An empty address is not a problem: it is the page opened plainly.
  if (hash === "" || hash === "#") return { state: { ...defaults }, problems: [] };
  return decodeSharedState(hash, { defaults, tabs });
}

/** Replaces the address (no new history entry per slider move) when the state's text changed. */
export function writeAddress(
  state: SharedState,
  target: AddressTarget = globalThis as unknown as AddressTarget,
): string {
  const hash = encodeSharedState(state);
  if (target.location.hash !== hash) {
    const url = new URL(target.location.href);
    url.hash = hash;
    target.history.replaceState(null, "", url.href);
  }
  return hash;
}
