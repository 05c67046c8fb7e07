// The scenarios the comparison can run as A or B (the current scenario of the Simulation view, or a
// preset from configs/scenarios), their names, and the two requests: B runs with A's seed and A's
// number of years, so replicate r of both uses the same seed and the difference is the policies'.
import { defaultScenario, type ScenarioInput } from "../../../sim/index.js";
import { getLang, type Lang } from "../i18n/i18n.js";
import { compareText } from "../i18n/messages/compare.js";
import { uiText } from "../i18n/messages/ui.js";
import { PRESETS, type ScenarioPreset } from "../scenario/presets.js";

/** A choice in the A or B list: "current", or "preset:<name>", or "link" (a scenario from the address). */
export type ScenarioChoice = "current" | "link" | `preset:${string}`;

export const CURRENT: ScenarioChoice = "current";

export function presetChoice(preset: ScenarioPreset): ScenarioChoice {
  return `preset:${preset.name}`;
}

function presetOf(choice: ScenarioChoice, presets: readonly ScenarioPreset[]): ScenarioPreset | undefined {
  return choice.startsWith("preset:") ? presets.find((p) => presetChoice(p) === choice) : undefined;
}

/** Key order and undefined fields do not make two scenarios different. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, v]) => v !== undefined && key !== "$schema")
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, v]) => [key, canonical(v)]),
    );
  }
  return value;
}

export function sameScenario(a: ScenarioInput, b: ScenarioInput): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function withoutRunSettings(scenario: ScenarioInput): ScenarioInput {
  const { seed: _seed, years: _years, ...rest } = scenario;
  return rest;
}

/**
 * Which choice a scenario from outside (the address, the shell's initial state) is: a preset it equals,
 * else the current scenario when it equals that, else "link". For B (`asB`), seed and years do not
 * count, since B always runs with A's.
 */
export function choiceOf(
  scenario: ScenarioInput,
  current: ScenarioInput,
  options: { asB?: boolean; presets?: readonly ScenarioPreset[] } = {},
): ScenarioChoice {
  const comparable = options.asB ? withoutRunSettings : (s: ScenarioInput) => s;
  const same = (x: ScenarioInput, y: ScenarioInput) => sameScenario(comparable(x), comparable(y));
  const preset = (options.presets ?? PRESETS).find((p) => same(p.input, scenario));
  if (preset) return presetChoice(preset);
  return same(scenario, current) ? CURRENT : "link";
}

/** The scenario a choice stands for; `link` is the scenario that came with the address. */
export function scenarioOf(
  choice: ScenarioChoice,
  current: ScenarioInput,
  link: ScenarioInput | undefined,
  presets: readonly ScenarioPreset[] = PRESETS,
): ScenarioInput {
  if (choice === "link") return link ?? current;
  return presetOf(choice, presets)?.input ?? current;
}

/** A preset's short name as the scenario panel writes it (so both views name it alike), else its file name. */
export function presetLabel(preset: Pick<ScenarioPreset, "name">, lang: Lang = getLang()): string {
  const key = `preset_${preset.name.replaceAll("-", "_")}`;
  return uiText.has(key) ? uiText.inLang(lang, key) : preset.name;
}

/** The name in the A/B lists, or (`short`) inside a sentence: "Dana Insentif dibanding skenario saat ini". */
export function choiceLabel(
  choice: ScenarioChoice,
  lang: Lang = getLang(),
  options: { short?: boolean; presets?: readonly ScenarioPreset[] } = {},
): string {
  const presets = options.presets ?? PRESETS;
  if (choice === "current")
    return compareText.inLang(lang, options.short ? "choice_current_short" : "choice_current");
  if (choice === "link") return compareText.inLang(lang, options.short ? "choice_link_short" : "choice_link");
  const preset = presetOf(choice, presets);
  return preset ? presetLabel(preset, lang) : choice;
}

/**
 * The two scenarios as they run: B takes A's seed and years (as written in A, else the defaults), so
 * both runs have the same seeds, seed + r for replicate r, and the same length.
 */
export function pairedScenarios(a: ScenarioInput, b: ScenarioInput): { a: ScenarioInput; b: ScenarioInput } {
  const defaults = defaultScenario();
  const seed = a.seed ?? defaults.seed;
  const years = a.years ?? defaults.years;
  return { a, b: { ...b, seed, years } };
}
