import { describe, expect, it } from "vitest";
import { MAX_RUNS, parseSweep, parseSweepJson, sweepJsonSchema } from "../../../sim/experiment/index.js";
import { InputError } from "../../../sim/input-error.js";

/** The InputError a sweep raises (failing the test if it raises none or another error). */
function errorOf(value: unknown): InputError {
  try {
    parseSweep(value, "sweep.json");
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`expected an InputError for ${JSON.stringify(value)}`);
}

const range = { min: 0, max: 1 };

describe("parseSweep", () => {
  it("fills in the defaults", () => {
    expect(parseSweep({ parameters: { "ego.mean": [0, 1] } }, "s")).toEqual({
      name: "",
      description: "",
      parameters: { "ego.mean": [0, 1] },
      design: { type: "grid" },
      replicates: 1,
      seed: 1,
    });
  });

  it("keeps the parameters in file order and drops $schema", () => {
    const sweep = parseSweepJson(
      JSON.stringify({
        $schema: "../sweep.schema.json",
        scenario: "../scenarios/baseline.json",
        parameters: { "z.last": [1], "a.first": { min: 0, max: 1 } },
        design: { type: "lhs", samples: 4, seed: 3 },
        years: 5,
      }),
      "s",
    );
    expect(Object.keys(sweep.parameters)).toEqual(["z.last", "a.first"]);
    expect(sweep).not.toHaveProperty("$schema");
    expect(sweep.scenario).toBe("../scenarios/baseline.json");
    expect(sweep.years).toBe(5);
  });

  const invalid: Array<[string, unknown, string, RegExp]> = [
    ["an unknown key", { parameter: {} }, "parameter", /unknown key/],
    ["an unknown design key", { design: { type: "lhs", sample: 3 } }, "design.sample", /unknown key/],
    [
      "an unknown range key",
      { parameters: { "ego.mean": { min: 0, max: 1, integr: true } }, design: { type: "lhs", samples: 2 } },
      "parameters.ego.mean.integr",
      /unknown key/,
    ],
    [
      "a misspelt bound",
      { parameters: { "ego.mean": { min: 0, mx: 1 } }, design: { type: "lhs", samples: 2 } },
      "parameters.ego.mean.max",
      /needs both min and max; max is missing/,
    ],
    ["an unknown design type", { design: { type: "sobol" } }, "design.type", /grid|lhs/],
    [
      "a grid with a range",
      { parameters: { "ego.mean": range } },
      "parameters.ego.mean",
      /a grid needs a list of values; use lhs, saltelli or morris to sample a range/,
    ],
    [
      "saltelli with a list",
      { parameters: { "ego.mean": [0, 1] }, design: { type: "saltelli", samples: 10 } },
      "parameters.ego.mean",
      /saltelli samples ranges only/,
    ],
    [
      "morris with a list",
      { parameters: { "ego.mean": [0, 1] }, design: { type: "morris", trajectories: 10 } },
      "parameters.ego.mean",
      /morris samples ranges only/,
    ],
    [
      "lhs without samples",
      { parameters: { a: range }, design: { type: "lhs" } },
      "design.samples",
      /lhs needs/,
    ],
    [
      "saltelli without samples",
      { parameters: { a: range }, design: { type: "saltelli" } },
      "design.samples",
      /N·\(k\+2\)/,
    ],
    [
      "morris without trajectories",
      { parameters: { a: range }, design: { type: "morris" } },
      "design.trajectories",
      /morris needs design.trajectories/,
    ],
    [
      "morris with samples",
      { parameters: { a: range }, design: { type: "morris", samples: 5, trajectories: 5 } },
      "design.samples",
      /use design.trajectories/,
    ],
    [
      "a grid with samples",
      { parameters: { a: [1] }, design: { samples: 5 } },
      "design.samples",
      /no samples/,
    ],
    [
      "levels outside morris",
      { parameters: { a: range }, design: { type: "lhs", samples: 3, levels: 4 } },
      "design.levels",
      /morris/,
    ],
    [
      "a grid with a design seed",
      { parameters: { a: [1] }, design: { seed: 3 } },
      "design.seed",
      /top-level seed/,
    ],
    [
      "min > max",
      { parameters: { "ego.mean": { min: 1, max: 0 } }, design: { type: "lhs", samples: 3 } },
      "parameters.ego.mean",
      /min \(1\) is greater than max \(0\)/,
    ],
    [
      "an integer range with fractional bounds",
      { parameters: { n: { min: 0.5, max: 3, integer: true } }, design: { type: "lhs", samples: 3 } },
      "parameters.n.min",
      /integer bounds/,
    ],
    [
      "a missing bound",
      { parameters: { a: { min: 0 } }, design: { type: "lhs", samples: 3 } },
      "parameters.a.max",
      /missing/,
    ],
    [
      "a non-numeric bound",
      { parameters: { a: { min: 0, max: "1" } }, design: { type: "lhs", samples: 3 } },
      "parameters.a.max",
      /number/,
    ],
    ["an empty list", { parameters: { "ego.mean": [] } }, "parameters.ego.mean", /empty/],
    [
      "a repeated value",
      { parameters: { "ego.mean": [0, 0.5, 0] } },
      "parameters.ego.mean[2]",
      /repeats \[0\]/,
    ],
    [
      "neither a list nor a range",
      { parameters: { "ego.mean": 0.5 } },
      "parameters.ego.mean",
      /list of values.*or a range/,
    ],
    [
      "an empty path segment",
      { parameters: { "ego..mean": [1] } },
      "parameters.ego..mean",
      /not a valid dot path/,
    ],
    ["a path ending in a dot", { parameters: { "ego.": [1] } }, "parameters.ego.", /not a valid dot path/],
    [
      "a prototype key",
      { parameters: { "__proto__.x": [1] } },
      "parameters.__proto__.x",
      /not a valid dot path/,
    ],
    ["a list design without runs", { design: { type: "list" } }, "design.runs", /needs design.runs/],
    ["a list design with no runs", { design: { type: "list", runs: [] } }, "design.runs", /empty/],
    [
      "a list design with runs of differing keys",
      { design: { type: "list", runs: [{ a: 1, b: 2 }, { a: 2 }] } },
      "design.runs[1]",
      /sets a but the first run sets a, b/,
    ],
    [
      "a list design with a repeated run",
      { design: { type: "list", runs: [{ a: 1 }, { a: 2 }, { a: 1 }] } },
      "design.runs[2]",
      /repeats run \[0\]/,
    ],
    [
      "a list design with parameters",
      { parameters: { a: [1] }, design: { type: "list", runs: [{ a: 1 }] } },
      "parameters",
      /leave parameters empty/,
    ],
    [
      "runs outside a list design",
      { parameters: { a: [1] }, design: { runs: [{ a: 1 }] } },
      "design.runs",
      /list/,
    ],
    [
      "a sampled design without parameters",
      { design: { type: "lhs", samples: 4 } },
      "parameters",
      /at least one parameter/,
    ],
    ["zero replicates", { replicates: 0 }, "replicates", /at least 1/],
    ["fractional replicates", { replicates: 1.5 }, "replicates", /int/i],
    [
      "zero samples",
      { parameters: { a: range }, design: { type: "lhs", samples: 0 } },
      "design.samples",
      /at least 1/,
    ],
    [
      "one Morris level",
      { parameters: { a: range }, design: { type: "morris", trajectories: 4, levels: 1 } },
      "design.levels",
      /at least 2 levels/,
    ],
    ["zero years", { years: 0 }, "years", /1/],
    ["a non-integer seed", { seed: 0.5 }, "seed", /int/i],
    ["an empty scenario path", { scenario: "" }, "scenario", /1/],
    [
      "too many runs",
      { parameters: { a: { min: 0, max: 1 } }, design: { type: "lhs", samples: MAX_RUNS }, replicates: 2 },
      "design",
      /20,000,000 runs .*split it/,
    ],
  ];

  for (const [what, value, field, problem] of invalid) {
    it(`names the field of ${what}`, () => {
      const error = errorOf(value);
      expect(error.source).toBe("sweep.json");
      expect(error.field).toBe(field);
      expect(error.problem).toMatch(problem);
    });
  }

  it("accepts odd Morris levels and integer ranges", () => {
    expect(() =>
      parseSweep(
        {
          parameters: { n: { min: 1, max: 9, integer: true } },
          design: { type: "morris", trajectories: 2, levels: 5 },
        },
        "s",
      ),
    ).not.toThrow();
  });

  it("reports JSON syntax errors as an InputError", () => {
    expect(() => parseSweepJson("{", "bad.json")).toThrow(InputError);
  });
});

describe("sweepJsonSchema", () => {
  it("describes every property, so editors can teach the format", () => {
    const undescribed: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== "object" || node === null) return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      for (const [key, child] of Object.entries(properties ?? {})) {
        if (typeof (child as { description?: unknown }).description !== "string")
          undescribed.push(`${path}.${key}`);
      }
      for (const [key, child] of Object.entries(node)) visit(child, `${path}.${key}`);
    };
    const schema = sweepJsonSchema();
    visit(schema, "");
    expect(undescribed).toEqual([]);
    expect(schema.title).toBe("Sinergi sweep");
  });
});
