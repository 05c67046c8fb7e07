// The named scenarios of configs/scenarios/, bundled with the page: the questions the model was built
// to answer, one click away. Each file's description holds the question in English, then " / ", then
// in Indonesian.
import type { ScenarioInput } from "../../../sim/index.js";

export interface ScenarioPreset {
  /** The file's name without .json, e.g. "incentive-fund" (also the scenario's `name`). */
  name: string;
  /** The question the scenario answers, in both languages. */
  question: { id: string; en: string };
  /** The scenario as written in the file, without `$schema` (a path that means nothing in the page). */
  input: ScenarioInput;
}

const files = import.meta.glob<ScenarioInput>("../../../configs/scenarios/*.json", {
  eager: true,
  import: "default",
});

/** The presets, the baseline first and the others by name. */
export const PRESETS: readonly ScenarioPreset[] = Object.entries(files)
  .map(([path, file]) => preset(path, file))
  .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));

/** The question of a description "English / Indonesian"; a description without the split serves both. */
export function splitQuestion(description: string): { id: string; en: string } {
  const at = description.indexOf(" / ");
  if (at < 0) return { id: description, en: description };
  return { en: description.slice(0, at).trim(), id: description.slice(at + 3).trim() };
}

function preset(path: string, file: ScenarioInput): ScenarioPreset {
  const name = path.replace(/^.*\//, "").replace(/\.json$/, "");
  const { $schema: _schema, ...input } = file;
  return { name, question: splitQuestion(file.description ?? ""), input };
}

function rank(preset: ScenarioPreset): number {
  return preset.name === "baseline" ? 0 : 1;
}
