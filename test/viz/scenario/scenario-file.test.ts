import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseScenario, type ScenarioInput } from "../../../sim/index.js";
import {
  readScenarioText,
  scenarioFileName,
  scenarioFileText,
  SCENARIO_SCHEMA_REFERENCE,
} from "../../../viz/src/scenario/scenario-file.js";
import { createRunStepper } from "../../../viz/src/run/run-stepper.js";
import { sinergi } from "../../cli/helpers.js";
import { indonesia2022 } from "../../support/worlds.js";

const scratch = mkdtempSync(join(tmpdir(), "sinergi-scenario-file-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("readScenarioText", () => {
  it("accepts a valid file, keeping what it says and dropping $schema", () => {
    const result = readScenarioText(
      "mine.json",
      '\uFEFF{"$schema": "../scenario.schema.json", "ego": {"mean": 0.6}, "years": 12}',
    );
    expect(result).toEqual({
      ok: true,
      input: { ego: { mean: 0.6 }, years: 12 },
      scenario: parseScenario({ ego: { mean: 0.6 }, years: 12 }),
    });
  });

  it("names the file and the field of a schema error, as the CLI does", () => {
    expect(readScenarioText("mine.json", '{"ego": {"mean": 1.5}}')).toEqual({
      ok: false,
      message: "mine.json: ego.mean: Too big: expected number to be <=1",
    });
    expect(readScenarioText("typo.json", '{"policies": {"incentivefund": {}}}')).toEqual({
      ok: false,
      message: "typo.json: policies.incentivefund: unknown key (a typo? see `sinergi schema` for the fields)",
    });
    expect(readScenarioText("list.json", "[1, 2]")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^list\.json: \(top level\): /),
    });
  });

  it("names the file in a JSON syntax error", () => {
    const result = readScenarioText("broken.json", '{"ego": {"mean": 0.5,}}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^broken\.json: not valid JSON \(.+\)$/);
    expect(readScenarioText("empty.json", "")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^empty\.json: not valid JSON/),
    });
  });
});

describe("scenarioFileText", () => {
  const input: ScenarioInput = {
    name: "dana insentif",
    seed: 7,
    years: 5,
    policies: { incentiveFund: { budget: 500, favourPoor: true } },
    $schema: "somewhere/else.json",
  };

  it("writes $schema first, then the scenario as written", () => {
    const text = scenarioFileText(input);
    expect(text.endsWith("}\n")).toBe(true);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["$schema", "name", "seed", "years", "policies"]);
    expect(parsed["$schema"]).toBe(SCENARIO_SCHEMA_REFERENCE);
    const reread = readScenarioText("saved.json", text);
    expect(reread.ok && reread.input).toEqual({
      name: "dana insentif",
      seed: 7,
      years: 5,
      policies: input.policies,
    });
  });

  it("saves a file that `sinergi run FILE` runs to replicate 0's rows", () => {
    const file = join(scratch, scenarioFileName(input));
    writeFileSync(file, scenarioFileText(input));
    const out = join(scratch, "rows.jsonl");
    const result = sinergi(["run", file, "--out", out, "--quiet"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const cliRows = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as unknown);
    const stepper = createRunStepper(indonesia2022(), input, 1);
    const rows: unknown[] = [];
    for (let year = stepper.next(); year; year = stepper.next()) rows.push(year.rows[0]);
    expect(cliRows).toEqual(rows);
  });
});

describe("scenarioFileName", () => {
  it("makes a safe file name from the scenario's name", () => {
    expect(scenarioFileName({ name: "incentive-fund" })).toBe("incentive-fund.json");
    expect(scenarioFileName({ name: "Dana Insentif / 2025" })).toBe("Dana-Insentif-2025.json");
    expect(scenarioFileName({ name: "../../etc/passwd" })).toBe("etc-passwd.json");
    expect(scenarioFileName({})).toBe("scenario.json");
    expect(scenarioFileName({ name: "///" })).toBe("scenario.json");
  });
});
