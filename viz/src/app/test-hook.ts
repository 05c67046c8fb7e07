// A small handle for the browser tests (test/browser/), set as `window.sinergi`. It only reads state
// and waits; tests drive the page through its labelled controls as a user would.
//
//   window.sinergi.ready: Promise<void>
//       resolves once the page is built and its first run has been asked for (then await runDone()).
//   window.sinergi.lastRun(): { scenario, seeds, years, complete } | undefined
//       the run drawn now: the filled-in scenario, the seed of each replicate, years[r][t] = replicate
//       r's YearRow of year t (as `sinergi run --seed seeds[r]` writes it), and whether it is complete.
//   window.sinergi.runDone(): Promise<{ scenario, seeds, years, complete } | undefined>
//       resolves when no run is waiting or computing (a lever change waits out its debounce first),
//       with lastRun(); undefined when the run failed (then error() says why).
//   window.sinergi.error(): string | undefined      the last run's problem, if it failed.
//   window.sinergi.state(): { scenario, replicates, compare, year, playing, lang, view }
//       what the user has chosen: the scenario as written (what the address encodes), the cursor.
import type { Scenario, ScenarioInput, YearRow } from "../../../sim/index.js";
import { getLang, type Lang } from "../i18n/i18n.js";
import type { App } from "./app.js";

export interface RunSnapshot {
  scenario: Scenario;
  seeds: number[];
  years: YearRow[][];
  complete: boolean;
}

export interface TestHook {
  ready: Promise<void>;
  lastRun(): RunSnapshot | undefined;
  runDone(): Promise<RunSnapshot | undefined>;
  error(): string | undefined;
  state(): {
    scenario: ScenarioInput;
    replicates: number;
    compare: ScenarioInput | undefined;
    year: number;
    playing: boolean;
    lang: Lang;
    view: string;
  };
}

export function createTestHook(app: App, ready: Promise<void>): TestHook {
  const lastRun = (): RunSnapshot | undefined => {
    const data = app.run();
    if (!data) return undefined;
    return { scenario: data.scenario, seeds: data.seeds, years: data.years, complete: data.complete };
  };
  return {
    ready,
    lastRun,
    async runDone() {
      await app.runner.whenIdle();
      return app.runner.error === undefined ? lastRun() : undefined;
    },
    error: () => app.runner.error,
    state: () => ({
      scenario: app.store.state.scenario,
      replicates: app.store.state.replicates,
      compare: app.store.state.compare,
      year: app.playback.state.year,
      playing: app.playback.state.playing,
      lang: getLang(),
      view: app.view(),
    }),
  };
}

declare global {
  interface Window {
    sinergi?: TestHook;
  }
}
