import { describe, expect, it, vi } from "vitest";
import { parseScenario } from "../../../sim/index.js";
import { AppStore, clampReplicates, type ChangeKind } from "../../../viz/src/app/app-store.js";
import { readAddress, writeAddress, type AddressTarget } from "../../../viz/src/app/address-sync.js";

const TABS = ["simulate", "compare", "sweep"];

/** A stand-in for window.location and history: replaceState rewrites the hash. */
function fakeWindow(
  href = "http://127.0.0.1:4173/?lang=en",
): AddressTarget & { replaceState: ReturnType<typeof vi.fn> } {
  const url = new URL(href);
  const replaceState = vi.fn((_data: unknown, _unused: string, next?: string | URL | null) => {
    if (next) url.href = new URL(String(next), url).href;
  });
  return {
    location: {
      get hash() {
        return url.hash;
      },
      get href() {
        return url.href;
      },
    },
    history: { replaceState },
    replaceState,
  };
}

describe("AppStore", () => {
  it("edits one field by dot path, keeping the rest of the scenario as written", () => {
    const store = new AppStore({
      scenario: { name: "incentive-fund", policies: { incentiveFund: { budget: 500 } } },
    });
    const changes: ChangeKind[] = [];
    store.subscribe((_state, change) => changes.push(change));
    store.setValue("policies.incentiveFund.perAgreement", 8);
    store.setValue("ego.mean", 0.6);
    expect(store.state.scenario).toEqual({
      name: "incentive-fund",
      policies: { incentiveFund: { budget: 500, perAgreement: 8 } },
      ego: { mean: 0.6 },
    });
    expect(changes).toEqual(["edit", "edit"]);
    // The edited scenario is what the model runs.
    expect(parseScenario(store.state.scenario).policies.incentiveFund.perAgreement).toBe(8);
  });

  it("never changes a scenario in place (listeners can compare old and new)", () => {
    const original = { ego: { mean: 0.3 } };
    const store = new AppStore({ scenario: original });
    store.setValue("ego.mean", 0.9);
    expect(original).toEqual({ ego: { mean: 0.3 } });
  });

  it("removes a field set to undefined, so it takes its default again", () => {
    const store = new AppStore({ scenario: { ego: { byGroup: { Jawa: 0.5 } } } });
    store.setValue("ego.byGroup", undefined);
    expect(store.state.scenario).toEqual({});
  });

  it("keeps replicates whole numbers from 1 to 50 and tells listeners only of real changes", () => {
    const store = new AppStore({ scenario: {} });
    const listener = vi.fn();
    store.subscribe(listener);
    store.setReplicates(10);
    store.setReplicates(10.2);
    expect(store.state.replicates).toBe(10);
    expect(listener).toHaveBeenCalledTimes(1);
    store.setReplicates(500);
    expect(store.state.replicates).toBe(50);
    store.setReplicates(0);
    expect(store.state.replicates).toBe(1);
    expect(clampReplicates(Number.NaN)).toBe(1);
    expect(clampReplicates(7.6)).toBe(8);
  });

  it("chooses a world in the scenario, with the loaded file's text beside it", () => {
    const store = new AppStore({ scenario: {} });
    store.setWorld({ synthetic: { regions: 40, groups: 4, seed: 3 } });
    expect(store.state.scenario.world).toEqual({ synthetic: { regions: 40, groups: 4, seed: 3 } });
    expect(store.state.uploadedWorld).toBeNull();
    store.setWorld("my-world.csv", { name: "my-world.csv", text: "id,name\n" });
    expect(store.state.scenario.world).toBe("my-world.csv");
    expect(store.state.uploadedWorld?.name).toBe("my-world.csv");
  });

  it("replaces the whole scenario (a preset, a file, a link), with replicates when given", () => {
    const store = new AppStore({ scenario: { ego: { mean: 0.9 } }, replicates: 3 });
    const changes: ChangeKind[] = [];
    store.subscribe((_state, change) => changes.push(change));
    store.replaceScenario({ name: "harmonisation" });
    expect(store.state).toMatchObject({ scenario: { name: "harmonisation" }, replicates: 3 });
    store.replaceScenario({}, 99);
    expect(store.state.replicates).toBe(50);
    expect(changes).toEqual(["replace", "replace"]);
  });
});

describe("the address", () => {
  it("round-trips the store's scenario, replicates, comparison, year and view", () => {
    const store = new AppStore({ scenario: {} });
    store.setValue("policies.harmonisation.level", 0.75);
    store.setValue("seed", 42);
    store.setReplicates(5);
    store.setCompare({ policies: { incentiveFund: { budget: 1000 } } });
    const target = fakeWindow();
    const { scenario, replicates, compare } = store.state;
    writeAddress({ scenario, replicates, ...(compare ? { compare } : {}), year: 12, tab: "compare" }, target);

    expect(target.replaceState).toHaveBeenCalledTimes(1);
    // The query (?lang) stays; the state is in the hash.
    expect(target.location.href).toMatch(/^http:\/\/127\.0\.0\.1:4173\/\?lang=en#s=/);
    const decoded = readAddress(target.location.hash, { scenario: {}, replicates: 1 }, TABS);
    expect(decoded.problems).toEqual([]);
    expect(decoded.state).toEqual({
      scenario: { policies: { harmonisation: { level: 0.75 } }, seed: 42 },
      replicates: 5,
      compare: { policies: { incentiveFund: { budget: 1000 } } },
      year: 12,
      tab: "compare",
    });
  });

  it("does not rewrite an address that already says the same", () => {
    const target = fakeWindow();
    writeAddress({ scenario: { seed: 2 }, replicates: 1 }, target);
    writeAddress({ scenario: { seed: 2 }, replicates: 1 }, target);
    expect(target.replaceState).toHaveBeenCalledTimes(1);
    writeAddress({ scenario: { seed: 3 }, replicates: 1 }, target);
    expect(target.replaceState).toHaveBeenCalledTimes(2);
  });

  it("opens a plain address on the defaults without a problem", () => {
    const defaults = { scenario: { name: "baseline" }, replicates: 1 };
    expect(readAddress("", defaults, TABS)).toEqual({ state: defaults, problems: [] });
  });

  it("keeps the default for a bad part and says which field was wrong", () => {
    const target = fakeWindow();
    writeAddress({ scenario: { ego: { mean: 0.4 } }, replicates: 2 }, target);
    const good = readAddress(target.location.hash, { scenario: {}, replicates: 1 }, TABS);
    expect(good.state.scenario).toEqual({ ego: { mean: 0.4 } });

    // A scenario that fails the schema (ego.mean above 1) is refused, naming the field.
    writeAddress({ scenario: { ego: { mean: 4 } }, replicates: 2 }, target);
    const bad = readAddress(target.location.hash, { scenario: { name: "baseline" }, replicates: 1 }, TABS);
    expect(bad.state.scenario).toEqual({ name: "baseline" });
    expect(bad.state.replicates).toBe(2);
    expect(bad.problems.join("\n")).toMatch(/ego\.mean/);
  });
});
