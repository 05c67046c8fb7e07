// Puts the dashboard together: the state (store, playback, pinned region), the runner that turns the
// scenario into a run, and the panels, wired so that every change flows one way: a control changes
// the store → the address and the runner follow → the run's years redraw the map, the charts and the
// summary at the cursor's year.
import type { ScenarioInput } from "../../../sim/index.js";
import { uiText } from "../i18n/messages/ui.js";
import { createChartsPanel } from "../panels/charts-panel.js";
import { createLeversPanel } from "../panels/levers-panel.js";
import { createMapPanel } from "../panels/map-panel.js";
import { createRunControls } from "../panels/run-controls.js";
import { createRunExport } from "../panels/run-export.js";
import { createRunSummary } from "../panels/run-summary.js";
import { createScenarioPanel } from "../panels/scenario-panel.js";
import { createStatusPanel, type StatusPanel } from "../panels/status-panel.js";
import { mountComparePanel, type ComparePanel } from "../panels/compare-panel.js";
import { mountSweepPanel } from "../panels/sweep-panel.js";
import type { RunData } from "../run/run-data.js";
import { SimClient } from "../run/sim-client.js";
import { createLessonBanner } from "../lessons/lesson-banner.js";
import { lessonById, LESSON_CATALOGUE, type CatalogueLesson } from "../lessons/lesson-catalogue.js";
import { createLessonsView } from "../lessons/lessons-view.js";
import { PredictionLog } from "../lessons/prediction-log.js";
import { safeWorldSource } from "./safe-world-source.js";
import { readAddress, writeAddress } from "./address-sync.js";
import { AppStore } from "./app-store.js";
import { frameScheduler } from "./frame-scheduler.js";
import { buildPageLayout, isViewId, VIEWS, type ViewId } from "./page-layout.js";
import { Playback } from "./playback.js";
import { Runner, type RunClient } from "./runner.js";
import { RegionSelection } from "./selection.js";

export interface AppOptions {
  scenario: ScenarioInput;
  replicates?: number;
  compare?: ScenarioInput | undefined;
  /** The year to show first (from a shared link); otherwise the run plays from year 0. */
  year?: number | undefined;
  view?: string | undefined;
  /** The guided lesson to open (a shared link's `l=`); its own world file serves its preset. */
  lesson?: string | undefined;
  /** Problems found in the address, shown in the alert region. */
  problems?: readonly string[];
  /** Start playing year by year as soon as the first run streams in (not when motion is reduced). */
  autoplay?: boolean;
  client?: RunClient;
  /** Keep the address in step with the state (off in unit tests). */
  syncAddress?: boolean;
}

export interface App {
  store: AppStore;
  playback: Playback;
  runner: Runner;
  selection: RegionSelection;
  status: StatusPanel;
  /** The run drawn now. */
  run(): RunData | undefined;
  view(): ViewId;
  selectView(view: ViewId): void;
}

