/**
 * `sinergi analyze DIR --method sobol|morris|regression`: sensitivity indices of a finished sweep's
 * outputs, as a table on stdout, REPORT_DIR/indices.csv and a self-contained REPORT_DIR/report.html.
 */
import { statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Sweep } from "../../sim/experiment/index.js";
import { InputError } from "../../sim/input-error.js";
import { ensembleBand } from "../analysis/bands.js";
import { analyze, checkDesign, METHODS, type Analysis, type Method } from "../analysis/compute.js";
import { resolveOutputs, type OutputSpec } from "../analysis/outputs.js";
import { peekRunsFile, readRuns, SERIES_RUNS_LIMIT } from "../analysis/runs-reader.js";
import { openSweepFolder, type SweepFolder } from "../analysis/sweep-folder.js";
import { analysisText, indicesCsv } from "../analysis/table.js";
import { fileError } from "../errors.js";
import { stdoutSink, writeFilesAtomically } from "../output.js";
import { displayPath, packageVersion } from "../paths.js";

export interface AnalyzeCliOptions {
  method: string;
  output: string[];
  out?: string;
  bootstrap: number;
  quiet?: boolean;
}

export const INDICES_FILE = "indices.csv";
export const REPORT_FILE = "report.html";

function parseMethod(text: string): Method {
  const method = text.trim().toLowerCase() as Method;
  if (!METHODS.includes(method)) {
    throw new InputError("--method", text, `expected one of ${METHODS.join(", ")}`);
  }
  return method;
}

/** What the sweep gives a parameter, for the report: its range or its values. */
function parameterValues(sweep: Sweep, name: string, folder: SweepFolder): string {
  const given = sweep.parameters[name];
  if (Array.isArray(given)) return given.map((v) => JSON.stringify(v)).join(", ");
  if (given && typeof given === "object") {
    const range = given as { min: number; max: number; integer?: boolean };
    return `${range.min} to ${range.max}${range.integer ? ", whole numbers" : ""}`;
  }
  const seen = new Set(folder.points.map((p) => JSON.stringify(p.values[name])));
  return [...seen].join(", ");
}

function intro(method: Method, folder: SweepFolder, bootstrap: number): string {
  const { sweep, points, runs } = folder;
  const k = folder.parameters.length;
  const name = `${sweep.name ? `${sweep.name} ` : ""}(${folder.shown})`;
  const replicates = `${sweep.replicates} replicate${sweep.replicates === 1 ? "" : "s"}`;
  if (method === "sobol") {
    const n = points.length / (k + 2);
    return (
      `Sobol indices of sweep ${name}: saltelli design, N = ${n} base samples × ${k + 2} = ${points.length} points, ` +
      `${replicates} averaged per point.\nS1 first order (Saltelli et al. 2010), ST total (Jansen 1999); ` +
      `95% percentile-bootstrap intervals over the base samples (${bootstrap} resamples). Sorted by ST.`
    );
  }
  if (method === "morris") {
    const r = points.length / (k + 1);
    return (
      `Morris screening of sweep ${name}: ${r} trajectories × ${k + 1} = ${points.length} points, ${replicates} ` +
      `averaged per point.\nmu* mean |elementary effect| (Campolongo et al. 2007), mu mean and sigma standard ` +
      `deviation of the effects (Morris 1991), in the output's units per whole range of a parameter;\n95% ` +
      `percentile-bootstrap intervals over the trajectories (${bootstrap} resamples). Sorted by mu*.`
    );
  }
  return (
    `Standardized regression coefficients of sweep ${name}: ${sweep.design.type} design, ${points.length} points × ` +
    `${replicates} = ${runs.length} runs, fitted on every run (ordinary least squares on standardized values). ` +
    "Sorted by |SRC|."
  );
}

/** Each distinct metric of the outputs, with a marker at each year it is analysed. */
function bandMetrics(outputs: readonly OutputSpec[], folder: SweepFolder) {
  const metrics = new Map<string, Array<{ year: number; label: string }>>();
  for (const output of outputs) {
    const markers = metrics.get(output.metric) ?? [];
    metrics.set(output.metric, markers);
    const year =
      output.year === "last"
        ? folder.lastYears.min === folder.lastYears.max
          ? folder.lastYears.max
          : undefined
        : output.year;
    if (year !== undefined) markers.push({ year, label: output.label });
  }
  return metrics;
}

