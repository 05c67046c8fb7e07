import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultScenario, parseScenario } from "../../sim/scenario/parse-scenario.js";

const dir = fileURLToPath(new URL("../../configs/scenarios/", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

/** Every leaf of a JSON value with its dot path (arrays are leaves: a scenario replaces them whole). */
function leaves(value: unknown, path = ""): Array<[string, unknown]> {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

function at(object: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], object);
}

describe("configs/scenarios", () => {
  it("holds the named scenarios of the issue", () => {
    expect(files.map((f) => basename(f, ".json")).sort()).toEqual(
      expect.arrayContaining([
        "baseline",
        "capacity-building",
        "combined-package",
        "harmonisation",
        "high-ego",
        "incentive-fund",
        "regional-body",
      ]),
    );
  });

  for (const file of files) {
    describe(file, () => {
      const text = readFileSync(join(dir, file), "utf8");
      const raw = JSON.parse(text) as Record<string, unknown>;

      it("is a valid scenario", () => {
        expect(() => parseScenario(raw, file)).not.toThrow();
      });

      it("points at the schema, is named after its file, and states its question in English / Bahasa Indonesia", () => {
        expect(raw["$schema"]).toBe("../scenario.schema.json");
        expect(raw["name"]).toBe(basename(file, ".json"));
        const description = raw["description"];
        expect(typeof description).toBe("string");
        const [english, indonesian, ...rest] = (description as string).split(" / ");
        expect(rest).toHaveLength(0);
        expect(english).toMatch(/\?$/);
        expect(indonesian).toMatch(/\?$/);
      });

      it("states only what differs from the defaults", () => {
        const defaults = defaultScenario();
        for (const [path, value] of leaves(raw)) {
          if (path === "$schema" || path === "name" || path === "description") continue;
          expect(at(defaults, path), path).not.toEqual(value);
        }
      });
    });
  }
});
