// The shareable address: everything needed to reproduce what the user sees, in the page's hash, so a
// link sent to a colleague runs the same scenario on the same seeds and gives the same numbers as
// `sinergi run FILE --seed S`. The scenario (and the comparison scenario) go in as written, JSON
// compressed with lz-string into URL-safe text; the rest as plain values:
//
//   #s=<scenario>&r=<replicates>&b=<comparison scenario>&y=<year shown>&t=<view tab>&l=<lesson id>
//
// An address is untrusted text: every part is checked (the scenarios with sim's schema) and a bad part
// is replaced by its default with a problem saying why; decoding never throws.
//
// A world file the user loaded is NOT put in the address (it can be large, and it is the user's data):
// the scenario keeps only the file's name in `world`, and whoever opens the link is asked to load that
// file (see WorldFileNeeded in ../run/world-source.ts).
import lzString from "lz-string";
import { InputError, parseScenario, type ScenarioInput } from "../../../sim/index.js";
import { DEFAULT_WORLD, isBuiltinWorldName } from "../run/builtin-worlds.js";
import { isWorldPath, unknownBuiltinWorld } from "../run/world-source.js";

export interface SharedState {
  /** Scenario A, as written (only what differs from the defaults). */
  scenario: ScenarioInput;
  /** Replicates per run, 1 to MAX_SHARED_REPLICATES. */
  replicates: number;
  /** Scenario B of an A/B comparison, run on A's seeds. */
  compare?: ScenarioInput;
  /** The year on show (playback position), 0 to scenario A's years. */
  year?: number;
  /** The view tab on show. */
  tab?: string;
  /** The guided lesson open (its id), if any. */
  lesson?: string;
}

export const DEFAULT_SHARED_STATE: SharedState = { scenario: {}, replicates: 1 };
export const MAX_SHARED_REPLICATES = 50;
/**
 * The longest compressed scenario read, in characters. A scenario with ego set for 500 regions takes
 * about 4,000; the bound keeps a hostile link from making the page decompress a huge text (lz-string
 * can expand its input many-fold).
 */
export const MAX_SCENARIO_PART_LENGTH = 20_000;

export interface DecodeOptions {
  /** What a missing or invalid part falls back to (DEFAULT_SHARED_STATE by default). */
  defaults?: SharedState;
  /** The valid tab names; without them, any short lowercase name is accepted. */
  tabs?: readonly string[];
}

export interface DecodedState {
  state: SharedState;
  /** One line per part that could not be used, e.g. "address: scenario: ego.mean: Too big: …". */
  problems: string[];
}

/** The hash fragment, starting with "#", for `state`. */
export function encodeSharedState(state: SharedState): string {
  const parts = [`s=${compress(state.scenario)}`, `r=${state.replicates}`];
  if (state.compare !== undefined) parts.push(`b=${compress(state.compare)}`);
  if (state.year !== undefined) parts.push(`y=${state.year}`);
  if (state.tab !== undefined) parts.push(`t=${encodeURIComponent(state.tab)}`);
  if (state.lesson !== undefined) parts.push(`l=${state.lesson}`);
  return `#${parts.join("&")}`;
}