export async function analyzeCommand(dir: string, options: AnalyzeCliOptions): Promise<void> {
  const method = parseMethod(options.method);
  if (!Number.isSafeInteger(options.bootstrap) || options.bootstrap < 0) {
    throw new InputError(
      "--bootstrap",
      String(options.bootstrap),
      "expected a whole number of resamples, 0 or more",
    );
  }
  const folder = await openSweepFolder(dir);
  checkDesign(method, folder.sweep.design.type, folder.shown);
  const reportDir = options.out ?? join(dir, "analysis");
  const reportShown = displayPath(reportDir);
  try {
    if (!statSync(reportDir).isDirectory()) {
      throw new InputError("--out", reportShown, "is a file; give a folder for indices.csv and report.html");
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
  }

  const format = folder.manifest.format;
  const peek = await peekRunsFile(folder.runsPath, folder.runsShown, format);
  const outputs = resolveOutputs(options.output, {
    columns: peek.columns,
    parameters: folder.parameters,
    lastYear: folder.lastYears,
    calendarOffset: peek.calendarOffset,
  });
  const metrics = bandMetrics(outputs, folder);

  const data = await readRuns({
    path: folder.runsPath,
    shown: folder.runsShown,
    format,
    runs: folder.runs.length,
    lastYear: folder.lastYear,
    seedOf: (runId) => folder.runs[runId]!.seed,
    outputs,
    series: [...metrics.keys()],
    seriesRuns: SERIES_RUNS_LIMIT,
    seriesSeed: folder.sweep.seed,
    incompleteAdvice: folder.resumeAdvice,
  });

  const analysis: Analysis = analyze({
    method,
    design: folder.sweep.design.type,
    parameters: folder.parameters,
    points: folder.points,
    runs: folder.runs,
    outputs,
    values: data.values,
    replicates: folder.sweep.replicates,
    bootstrap: options.bootstrap,
    seed: folder.sweep.seed,
  });

  // d3 is loaded only now, so that a mistake in the input is reported without waiting for it.
  const { renderReport } = await import("../report/html.js");
  const now = new Date();
  const html = renderReport({
    sweep: {
      name: folder.sweep.name,
      description: folder.sweep.description,
      file: folder.manifest.sweep.file,
      folder: folder.shown,
      design: folder.sweep.design.type,
      points: folder.points.length,
      replicates: folder.sweep.replicates,
      runs: folder.runs.length,
      years:
        folder.lastYears.min === folder.lastYears.max
          ? String(folder.lastYears.max)
          : `${folder.lastYears.min}–${folder.lastYears.max}`,
      seed: folder.sweep.seed,
      parameters: folder.parameters.map((name) => ({
        name,
        values: parameterValues(folder.sweep, name, folder),
      })),
      sinergi: folder.manifest.sinergi,
    },
    analysis,
    pointValues: folder.points.map((p) => p.values),
    bands: [...metrics].map(([metric, markers]) => ({
      metric,
      band: ensembleBand(data.series.get(metric) ?? []),
      markers,
    })),
    bandRuns: data.seriesRunIds.length,
    calendarOffset: data.calendarOffset,
    date: `${now.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    version: packageVersion(),
  });

  try {
    await mkdir(reportDir, { recursive: true });
  } catch (error) {
    throw fileError(error, reportShown, "write");
  }
  const csvPath = join(reportDir, INDICES_FILE);
  const htmlPath = join(reportDir, REPORT_FILE);
  await writeFilesAtomically([csvPath, htmlPath], async ([csv, report]) => {
    await csv!.write(indicesCsv(analysis.rows));
    await report!.write(html);
  });

  if (!options.quiet) {
    await stdoutSink.write(analysisText(analysis, intro(method, folder, options.bootstrap)));
    await stdoutSink.write(`\nWrote ${displayPath(csvPath)} and ${displayPath(htmlPath)}\n`);
  }
}
