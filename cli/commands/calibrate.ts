/**
 * `sinergi calibrate --out DIR`: fits the base-growth parameters of the baseline to an observed history
 * (by default the 33 provinces 2010–2019), checks the fit out of sample (2020–2023, without and with a
 * pandemic shock fitted to the first test year), and writes the fit, the paths, the indices, figures and
 * two scenarios: the calibrated historical run and the projection from the latest world.
 */
import { mkdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import {
  alignHistory,
  CALIBRATION_VARIANTS,
  calibrationParameters,
  defaultScenario,
  fitStatistics,
  observedPaths,
  parseHistoryCsv,
  simulatePaths,
  withParameters,
  DISPARITY_KEYS,
  type CalibrationVariant,
  type FitStatistics,
  type Paths,
  type Scenario,
  type ShockType,
  type World,
} from "../../sim/index.js";
import { InputError } from "../../sim/input-error.js";
import { exp } from "../../sim/math.js";
import { indicesFigure, provincesFigure } from "../calibrate/figures.js";
import { jsonText } from "../calibrate/json-text.js";
import { leastSquares, type LeastSquaresFit } from "../calibrate/optimise.js";
import { parseSeeds, parseYearSpan, type YearSpan } from "../calibrate/ranges.js";
import { writeFilesAtomically } from "../output.js";
import { displayPath, packageRoot, packageVersion } from "../paths.js";
import { loadScenario, readTextFile } from "../scenario-source.js";
import { isWorldPath, readWorldFile, worldFilePath } from "../world-source.js";
import { builtinWorldDataYear } from "../../sim/world/builtin-worlds.js";

export interface CalibrateCliOptions {
  world: string;
  history?: string;
  scenario?: string;
  fit: string;
  test: string;
  seeds: string;
  variant: string;
  pandemic?: string;
  shockType: string;
  projectWorld: string;
  projectTo: number;
  iterations: number;
  out: string;
  scenariosDir?: string;
  quiet?: boolean;
}

export const DEFAULT_HISTORY = "configs/history/indonesia-provinces-2010-2023.csv";
const FIT_FILE = "fit.json";
const PATHS_FILE = "paths.csv";
const INDICES_FILE = "indices.csv";
const INDICES_FIGURE = "indices.svg";
const PROVINCES_FIGURE = "provinces.svg";
/** The year of the COVID-19 contraction, where the default pandemic shock is fitted. */
const PANDEMIC_YEAR = 2020;
/** Finite-difference step of the Jacobian, per year of growth (see cli/calibrate/optimise.ts). */
const STEP = 1e-3;

interface Setup {
  world: World;
  worldShown: string;
  historyShown: string;
  base: Scenario;
  observed: Paths;
  fit: YearSpan;
  test: YearSpan;
  seeds: number[];
  variant: CalibrationVariant;
  pandemicYear: number | undefined;
  shockType: ShockType;
  projectWorld: World;
}

export async function calibrateCommand(options: CalibrateCliOptions): Promise<void> {
  const setup = await prepare(options);
  const { world, base, observed, fit, seeds, variant } = setup;
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const fitEnd = fit.to - fit.from;
  const years = setup.test.to - fit.from;

  const parameters = calibrationParameters(variant, world.groups, base);
  const fitted = leastSquares({
    observed: slice(observed, 1, fitEnd),
    simulate: (values) =>
      slice(
        simulatePaths(world, withParameters(base, variant, world.groups, values), seeds, fitEnd),
        1,
        fitEnd,
      ),
    start: parameters.map((p) => p.start),
    min: parameters.map((p) => p.min),
    max: parameters.map((p) => p.max),
    step: STEP,
    maxIterations: options.iterations,
  });
  const calibrated = withParameters(base, variant, world.groups, fitted.values);
  const simulated = simulatePaths(world, calibrated, seeds, years);

  const testFrom = setup.test.from - fit.from;
  const pandemic = setup.pandemicYear === undefined ? undefined : fitPandemic(setup, calibrated, years);

  const cpuUsed = process.cpuUsage(cpu);
  const summary = {
    sinergi: packageVersion(),
    world: setup.worldShown,
    history: setup.historyShown,
    variant,
    fit: `${fit.from + 1}-${fit.to}`,
    test: `${setup.test.from}-${setup.test.to}`,
    seeds,
    residuals:
      "mean over seeds of simulated ln(GRDP/population) minus observed ln per-capita GRDP at constant prices, " +
      "every region and year of the fit window",
    parameters: parameters.map((p, k) => ({
      path: p.path,
      value: fitted.values[k]!,
      standardError: fitted.standardErrors[k]!,
    })),
    standardErrors:
      "naive: sqrt(diag(s² (JᵀJ)⁻¹)) with a forward-difference Jacobian at the optimum, treating residuals as " +
      "independent; they are correlated within a province over the years, so the true uncertainty is larger",
    optimiser: {
      library: "ml-levenberg-marquardt 5.1.0 (Levenberg–Marquardt, forward-difference Jacobian)",
      step: STEP,
      maxIterations: options.iterations,
      iterations: fitted.iterations,
      evaluations: fitted.evaluations,
      sumOfSquares: fitted.sumOfSquares,
    },
    inSample: fitStatistics(simulated, observed, 1, fitEnd),
    outOfSample: fitStatistics(simulated, observed, testFrom, years),
    pandemic: pandemic && {
      year: setup.pandemicYear,
      type: setup.shockType,
      size: pandemic.fit.values[0]!,
      standardError: pandemic.fit.standardErrors[0]!,
      note:
        `one number fitted to the residuals of this year (a shock of type ${setup.shockType}: the loss is size × GRDP` +
        (setup.shockType === "pandemic" ? " × accommodation share" : "") +
        "); the statistics after it are out of sample only for the later years",
      outOfSample: fitStatistics(pandemic.paths, observed, testFrom, years),
      afterShock:
        setup.pandemicYear! < setup.test.to
          ? fitStatistics(pandemic.paths, observed, setup.pandemicYear! - fit.from + 1, years)
          : null,
    },
    time: {
      cpuSeconds: (cpuUsed.user + cpuUsed.system) / 1e6,
      wallSeconds: (performance.now() - wall) / 1000,
    },
  };

  const scenariosDir = options.scenariosDir ?? options.out;
  const historyScenario = scenarioFile(
    {
      ...calibrated,
      startYear: fit.from,
      years,
      shocks: pandemic ? [...calibrated.shocks, pandemic.shock] : calibrated.shocks,
    },
    `history-${fit.from}`,
    historyDescription(summary),
    worldReference(options.world, scenariosDir),
    scenariosDir,
  );
  const projectionStart = yearOfWorld(options.projectWorld);
  const projection = scenarioFile(
    {
      ...calibrated,
      startYear: projectionStart,
      years: options.projectTo - projectionStart,
      shocks: base.shocks,
    },
    `projection-${options.projectTo}`,
    projectionDescription(summary, options.projectTo),
    worldReference(options.projectWorld, scenariosDir),
    scenariosDir,
  );

  const figureInput = {
    world,
    startYear: fit.from,
    fitEnd,
    observed,
    simulated,
    shocked: pandemic?.paths,
    shockYear: setup.pandemicYear,
  };
  const outputs: Array<[string, string]> = [
    [join(options.out, FIT_FILE), jsonText(summary)],
    [join(options.out, PATHS_FILE), pathsCsv(world, fit.from, fitEnd, observed, simulated, pandemic?.paths)],
    [join(options.out, INDICES_FILE), indicesCsv(fit.from, fitEnd, observed, simulated, pandemic?.paths)],
    [join(options.out, INDICES_FIGURE), indicesFigure(figureInput)],
    [join(options.out, PROVINCES_FIGURE), provincesFigure(figureInput)],
    [join(scenariosDir, `${historyScenario.name}.json`), historyScenario.text],
    [join(scenariosDir, `${projection.name}.json`), projection.text],
  ];
  mkdirSync(options.out, { recursive: true });
  mkdirSync(scenariosDir, { recursive: true });
  await writeFilesAtomically(
    outputs.map(([target]) => target),
    async (files) => {
      for (const [k, file] of files.entries()) await file.write(outputs[k]![1]);
    },
  );
  if (!options.quiet)
    process.stdout.write(
      report(
        summary,
        fitted,
        outputs.map(([t]) => displayPath(t)),
      ),
    );
}

async function prepare(options: CalibrateCliOptions): Promise<Setup> {
  const fit = parseYearSpan(options.fit, "--fit");
  const test = parseYearSpan(options.test, "--test");
  const seeds = parseSeeds(options.seeds);
  const variant = options.variant as CalibrationVariant;
  if (!CALIBRATION_VARIANTS.includes(variant))
    throw new InputError("--variant", options.variant, `expected one of ${CALIBRATION_VARIANTS.join(", ")}`);
  if (fit.to <= fit.from)
    throw new InputError("--fit", options.fit, "needs at least one year after the start (e.g. 2010-2019)");
  if (test.from <= fit.to)
    throw new InputError("--test", options.test, `must start after the fit window (${options.fit})`);
  if (!Number.isInteger(options.iterations) || options.iterations < 1)
    throw new InputError("--iterations", String(options.iterations), "must be a whole number of at least 1");

  const loaded = await loadScenario({ file: options.scenario });
  const base: Scenario = { ...loaded.scenario, startYear: fit.from, years: fit.to - fit.from };

  const worldFile = worldFilePath(options.world, process.cwd(), "--world");
  const world = await readWorldFile(worldFile, "--world");
  const historyFile = options.history ?? join(packageRoot(), DEFAULT_HISTORY);
  const historyShown = displayPath(historyFile);
  const history = parseHistoryCsv(await readTextFile(historyFile), historyShown);
  if (fit.from < history.firstYear || test.to > history.lastYear)
    throw new InputError(
      "--fit/--test",
      `${options.fit}, ${options.test}`,
      `outside the years of ${historyShown} (${history.firstYear}–${history.lastYear})`,
    );
  const unitOf = alignHistory(history, world, fit.from);
  const observed = observedPaths(history, world, unitOf, fit.from, test.to - fit.from);

  const shockType = options.shockType as ShockType;
  if (shockType !== "pandemic" && shockType !== "disaster")
    throw new InputError("--shock-type", options.shockType, "expected pandemic or disaster");
  let pandemicYear: number | undefined;
  if (options.pandemic === undefined) {
    // By default the shock is fitted to 2020 when the test years hold it, and to nothing otherwise.
    if (test.from <= PANDEMIC_YEAR && PANDEMIC_YEAR <= test.to) pandemicYear = PANDEMIC_YEAR;
  } else if (options.pandemic !== "none") {
    pandemicYear = parseYearSpan(options.pandemic, "--pandemic").from;
    if (pandemicYear < test.from || pandemicYear > test.to)
      throw new InputError(
        "--pandemic",
        options.pandemic,
        `must be a year of --test (${options.test}) or none`,
      );
  }

  const projectWorld = await readWorldFile(
    worldFilePath(options.projectWorld, process.cwd(), "--project-world"),
    "--project-world",
  );
  const missing = world.groups.filter((g) => !projectWorld.groups.includes(g));
  if (variant !== "national-beta" && missing.length > 0)
    throw new InputError(
      "--project-world",
      options.projectWorld,
      `has no group ${missing.join(", ")}, whose base growth is fitted`,
    );
  const start = yearOfWorld(options.projectWorld);
  if (!(options.projectTo > start))
    throw new InputError(
      "--project-to",
      String(options.projectTo),
      `must be after ${start}, the projection world's year`,
    );

  return {
    world,
    worldShown: displayPath(worldFile),
    historyShown,
    base,
    observed,
    fit,
    test,
    seeds,
    variant,
    pandemicYear,
    shockType,
    projectWorld,
  };
}

/**
 * The pandemic shock's size fitted to the residuals of its year alone (one number, bounded by the
 * schema to [0, 1]), the calibrated growth held fixed.
 */
function fitPandemic(setup: Setup, calibrated: Scenario, years: number) {
  const t = setup.pandemicYear! - setup.fit.from;
  const withShock = (size: number): Scenario => ({
    ...calibrated,
    shocks: [...calibrated.shocks, { type: setup.shockType, year: t, duration: 1, regions: ["all"], size }],
  });
  const fit: LeastSquaresFit = leastSquares({
    observed: slice(setup.observed, t, t),
    simulate: ([size]) => slice(simulatePaths(setup.world, withShock(size!), setup.seeds, t), t, t),
    start: [0.1],
    min: [0],
    max: [1],
    step: 0.01,
    maxIterations: 20,
  });
  const scenario = withShock(fit.values[0]!);
  return {
    fit,
    shock: scenario.shocks.at(-1)!,
    paths: simulatePaths(setup.world, scenario, setup.seeds, years),
  };
}

/** ln per-capita GRDP of every region for years t = from…to, region-major (the residuals' order). */
function slice(paths: Paths, from: number, to: number): Float64Array {
  const width = paths.years + 1;
  const n = paths.logIncome.length / width;
  const span = to - from + 1;
  const out = new Float64Array(n * span);
  for (let i = 0; i < n; i++)
    for (let t = from; t <= to; t++) out[i * span + t - from] = paths.logIncome[i * width + t]!;
  return out;
}

/** The calendar year of a world: the last four-digit number in its name (indonesia-2022 → 2022). */
/** The data year of the projection's world: a built-in world's (sim/world/builtin-worlds.ts), else the year its file name ends in. */
function yearOfWorld(reference: string): number {
  const builtin = builtinWorldDataYear(reference);
  if (builtin !== undefined) return builtin;
  const years = reference.match(/(?:19|20)\d\d/g);
  if (!years)
    throw new InputError(
      "--project-world",
      reference,
      "a world file's name must end in its data year (e.g. my-provinces-2022.csv), the year the projection starts from",
    );
  return Number(years.at(-1));
}

/** How a scenario in `dir` names the world: a built-in name as it is, a file relative to the scenario. */
function worldReference(reference: string, dir: string): string {
  if (!isWorldPath(reference)) return reference;
  return relative(resolve(dir), resolve(reference)).replace(/\\/g, "/");
}

interface ScenarioText {
  name: string;
  text: string;
}

/**
 * A scenario file that states only what differs from the defaults (as configs/scenarios do), with the
 * world as the scenario file must name it and $schema pointing at the package's schema.
 */
function scenarioFile(
  scenario: Scenario,
  name: string,
  description: string,
  world: string,
  dir: string,
): ScenarioText {
  const defaults = defaultScenario();
  const differences = difference({ ...scenario, world }, defaults) as Record<string, unknown>;
  delete differences["name"];
  delete differences["description"];
  delete differences["seed"];
  const schema = relative(resolve(dir), join(packageRoot(), "configs", "scenario.schema.json")).replace(
    /\\/g,
    "/",
  );
  const file = { $schema: schema, name, description, ...differences };
  return { name, text: jsonText(file) };
}

/** The parts of `value` that differ from `defaults` (objects recursively, arrays and values whole). */
function difference(value: unknown, defaults: unknown): unknown {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    const base = (typeof defaults === "object" && defaults !== null ? defaults : {}) as Record<
      string,
      unknown
    >;
    for (const [key, child] of Object.entries(value)) {
      const diff = difference(child, base[key]);
      if (diff !== undefined) out[key] = diff;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return JSON.stringify(value) === JSON.stringify(defaults) ? undefined : value;
}

type Summary = {
  variant: CalibrationVariant;
  fit: string;
  test: string;
  seeds: number[];
  inSample: FitStatistics;
  outOfSample: FitStatistics;
  pandemic:
    { year: number | undefined; type: ShockType; size: number; outOfSample: FitStatistics } | undefined;
};

const f3 = (x: number) => x.toFixed(3);

function statsText(summary: Summary, lang: "en" | "id"): string {
  const { inSample, outOfSample, pandemic } = summary;
  const w = (s: FitStatistics) => f3(s.indices.williamson.meanError);
  if (lang === "en")
    return (
      `variant ${summary.variant}, ${summary.seeds.length} seeds; RMSE of ln per-capita GRDP ${f3(inSample.rmseLogIncome)} ` +
      `in ${summary.fit}, ${f3(outOfSample.rmseLogIncome)} out of sample ${summary.test}` +
      (pandemic
        ? ` (${f3(pandemic.outOfSample.rmseLogIncome)} with a ${pandemic.year} pandemic shock${pandemic.type === "pandemic" ? "" : ` of type ${pandemic.type}`} of size ${f3(pandemic.size)} fitted to that year)`
        : "") +
      `; mean error of the Williamson index ${w(inSample)} in sample, ${w(outOfSample)} out of sample`
    );
  return (
    `varian ${summary.variant}, ${summary.seeds.length} seed; RMSE ln PDRB per kapita ${f3(inSample.rmseLogIncome)} ` +
    `pada ${summary.fit}, ${f3(outOfSample.rmseLogIncome)} di luar sampel ${summary.test}` +
    (pandemic
      ? ` (${f3(pandemic.outOfSample.rmseLogIncome)} dengan guncangan pandemi ${pandemic.year}${pandemic.type === "pandemic" ? "" : ` bertipe ${pandemic.type}`} berukuran ${f3(pandemic.size)} yang dipaskan ke tahun itu)`
      : "") +
    `; galat rata-rata indeks Williamson ${w(inSample)} dalam sampel, ${w(outOfSample)} di luar sampel`
  );
}

function historyDescription(summary: Summary): string {
  return (
    `How closely does the baseline calibrated to the observed provincial per-capita GRDP replay ${summary.fit} and ` +
    `${summary.test} (${statsText(summary, "en")}; docs/validation.md)? / ` +
    `Seberapa dekat baseline yang dikalibrasi ke PDRB per kapita provinsi yang teramati mengulang ${summary.fit} dan ` +
    `${summary.test} (${statsText(summary, "id")}; docs/validation.md)?`
  );
}

function projectionDescription(summary: Summary, to: number): string {
  return (
    `Where does the observed 2010s growth trend, carried forward from 2022, take provincial disparity by ${to} ` +
    `(Indonesia Emas), before any policy lever (base growth calibrated to ${summary.fit}: ${statsText(summary, "en")}; ` +
    `docs/validation.md)? / ` +
    `Ke mana tren pertumbuhan 2010-an yang teramati, dilanjutkan dari 2022, membawa ketimpangan antarprovinsi pada ${to} ` +
    `(Indonesia Emas), sebelum tuas kebijakan apa pun (pertumbuhan dasar dikalibrasi ke ${summary.fit}: ` +
    `${statsText(summary, "id")}; docs/validation.md)?`
  );
}

function sampleOf(t: number, fitEnd: number): string {
  return t === 0 ? "start" : t <= fitEnd ? "fit" : "test";
}

function pathsCsv(
  world: World,
  startYear: number,
  fitEnd: number,
  observed: Paths,
  simulated: Paths,
  shocked: Paths | undefined,
): string {
  const width = observed.years + 1;
  const header = [
    "id",
    "name",
    "group",
    "year",
    "sample",
    "observed_per_capita",
    "simulated_per_capita",
    ...(shocked ? ["simulated_shock_per_capita"] : []),
    "observed_log",
    "simulated_log",
    ...(shocked ? ["simulated_shock_log"] : []),
  ];
  const lines = [header.join(",")];
  for (let i = 0; i < world.size; i++) {
    for (let t = 0; t < width; t++) {
      const logs = [observed, simulated, ...(shocked ? [shocked] : [])].map(
        (p) => p.logIncome[i * width + t]!,
      );
      lines.push(
        [
          world.ids[i]!,
          csvText(world.names[i]!),
          csvText(world.groups[world.groupOf[i]!]!),
          startYear + t,
          sampleOf(t, fitEnd),
          // Million IDR per person, as the model's outputs; the simulated value is exp(mean over seeds of ln).
          ...logs.map((v) => 1000 * exp(v)),
          ...logs,
        ].join(","),
      );
    }
  }
  return lines.join("\n") + "\n";
}

function indicesCsv(
  startYear: number,
  fitEnd: number,
  observed: Paths,
  simulated: Paths,
  shocked: Paths | undefined,
): string {
  const names = {
    williamson: "williamson",
    theil: "theil",
    theilBetween: "theil_between",
    theilWithin: "theil_within",
  };
  const header = ["year", "sample"];
  for (const key of DISPARITY_KEYS) {
    header.push(`observed_${names[key]}`, `simulated_${names[key]}`);
    if (shocked) header.push(`simulated_shock_${names[key]}`);
  }
  const lines = [header.join(",")];
  for (let t = 0; t <= observed.years; t++) {
    const row: Array<string | number> = [startYear + t, sampleOf(t, fitEnd)];
    for (const key of DISPARITY_KEYS) {
      row.push(observed.indices[t]![key], simulated.indices[t]![key]);
      if (shocked) row.push(shocked.indices[t]![key]);
    }
    lines.push(row.join(","));
  }
  return lines.join("\n") + "\n";
}

function csvText(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function report(
  summary: Summary & { parameters: Array<{ path: string; value: number; standardError: number }> },
  fitted: LeastSquaresFit,
  files: string[],
): string {
  const lines = [
    `Calibrated ${summary.variant} on ${summary.fit} (${summary.seeds.length} seed${summary.seeds.length === 1 ? "" : "s"}, ${fitted.iterations} iterations, ${fitted.evaluations} simulations):`,
    ...summary.parameters.map(
      (p) =>
        `  ${p.path.padEnd(44)} ${p.value.toFixed(5)}  (s.e. ${Number.isFinite(p.standardError) ? p.standardError.toFixed(5) : "–"})`,
    ),
    `RMSE of ln per-capita GRDP: ${f3(summary.inSample.rmseLogIncome)} in sample, ${f3(summary.outOfSample.rmseLogIncome)} out of sample ${summary.test}` +
      (summary.pandemic
        ? `, ${f3(summary.pandemic.outOfSample.rmseLogIncome)} with the ${summary.pandemic.year} pandemic shock (size ${f3(summary.pandemic.size)})`
        : ""),
    `Williamson mean error: ${f3(summary.inSample.indices.williamson.meanError)} in sample, ${f3(summary.outOfSample.indices.williamson.meanError)} out of sample`,
    `Wrote ${files.join(", ")}`,
  ];
  return lines.join("\n") + "\n";
}
