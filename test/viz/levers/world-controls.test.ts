// The two controls whose choices come from the loaded world (ego per island group, the regional body's
// member groups) write values the model accepts for the default world's actual groups, and the model
// does what the help texts say with them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Model, parseScenario, parseWorldCsv, withOverrides } from "../../../sim/index.js";
import { leverByPath } from "../../../viz/src/scenario/levers.js";

const world = parseWorldCsv(readFileSync("configs/worlds/indonesia-2022.csv", "utf8"), "indonesia-2022.csv");

describe("ego per island group", () => {
  const lever = leverByPath("ego.byGroup")!;

  it("is a control over the loaded world's groups", () => {
    expect(lever.control.kind).toBe("egoByGroup");
    expect(world.groups.length).toBeGreaterThan(1);
  });

  it("sets the ego of the group's regions and leaves the other groups at the mean", () => {
    const [first, ...others] = world.groups;
    const scenario = parseScenario(
      withOverrides({ years: 1, ego: { mean: 0.3 } }, [{ path: `${lever.path}.${first!}`, value: 0.9 }]),
      "lever",
    );
    const model = new Model(world, scenario);
    for (let i = 0; i < world.size; i++) {
      const group = world.groups[world.groupOf[i]!];
      expect(model.state.ego[i], `${world.names[i]} (${group})`).toBeCloseTo(group === first ? 0.9 : 0.3, 12);
    }
    expect(others.length).toBeGreaterThan(0);
  });
});

describe("regional body members", () => {
  const lever = leverByPath("policies.regionalBody.members")!;

  it("accepts every group of the loaded world and 'all', and the body charges its members' fees", () => {
    expect(lever.control.kind).toBe("regionSets");
    for (const members of [[...world.groups], ["all"]]) {
      const scenario = parseScenario(
        withOverrides({ years: 1 }, [{ path: lever.path, value: members }]),
        "lever",
      );
      const model = new Model(world, scenario);
      const row = model.step();
      // Every region is a member and pays the default fee of 2 miliar, so the policy cost is at least that.
      expect(row.policy_cost).toBeGreaterThanOrEqual(2 * world.size - 1e-9);
    }
  });

  it("refuses a group the world does not have, so a stale choice cannot pass silently", () => {
    const scenario = parseScenario(withOverrides({}, [{ path: lever.path, value: ["Atlantis"] }]), "lever");
    expect(() => new Model(world, scenario)).toThrow(/Atlantis/);
  });
});
