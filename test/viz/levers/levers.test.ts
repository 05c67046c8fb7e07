import { describe, expect, it } from "vitest";
import { InputError, defaultScenario, parseScenario, withOverrides } from "../../../sim/index.js";
import { leverText } from "../../../viz/src/i18n/messages/levers.js";
import {
  LEVERS,
  LEVER_GROUPS,
  formatLeverValue,
  leverByPath,
  leverDefault,
  leverHelp,
  leverLabel,
  leversInGroup,
  valueAtPath,
  type Lever,
} from "../../../viz/src/scenario/levers.js";

const parseWith = (path: string, value: unknown) =>
  parseScenario(withOverrides({}, [{ path, value }]), "lever");

/** Test values at both ends of a control (and the group or option values it can write). */
function valuesOf(lever: Lever): { path: string; value: unknown }[] {
  const control = lever.control;
  switch (control.kind) {
    case "range":
      return [control.min, control.max].map((value) => ({ path: lever.path, value }));
    case "select":
      return control.options.map((o) => ({ path: lever.path, value: o.value }));
    case "toggle":
      return [true, false].map((value) => ({ path: lever.path, value }));
    case "egoByGroup":
      return [control.min, control.max].map((value) => ({ path: `${lever.path}.Jawa`, value }));
    case "egoByRegion":
      // Region 11 is Aceh in the default world.
      return [control.min, control.max].map((value) => ({ path: `${lever.path}.11`, value }));
    case "regionSets":
      return [[], [control.all], ["Jawa", "Sumatera"]].map((value) => ({ path: lever.path, value }));
  }
}

describe("the lever catalogue", () => {
  it("has unique paths and puts every lever in a known group, every group non-empty", () => {
    expect(new Set(LEVERS.map((l) => l.path)).size).toBe(LEVERS.length);
    const groups = new Set(LEVER_GROUPS.map((g) => g.id));
    for (const lever of LEVERS) expect(groups.has(lever.group), lever.path).toBe(true);
    for (const group of LEVER_GROUPS) expect(leversInGroup(group.id).length, group.id).toBeGreaterThan(0);
  });

  it("follows the source text's strategies, then ego and the model settings", () => {
    expect(LEVER_GROUPS.map((g) => g.id)).toEqual([
      "regulation",
      "capacity",
      "financing",
      "coordination",
      "participation",
      "ego",
      "model",
    ]);
  });

  it("offers every policy of the schema, each with one main control outside the details", () => {
    const policies = Object.keys(defaultScenario().policies);
    for (const policy of policies) {
      const main = LEVERS.filter((l) => l.path.startsWith(`policies.${policy}.`) && l.detail !== true);
      expect(main.length, policy).toBeGreaterThan(0);
    }
  });

  it("finds a lever by its path", () => {
    expect(leverByPath("policies.incentiveFund.budget")?.group).toBe("financing");
    expect(leverByPath("no.such.path")).toBeUndefined();
  });

  describe.each(LEVERS.map((lever) => ({ path: lever.path, lever })))("$path", ({ lever }) => {
    it("names a field the schema fills by default", () => {
      expect(valueAtPath(defaultScenario(), lever.path)).not.toBeUndefined();
    });

    it("has values the schema accepts at the ends of its control", () => {
      for (const { path, value } of valuesOf(lever)) {
        const scenario = parseWith(path, value);
        expect(valueAtPath(scenario, path), path).toEqual(value);
      }
    });

    it("has a default within its range, on a step of it", () => {
      const control = lever.control;
      const value = leverDefault(lever);
      if (control.kind === "range") {
        expect(typeof value).toBe("number");
        const v = value as number;
        expect(v).toBeGreaterThanOrEqual(control.min);
        expect(v).toBeLessThanOrEqual(control.max);
        const steps = (v - control.min) / control.step;
        expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-9);
        const span = (control.max - control.min) / control.step;
        expect(Math.abs(span - Math.round(span)), "range is a whole number of steps").toBeLessThan(1e-9);
      } else if (control.kind === "select") {
        expect(control.options.map((o) => o.value)).toContain(value);
      } else if (control.kind === "toggle") {
        expect(typeof value).toBe("boolean");
      } else if (control.kind === "egoByGroup" || control.kind === "egoByRegion") {
        expect(value).toEqual({});
      } else {
        expect(value).toEqual([]);
      }
    });

    it("has a label and a help text in both languages, different between them", () => {
      for (const key of [lever.labelKey, lever.helpKey]) {
        const id = leverText.inLang("id", key);
        const en = leverText.inLang("en", key);
        expect(leverText.has(key), key).toBe(true);
        expect(id.trim()).not.toBe("");
        expect(en.trim()).not.toBe("");
        expect(en).not.toBe(id);
      }
      if (lever.control.kind === "select") {
        for (const option of lever.control.options) {
          expect(leverText.has(option.labelKey), option.labelKey).toBe(true);
          expect(leverText.inLang("en", option.labelKey)).not.toBe(leverText.inLang("id", option.labelKey));
        }
      }
    });

    it("writes its default into the help text", () => {
      for (const lang of ["id", "en"] as const) {
        const help = leverHelp(lever, lang);
        expect(help).not.toMatch(/\{\w+\}/);
        if (lever.control.kind !== "egoByGroup" && lever.control.kind !== "egoByRegion") {
          expect(help).toContain(formatLeverValue(lever, leverDefault(lever), lang));
        }
      }
    });
  });

  it("keeps help texts to one to three sentences before the default", () => {
    for (const lever of LEVERS) {
      for (const lang of ["id", "en"] as const) {
        const text = leverHelp(lever, lang).replace(/\s*(Bawaan|Default): [^]*$/, "");
        // A sentence ends with a full stop followed by a capital (so "0,5" or "0.5" does not end one).
        const sentences = text.split(/\.\s+(?=\p{Lu})/u).length;
        expect(sentences, `${lever.path} (${lang})`).toBeLessThanOrEqual(3);
        expect(text.length, `${lever.path} (${lang})`).toBeGreaterThan(40);
      }
    }
  });
});

