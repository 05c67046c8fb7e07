// What the user has chosen, in one place: the scenario as written (the address and a saved file encode
// exactly this), the number of replicates, and a world file loaded in the page. Panels change it only
// through these methods; listeners (the address, the runner, the panels) hear of every change.
import type { ScenarioInput } from "../../../sim/index.js";
import type { UploadedWorld } from "../run/world-source.js";
import { withValue } from "../scenario/scenario-edit.js";

export const MIN_REPLICATES = 1;
export const MAX_REPLICATES = 50;

export interface AppState {
  /** The scenario as written: only what differs from the model's defaults. */
  readonly scenario: ScenarioInput;
  /** Replicates per run: replicate r runs with seed scenario.seed + r. */
  readonly replicates: number;
  /** A world CSV loaded in the page; the scenario's `world` names it by file name. */
  readonly uploadedWorld: UploadedWorld | null;
  /** Scenario B of the A/B comparison (run on A's seeds), when the user has set one up. */
  readonly compare: ScenarioInput | undefined;
}

/** What changed, so that listeners can tell an edit (re-run after a pause) from a new scenario. */
export type ChangeKind = "edit" | "replace" | "replicates" | "world" | "compare";

export type StateListener = (state: AppState, change: ChangeKind) => void;

/** Whole numbers from 1 to 50; anything else (NaN from an empty field) becomes the nearest valid. */
export function clampReplicates(value: number): number {
  if (!Number.isFinite(value)) return MIN_REPLICATES;
  return Math.max(MIN_REPLICATES, Math.min(MAX_REPLICATES, Math.round(value)));
}

export class AppStore {
  private current: AppState;
  private readonly listeners = new Set<StateListener>();

  constructor(initial: {
    scenario: ScenarioInput;
    replicates?: number;
    uploadedWorld?: UploadedWorld | null;
    compare?: ScenarioInput | undefined;
  }) {
    this.current = {
      scenario: initial.scenario,
      replicates: clampReplicates(initial.replicates ?? MIN_REPLICATES),
      uploadedWorld: initial.uploadedWorld ?? null,
      compare: initial.compare,
    };
  }

  get state(): AppState {
    return this.current;
  }

  subscribe(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** One field of the scenario, by dot path (a lever, the seed, the years). */
  setValue(path: string, value: unknown): void {
    this.commit({ scenario: withValue(this.current.scenario, path, value) }, "edit");
  }

  /** A whole new scenario: a preset, a loaded file, a decoded address. */
  replaceScenario(scenario: ScenarioInput, replicates?: number): void {
    const patch: Partial<AppState> =
      replicates === undefined ? { scenario } : { scenario, replicates: clampReplicates(replicates) };
    this.commit(patch, "replace");
  }

  setReplicates(replicates: number): void {
    const clamped = clampReplicates(replicates);
    if (clamped !== this.current.replicates) this.commit({ replicates: clamped }, "replicates");
  }

  /**
   * Chooses the world: the scenario's `world` field (a built-in name, `{synthetic: …}` or a file
   * name), with the file's text when the user loaded one.
   */
  setWorld(world: NonNullable<ScenarioInput["world"]>, uploadedWorld: UploadedWorld | null = null): void {
    this.commit({ scenario: withValue(this.current.scenario, "world", world), uploadedWorld }, "world");
  }

  /** A lesson's preset: its scenario with the lesson's own world file (or none), as one new scenario. */
  loadPreset(scenario: ScenarioInput, uploadedWorld: UploadedWorld | null): void {
    this.commit({ scenario, uploadedWorld: uploadedWorld ?? this.current.uploadedWorld }, "replace");
  }

  /** Sets or clears scenario B of the comparison. */
  setCompare(compare: ScenarioInput | undefined): void {
    this.commit({ compare }, "compare");
  }

  private commit(patch: Partial<AppState>, change: ChangeKind): void {
    this.current = { ...this.current, ...patch };
    for (const listener of [...this.listeners]) listener(this.current, change);
  }
}
