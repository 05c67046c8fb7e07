import { describe, expect, it } from "vitest";
import { InputError, parseScenario, type ScenarioInput } from "../../../sim/index.js";
import { effectiveValue, valueAt, withValue } from "../../../viz/src/scenario/scenario-edit.js";

const BASE: ScenarioInput = {
  name: "mine",
  ego: { mean: 0.4, byGroup: { Jawa: 0.6 } },
  policies: { regionalBody: { members: ["Jawa"] } },
};

describe("valueAt", () => {
  it("reads what the scenario sets and nothing else", () => {
    expect(valueAt(BASE, "ego.mean")).toBe(0.4);
    expect(valueAt(BASE, "ego.byGroup.Jawa")).toBe(0.6);
    expect(valueAt(BASE, "policies.regionalBody.members")).toEqual(["Jawa"]);
    expect(valueAt(BASE, "ego.spread")).toBeUndefined();
    expect(valueAt(BASE, "economy.baseGrowth")).toBeUndefined();
    expect(valueAt(BASE, "name.length")).toBeUndefined();
    expect(valueAt(BASE, "ego.byGroup.toString")).toBeUndefined();
  });
});

describe("withValue", () => {
  it("sets a field, creating the objects on its path, without changing the input", () => {
    const before = structuredClone(BASE);
    const edited = withValue(BASE, "policies.incentiveFund.budget", 500);
    expect(edited).toEqual({ ...BASE, policies: { ...BASE.policies, incentiveFund: { budget: 500 } } });
    expect(BASE).toEqual(before);
    expect(parseScenario(edited).policies.incentiveFund.budget).toBe(500);
  });

  it("sets as `sinergi run --set` does", () => {
    expect(withValue({}, "ego.byGroup.Sulawesi", 0.2)).toEqual({ ego: { byGroup: { Sulawesi: 0.2 } } });
    expect(withValue(BASE, "world", { synthetic: { regions: 50 } }).world).toEqual({
      synthetic: { regions: 50 },
    });
  });

  it("does not share an array value with the caller", () => {
    const members = ["all"];
    const edited = withValue({}, "policies.regionalBody.members", members);
    members.push("Jawa");
    expect(valueAt(edited, "policies.regionalBody.members")).toEqual(["all"]);
  });

  it("removes a field set to undefined, and the objects it leaves empty", () => {
    expect(withValue(BASE, "ego.mean", undefined)).toEqual({ ...BASE, ego: { byGroup: { Jawa: 0.6 } } });
    expect(withValue(BASE, "policies.regionalBody.members", undefined)).toEqual({
      name: "mine",
      ego: BASE.ego,
    });
    const noGroups = withValue(withValue(BASE, "ego.byGroup.Jawa", undefined), "ego.mean", undefined);
    expect(noGroups).toEqual({ name: "mine", policies: BASE.policies });
    expect(withValue(BASE, "economy.convergence", undefined)).toEqual(BASE);
  });

  it("refuses paths that are not fields", () => {
    expect(() => withValue(BASE, "name.first", "x")).toThrow(InputError);
    expect(() => withValue({}, "__proto__.polluted", 1)).toThrow(/not a valid dot path/);
    expect(() => withValue({}, "ego..mean", undefined)).toThrow(/not a valid dot path/);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("effectiveValue", () => {
  it("gives the scenario's own value or the schema's default", () => {
    const scenario = parseScenario(BASE);
    expect(effectiveValue("ego.mean", scenario)).toBe(0.4);
    expect(effectiveValue("economy.baseGrowth", scenario)).toBe(0.05);
    expect(effectiveValue("policies.incentiveFund.perAgreement", scenario)).toBe(5);
    expect(effectiveValue("ego.byGroup.Bali", scenario)).toBeUndefined();
  });
});
