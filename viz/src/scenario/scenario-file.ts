// Scenario files in and out of the page: a loaded file is checked with the same schema and the same
// messages as `sinergi run FILE` (file name, field, problem), and a saved file is what a CLI user keeps
// next to their runs: it runs unchanged with `sinergi run FILE --seed S` (replicate 0's seed).
import { InputError, parseScenario, type Scenario, type ScenarioInput } from "../../../sim/index.js";

/**
 * The `$schema` a saved file points at: a schema file next to it, as `sinergi schema --out
 * scenario.schema.json` writes it, so that editors complete and check the file. The schema has no
 * public address; a relative path is what the CLI's documentation suggests.
 */
export const SCENARIO_SCHEMA_REFERENCE = "scenario.schema.json";

export type ScenarioFileResult =
  /** `input` is the scenario as written (without `$schema`); `scenario` has every default filled in. */
  | { ok: true; input: ScenarioInput; scenario: Scenario }
  /** `message` names the file, the field and the problem, e.g. "mine.json: ego.mean: Too big: …". */
  | { ok: false; message: string };

/** Checks a scenario file's text; never throws for bad input, whatever it is. */
export function readScenarioText(fileName: string, text: string): ScenarioFileResult {
  try {
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (error) {
      // The wording of sim's parseScenarioJson, so the page says what the CLI says.
      throw new InputError(fileName, "", `not valid JSON (${(error as Error).message})`);
    }
    // `$schema` is for editors: checked like any field, then left out of what the page keeps.
    const { $schema: _checked, ...scenario } = parseScenario(value, fileName);
    const { $schema: _written, ...input } = value as ScenarioInput;
    return { ok: true, input, scenario };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, message: error.message };
    throw error;
  }
}

/** The text of a scenario file: `$schema` first, then the scenario as written, indented, with a final newline. */
export function scenarioFileText(input: ScenarioInput): string {
  const { $schema: _schema, ...rest } = input;
  return `${JSON.stringify({ $schema: SCENARIO_SCHEMA_REFERENCE, ...rest }, null, 2)}\n`;
}

/** A file name for saving: the scenario's name, reduced to safe characters, e.g. "incentive-fund.json". */
export function scenarioFileName(input: ScenarioInput): string {
  const base = (input.name ?? "scenario")
    .normalize("NFKD")
    .replace(/[^\w.-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 80);
  return `${base || "scenario"}.json`;
}
