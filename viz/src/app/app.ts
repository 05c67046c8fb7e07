// Puts the dashboard together: the state (store, playback, pinned region), the runner that turns the
// scenario into a run, and the panels of the simulation view, wired so that every change flows one
// way: a control changes the store → the address and the runner follow → the run's years redraw the
// map, the charts and the summary at the cursor's year.
import type { ScenarioInput } from "../../../sim/index.js";
import { SimClient } from "../run/sim-client.js";
import type { RunData } from "../run/run-data.js";
import { uiText } from "../i18n/messages/ui.js";
import { createLeversPanel } from "../panels/levers-panel.js";
import { createMapPanel } from "../panels/map-panel.js";
import { createRunControls } from "../panels/run-controls.js";
import { createRunSummary } from "../panels/run-summary.js";
import { createStatusPanel } from "../panels/status-panel.js";
import { AppStore } from "./app-store.js";
import { frameScheduler } from "./frame-scheduler.js";
import { buildPageLayout, type ViewId } from "./page-layout.js";
import { Playback } from "./playback.js";
import { Runner, type RunClient } from "./runner.js";
import { RegionSelection } from "./selection.js";

export interface AppOptions {
  scenario: ScenarioInput;
  replicates?: number;
  /** Start playing year by year as soon as the first run streams in (not when motion is reduced). */
  autoplay?: boolean;
  client?: RunClient;
}

export interface App {
  store: AppStore;
  playback: Playback;
  runner: Runner;
  selection: RegionSelection;
  /** The run drawn now. */
  run(): RunData | undefined;
  selectView(view: ViewId): void;
}

export function startApp(root: HTMLElement, options: AppOptions): App {
  const store = new AppStore({ scenario: options.scenario, replicates: options.replicates ?? 1 });
  const playback = new Playback();
  const selection = new RegionSelection();
  const status = createStatusPanel();
  const layout = buildPageLayout(root, () => undefined);

  const levers = createLeversPanel(store.state.scenario, {
    setValue: (path, value) => store.setValue(path, value),
    omit: new Set(["years"]),
  });
  const runControls = createRunControls(store, playback);
  const summary = createRunSummary();
  const mapPanel = createMapPanel(selection);

  layout.side.append(levers.element);
  layout.main.append(status.element, runControls.element, summary.element, mapPanel.element);

  let autoplay = options.autoplay ?? false;
  const draw = frameScheduler(() => {
    const data = runner.current;
    summary.show(data);
    if (!data || data.frames.length === 0) return;
    const year = Math.min(playback.shownYear, data.frames.length - 1);
    mapPanel.show(data, year);
  });

  const runner = new Runner(options.client ?? new SimClient(), {
    start: (data) => {
      playback.newRun(data.scenario.years);
      levers.setGroups(islandGroups(data));
      status.info(() => uiText("status_running"));
      draw();
    },
    year: (_data, year) => {
      playback.yearArrived(year);
      if (year === 0 && autoplay) {
        autoplay = false;
        playback.play();
      }
      draw();
    },
    done: (data) => {
      status.clearError();
      status.info(() => uiText("status_done", { years: data.scenario.years, replicates: data.seeds.length }));
      draw();
    },
    error: (message) => {
      status.info(() => "");
      status.error(() => uiText("status_run_failed", { message }));
    },
  });

  playback.subscribe(draw);
  store.subscribe((state, change) => {
    levers.update(state.scenario);
    runControls.update(state);
    runner.request(state, { immediate: change === "replace" });
  });

  layout.header.select("simulate");
  runner.request(store.state, { immediate: true });

  return {
    store,
    playback,
    runner,
    selection,
    run: () => runner.current,
    selectView: (view) => layout.header.select(view),
  };
}

/** The world's island groups in the order they first appear. */
export function islandGroups(data: RunData): string[] {
  return [...new Set(data.regions.map((region) => region.group))];
}