export function startApp(root: HTMLElement, options: AppOptions): App {
  const linkedLesson = lessonById(options.lesson);
  const store = new AppStore({
    scenario: options.scenario,
    replicates: options.replicates ?? 1,
    compare: options.compare,
    uploadedWorld: linkedLesson?.world ?? null,
  });
  const playback = new Playback();
  const selection = new RegionSelection();
  const status = createStatusPanel();
  let currentView: ViewId = "simulate";
  let compare: ComparePanel | undefined;
  const layout = buildPageLayout(root, (view) => {
    currentView = view;
    if (view === "compare") showCompare();
    syncAddress();
  });

  const scenarioPanel = createScenarioPanel(store, status);
  const levers = createLeversPanel(store.state.scenario, {
    setValue: (path, value) => store.setValue(path, value),
    omit: new Set(["years"]),
  });
  const runControls = createRunControls(store, playback);
  const summary = createRunSummary();
  const runExport = createRunExport();
  const mapPanel = createMapPanel(selection);
  const charts = createChartsPanel(status);

  // A lesson's preset loads into this view with its levers highlighted; the banner leads back to it.
  let loadingLesson = false;
  const lessonBanner = createLessonBanner((entry) => {
    layout.header.select("lessons");
    lessons.open(entry.lesson.id, { focus: true });
  });
  const lessons = createLessonsView({
    catalogue: LESSON_CATALOGUE,
    log: new PredictionLog(),
    loadLesson: (entry: CatalogueLesson) => {
      loadingLesson = true;
      store.loadPreset(entry.scenario, entry.world ?? null);
      loadingLesson = false;
      lessonBanner.show(entry, levers.highlight(entry.lesson.highlight));
      layout.header.select("simulate");
      lessonBanner.focus();
    },
    onOpen: () => syncAddress(),
  });
  layout.views.lessons.append(lessons.element);

  layout.side.append(lessonBanner.element, scenarioPanel.element, levers.element);
  layout.main.append(
    status.element,
    runControls.element,
    summary.element,
    runExport.element,
    mapPanel.element,
    charts.element,
  );
  mountSweepPanel(layout.views.sweep, { announce: (message) => status.info(() => message) });

  let autoplay = (options.autoplay ?? false) && options.year === undefined;
  // A shared link's year applies to the first run only; later runs keep the cursor where the user left it.
  let linkYear = options.year;
  let firstRun = true;

  const draw = frameScheduler(() => {
    // Measured (User Timing, "sinergi:draw") so bench/dashboard.ts can report the cost of a frame.
    const started = performance.now();
    const data = runner.current;
    summary.show(data);
    runExport.show(data);
    if (data && data.frames.length > 0) {
      const year = Math.min(playback.shownYear, data.frames.length - 1);
      mapPanel.show(data, year);
      charts.show(data, year);
    }
    performance.measure("sinergi:draw", { start: started, end: performance.now() });
  });

  const runner = new Runner(options.client ?? new SimClient(), {
    start: (data) => {
      // Timings are kept per run, so a long session does not accumulate them.
      performance.clearMeasures("sinergi:draw");
      performance.clearMeasures("sinergi:year");
      playback.newRun(data.scenario.years);
      if (linkYear !== undefined) playback.seek(linkYear);
      // Without animation (reduced motion), the first run opens on its last year: the outcome.
      else if (firstRun && !autoplay) playback.seek(data.scenario.years);
      linkYear = undefined;
      firstRun = false;
      levers.setGroups(islandGroups(data));
      levers.setRegions(data.regions);
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
      status.info(() => uiText("status_done", { years: data.scenario.years, replicates: data.seeds.length }));
      draw();
      lessons.runFinished(store.state.scenario);
    },
    error: (message) => {
      status.info(() => "");
      status.error(() => uiText("status_run_failed", { message }));
    },
  });

  // The comparison runs two more simulations: it starts when its view is first shown, not at load.
  function showCompare(): void {
    if (compare) {
      compare.refresh();
      return;
    }
    const { scenario, compare: b } = store.state;
    compare = mountComparePanel(layout.views.compare, {
      createClient: () => new SimClient(),
      worldSource: () => safeWorldSource(store.state),
      currentScenario: () => store.state.scenario,
      replicates: () => store.state.replicates,
      initial: { a: scenario, ...(b === undefined ? {} : { b }) },
      onChange: ({ a, b: next }) => {
        // A is the address's main scenario: choosing another A in the comparison makes it the current one.
        if (JSON.stringify(a) !== JSON.stringify(store.state.scenario)) store.replaceScenario(a);
        store.setCompare(next);
      },
    });
  }

  // The address follows the state; the year only while paused (a playing cursor would rewrite it
  // ten times a second).
  let writtenHash = "";
  function syncAddress(): void {
    if (options.syncAddress === false) return;
    const { scenario, replicates, compare } = store.state;
    const lesson = lessons.current()?.lesson.id;
    writtenHash = writeAddress({
      scenario,
      replicates,
      ...(compare === undefined ? {} : { compare }),
      ...(playback.state.playing ? {} : { year: playback.state.year }),
      tab: currentView,
      ...(lesson === undefined ? {} : { lesson }),
    });
  }

  let wasPlaying = false;
  playback.subscribe((state) => {
    draw();
    if (!state.playing || !wasPlaying) syncAddress();
    wasPlaying = state.playing;
  });
  store.subscribe((state, change) => {
    scenarioPanel.update(state.scenario);
    levers.update(state.scenario);
    // Another scenario than the lesson's (a preset, a file, a link) ends the lesson's highlighting.
    if (change === "replace" && !loadingLesson) {
      levers.highlight([]);
      lessonBanner.show(undefined);
    }
    runControls.update(state);
    syncAddress();
    if (change !== "compare") runner.request(state, { immediate: change === "replace" });
    if (compare && currentView === "compare" && change !== "compare") compare.refresh();
  });

  // A link pasted into the address bar of an open page changes only the hash: read it as a new page would.
  if (options.syncAddress !== false) {
    globalThis.addEventListener("hashchange", () => {
      if (location.hash === writtenHash) return;
      const fallback = { scenario: store.state.scenario, replicates: store.state.replicates };
      const { state, problems } = readAddress(
        location.hash,
        fallback,
        VIEWS.map((view) => view.id),
      );
      if (problems.length > 0) {
        status.error(() => uiText("address_problems"), ...problems.map((problem) => () => problem));
      }
      linkYear = state.year;
      store.setCompare(state.compare);
      // A lesson's link runs on the lesson's own world file, which the page has bundled.
      const linked = lessonById(state.lesson);
      if (linked?.world) {
        store.setReplicates(state.replicates);
        store.loadPreset(state.scenario, linked.world);
      } else {
        store.replaceScenario(state.scenario, state.replicates);
      }
      if (isViewId(state.tab)) layout.header.select(state.tab);
      if (state.lesson !== undefined) lessons.open(state.lesson);
    });
  }

  scenarioPanel.update(store.state.scenario);
  if (options.problems && options.problems.length > 0) {
    const problems = options.problems;
    status.error(() => uiText("address_problems"), ...problems.map((problem) => () => problem));
  }
  if (linkedLesson) lessons.open(linkedLesson.lesson.id);
  layout.header.select(isViewId(options.view) ? options.view : "simulate");
  runner.request(store.state, { immediate: true });

  return {
    store,
    playback,
    runner,
    selection,
    status,
    run: () => runner.current,
    view: () => currentView,
    selectView: (view) => layout.header.select(view),
  };
}

/** The world's island groups in the order they first appear. */
export function islandGroups(data: RunData): string[] {
  return [...new Set(data.regions.map((region) => region.group))];
}