/** Reads a hash fragment (with or without "#"); unknown keys are ignored, for addresses of later versions. */
export function decodeSharedState(hash: string, options: DecodeOptions = {}): DecodedState {
  const defaults = options.defaults ?? DEFAULT_SHARED_STATE;
  const problems: string[] = [];
  const values = readParts(typeof hash === "string" ? hash : "");

  const state: SharedState = { scenario: defaults.scenario, replicates: defaults.replicates };
  let years: number | undefined;
  const scenarioText = values.get("s");
  if (scenarioText !== undefined) {
    const scenario = readScenario(scenarioText, "scenario", problems);
    if (scenario) {
      state.scenario = scenario.input;
      years = scenario.years;
    }
  }
  years ??= scenarioYears(state.scenario);

  const replicatesText = values.get("r");
  if (replicatesText !== undefined) {
    const replicates = readWhole(replicatesText, 1, MAX_SHARED_REPLICATES);
    if (replicates === undefined) {
      problems.push(
        `address: replicates: must be a whole number from 1 to ${MAX_SHARED_REPLICATES}, not ${quote(replicatesText)}`,
      );
    } else {
      state.replicates = replicates;
    }
  }

  const compareText = values.get("b");
  const compare =
    compareText === undefined ? defaults.compare : readScenario(compareText, "comparison", problems)?.input;
  if (compare !== undefined) state.compare = compare;

  // The year must lie within scenario A's run (the one that decides the years shown).
  const lastYear = years ?? 0;
  const yearText = values.get("y");
  let year: number | undefined;
  if (yearText !== undefined) {
    year = readWhole(yearText, 0, lastYear);
    if (year === undefined) {
      problems.push(`address: year: must be a whole number from 0 to ${lastYear}, not ${quote(yearText)}`);
    }
  }
  if (year === undefined && defaults.year !== undefined && defaults.year <= lastYear) year = defaults.year;
  if (year !== undefined) state.year = year;

  const tabText = values.get("t");
  let tab: string | undefined;
  if (tabText !== undefined) {
    tab = readTab(tabText, options.tabs);
    if (tab === undefined) {
      const known = options.tabs ? `one of ${options.tabs.join(", ")}` : "a view name";
      problems.push(`address: tab: must be ${known}, not ${quote(tabText)}`);
    }
  }
  tab ??= defaults.tab;
  if (tab !== undefined) state.tab = tab;

  // Whether the lesson exists is for the Lessons view to say; here only its form is checked.
  const lessonText = values.get("l");
  if (lessonText !== undefined) {
    if (LESSON_ID.test(lessonText)) state.lesson = lessonText;
    else
      problems.push(
        `address: lesson: must be a lesson's id (lower-case letters, digits, dashes), not ${quote(lessonText)}`,
      );
  }

  return { state, problems };
}

const LESSON_ID = /^[a-z0-9-]{1,64}$/;

function compress(scenario: ScenarioInput): string {
  return lzString.compressToEncodedURIComponent(JSON.stringify(scenario));
}

/** key → raw value; a later repeat of a key wins, as it would in a hand-edited link. */
function readParts(hash: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const part of hash.replace(/^#/, "").split("&")) {
    const at = part.indexOf("=");
    if (at <= 0) continue;
    values.set(part.slice(0, at), part.slice(at + 1));
  }
  return values;
}

/** The scenario in a part, checked with sim's schema; undefined (and a problem) when unusable. */
function readScenario(
  text: string,
  part: "scenario" | "comparison",
  problems: string[],
): { input: ScenarioInput; years: number } | undefined {
  const source = `address: ${part}`;
  if (text.length > MAX_SCENARIO_PART_LENGTH) {
    problems.push(`${source}: too long (${text.length} characters; at most ${MAX_SCENARIO_PART_LENGTH})`);
    return undefined;
  }
  let value: unknown;
  try {
    const json = lzString.decompressFromEncodedURIComponent(text);
    if (!json) throw new Error("empty");
    value = JSON.parse(json);
  } catch {
    problems.push(`${source}: cannot be read (the link may be cut off or changed)`);
    return undefined;
  }
  try {
    const scenario = parseScenario(value, source);
    const { world } = scenario;
    if (typeof world === "string" && !isWorldPath(world) && !isBuiltinWorldName(world)) {
      // A world name this page does not know (a typo, a later version's world): the rest of the
      // scenario still applies, on the default world, as other bad parts fall back to their default.
      problems.push(`${source}: world: ${unknownBuiltinWorld(world)}; the run uses ${DEFAULT_WORLD}`);
      const { world: _unknown, ...rest } = value as Record<string, unknown>;
      return { input: rest as ScenarioInput, years: scenario.years };
    }
    return { input: value as ScenarioInput, years: scenario.years };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(error.message);
    return undefined;
  }
}

function scenarioYears(input: ScenarioInput): number | undefined {
  try {
    return parseScenario(input).years;
  } catch {
    return undefined;
  }
}

function readWhole(text: string, min: number, max: number): number | undefined {
  if (!/^\d{1,7}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

function readTab(text: string, tabs: readonly string[] | undefined): string | undefined {
  let tab: string;
  try {
    tab = decodeURIComponent(text);
  } catch {
    return undefined;
  }
  if (tabs) return tabs.includes(tab) ? tab : undefined;
  return /^[a-z][a-z0-9-]{0,31}$/.test(tab) ? tab : undefined;
}

/** Untrusted text in a message: quoted and cut short, so a long link does not make a long message. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