describe("ranges stay inside the schema", () => {
  it("the schema refuses values just outside some ranges that end at a schema bound", () => {
    expect(() => parseWith("policies.harmonisation.level", 1.05)).toThrow(InputError);
    expect(() => parseWith("ego.byGroup.Jawa", -0.05)).toThrow(InputError);
    expect(() => parseWith("policies.incentiveFund.budget", -10)).toThrow(InputError);
  });
});

describe("formatLeverValue", () => {
  const at = (path: string) => leverByPath(path)!;

  it("writes shares as percentages with the step's precision", () => {
    expect(formatLeverValue(at("policies.harmonisation.level"), 0.5, "id")).toBe("50%");
    expect(formatLeverValue(at("cooperation.budgetShare"), 0.0005, "id")).toBe("0,05%");
    expect(formatLeverValue(at("economy.baseGrowth"), 0.05, "en")).toBe("5.0%");
  });

  it("writes money, plain numbers, years, toggles, options and region sets", () => {
    expect(formatLeverValue(at("policies.incentiveFund.budget"), 500, "id")).toBe("Rp 500 miliar");
    expect(formatLeverValue(at("policies.incentiveFund.budget"), 2000, "en")).toBe("Rp 2 trillion");
    expect(formatLeverValue(at("ego.mean"), 0.3, "id")).toBe("0,30");
    expect(formatLeverValue(at("years"), 30, "id")).toBe("30 tahun");
    expect(formatLeverValue(at("cooperation.planningHorizon"), 1, "en")).toBe("1 year");
    expect(formatLeverValue(at("policies.incentiveFund.favourPoor"), true, "en")).toBe("On");
    expect(formatLeverValue(at("policies.benefitSharing.rule"), "needs", "id")).toBe("Berdasarkan kebutuhan");
    expect(formatLeverValue(at("policies.regionalBody.members"), ["all"], "en")).toBe("All island groups");
    expect(formatLeverValue(at("policies.regionalBody.members"), [], "id")).toBe("Tidak ada");
    expect(
      formatLeverValue(at("policies.regionalBody.members"), ["Jawa", "Bali dan Nusa Tenggara"], "id"),
    ).toBe("Jawa, Bali dan Nusa Tenggara");
    expect(formatLeverValue(at("ego.byGroup"), undefined, "en")).toBe("Follows the mean");
  });

  it("labels follow the language", () => {
    expect(leverLabel(at("policies.incentiveFund.budget"), "id")).toBe("Dana Insentif kerja sama");
    expect(leverLabel(at("policies.incentiveFund.budget"), "en")).toBe("Cooperation incentive fund");
  });
});

describe("policy timing", () => {
  const timed = LEVERS.filter((l) => l.timing !== undefined);

  it("is offered once for every policy that has a timing window in the schema", () => {
    const policies = defaultScenario().policies as Record<string, Record<string, unknown>>;
    const withWindow = Object.keys(policies)
      .filter((name) => "from" in policies[name]!)
      .map((name) => `policies.${name}`);
    expect(timed.map((l) => l.timing).sort()).toEqual(withWindow.sort());
  });

  it.each(timed.map((l) => ({ timing: l.timing! })))("$timing accepts a window of years", ({ timing }) => {
    const scenario = parseScenario(
      withOverrides({}, [
        { path: `${timing}.from`, value: 5 },
        { path: `${timing}.until`, value: 12 },
      ]),
      "lever",
    );
    expect(valueAtPath(scenario, `${timing}.from`)).toBe(5);
    expect(valueAtPath(scenario, `${timing}.until`)).toBe(12);
    expect(valueAtPath(defaultScenario(), `${timing}.from`)).toBe(1);
  });
});
