/**
 * The sensitivity indices of a sweep's outputs, from the values the runs reader kept: Sobol (Saltelli
 * design), Morris (Morris design) or standardized regression (any design), as tidy rows for
 * indices.csv and as structured results for the table and the report.
 */
import { morrisIndices, sobolIndices, standardizedRegression } from "../../sim/experiment/analysis/index.js";
import { percentileBootstrap } from "../../sim/experiment/analysis/index.js";
import type { DesignType, PlannedRun, SweepPoint } from "../../sim/experiment/index.js";
import { InputError } from "../../sim/input-error.js";
import type { OutputSpec } from "./outputs.js";

export type Method = "sobol" | "morris" | "regression";
export const METHODS: readonly Method[] = ["sobol", "morris", "regression"];

/** The design each method needs (regression: any). */
const NEEDS: Record<Method, DesignType | undefined> = {
  sobol: "saltelli",
  morris: "morris",
  regression: undefined,
};

/** One row of indices.csv. lower/upper are NaN where the method gives no interval. */
export interface IndexRow {
  output: string;
  parameter: string;
  index: string;
  value: number;
  lower: number;
  upper: number;
}

export interface ParameterIndex {
  parameter: string;
  /** Index name → value and interval. */
  values: Record<string, { value: number; lower: number; upper: number }>;
}

export interface OutputResult {
  output: OutputSpec;
  /** The output averaged over each design point's replicates, in point order. */
  pointMeans: Float64Array;
  /** False when the output is the same in every run: no index is defined. */
  varies: boolean;
  parameters: ParameterIndex[];
  /**
   * Method-wide numbers: Var(Y) and N (Sobol), trajectories (Morris), R² and n (regression); and, with
   * replicates, the noise: `noiseShare` (Sobol, regression) or `noiseEffect` (Morris), see {@link noise}.
   */
  summary: Record<string, number>;
  /** Parameters left out (regression: not numbers). */
  excluded: string[];
}

export interface Analysis {
  method: Method;
  /** Index names in display order, e.g. ["S1", "ST"]. */
  indexNames: string[];
  /** Confidence level of the intervals (NaN when the method gives none). */
  confidence: number;
  bootstrap: number;
  results: OutputResult[];
  rows: IndexRow[];
}

export interface AnalysisInput {
  method: Method;
  design: DesignType;
  parameters: readonly string[];
  points: readonly SweepPoint[];
  runs: readonly PlannedRun[];
  outputs: readonly OutputSpec[];
  /** values[o][runId], as the runs reader returns them. */
  values: readonly Float64Array[];
  /** Replicates per design point (runs of a point: point·replicates + replicate). */
  replicates: number;
  /** Bootstrap resamples for the intervals (Sobol, Morris). */
  bootstrap: number;
  /** Seeds the bootstrap (the sweep's seed). */
  seed: number;
}

export const CONFIDENCE = 0.95;

/** An InputError unless the sweep's design suits the method. */
export function checkDesign(method: Method, design: DesignType, folder: string): void {
  const needed = NEEDS[method];
  if (needed === undefined || needed === design) return;
  throw new InputError(
    "--method",
    method,
    `needs a sweep with a ${needed} design, but ${folder} holds a ${design} design; ` +
      (design === "saltelli"
        ? "use --method sobol or regression"
        : design === "morris"
          ? "use --method morris or regression"
          : "use --method regression, which works with any design"),
  );
}

/** Averages each design point's replicates. */
export function pointMeans(
  values: Float64Array,
  runs: readonly PlannedRun[],
  pointCount: number,
): Float64Array {
  const sums = new Float64Array(pointCount);
  const counts = new Int32Array(pointCount);
  for (const run of runs) {
    sums[run.point]! += values[run.runId]!;
    counts[run.point]! += 1;
  }
  for (let p = 0; p < pointCount; p++) sums[p] = sums[p]! / counts[p]!;
  return sums;
}

/** A parameter value as a number for the regression: numbers as they are, booleans 0/1, else NaN. */
export function numericValue(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return Number.NaN;
}

function checkFinite(values: Float64Array, output: OutputSpec): void {
  for (let r = 0; r < values.length; r++) {
    if (!Number.isFinite(values[r]!)) {
      throw new InputError(
        "--output",
        output.label,
        `run ${r} has no value of ${output.metric} in that year (an empty cell; growth_rate, for one, is empty ` +
          "in year 0); choose another year or metric",
      );
    }
  }
}

function allEqual(values: ArrayLike<number>): boolean {
  for (let i = 1; i < values.length; i++) if (values[i] !== values[0]) return false;
  return true;
}

const NONE = { lower: Number.NaN, upper: Number.NaN };

export function analyze(input: AnalysisInput): Analysis {
  const { method, parameters, points, runs } = input;
  const results: OutputResult[] = input.outputs.map((output, o) => {
    const values = input.values[o]!;
    checkFinite(values, output);
    const means = pointMeans(values, runs, points.length);
    const varies = !allEqual(values);
    const base = { output, pointMeans: means, varies };
    const part =
      method === "sobol"
        ? sobol(means, parameters, input)
        : method === "morris"
          ? morris(means, parameters, points, input)
          : regression(values, parameters, runs);
    Object.assign(part.summary, noise(method, values, means, input));
    return { ...base, ...part };
  });
  const indexNames =
    method === "sobol" ? ["S1", "ST"] : method === "morris" ? ["mu_star", "mu", "sigma"] : ["SRC"];
  const rows: IndexRow[] = [];
  for (const result of results) {
    for (const p of result.parameters) {
      for (const name of indexNames) {
        const entry = p.values[name];
        if (entry) rows.push({ output: result.output.label, parameter: p.parameter, index: name, ...entry });
      }
    }
    // Output-wide numbers, with no parameter: R² of the regression, and the noise estimate.
    const overall: Array<[string, string]> = [
      ["R2", "rSquared"],
      ["noise_share", "noiseShare"],
      ["noise_effect", "noiseEffect"],
    ];
    for (const [index, key] of overall) {
      const value = result.summary[key];
      if (value !== undefined)
        rows.push({ output: result.output.label, parameter: "", index, value, ...NONE });
    }
  }
  return {
    method,
    indexNames,
    confidence: method === "regression" ? Number.NaN : CONFIDENCE,
    bootstrap: method === "regression" ? 0 : input.bootstrap,
    results,
    rows,
  };
}

/**
 * The pooled variance of the runs of a design point around the point's mean (needs ≥ 2 replicates):
 * the model's own randomness, which the indices cannot tell from an effect of the parameters.
 */
export function withinPointVariance(
  values: Float64Array,
  runs: readonly PlannedRun[],
  means: Float64Array,
  replicates: number,
): number {
  if (replicates < 2 || means.length === 0) return Number.NaN;
  let squares = 0;
  for (const run of runs) {
    const d = values[run.runId]! - means[run.point]!;
    squares += d * d;
  }
  return squares / (means.length * (replicates - 1));
}

/**
 * How much of what the method measures is noise, from the spread of the replicates (none without):
 * - Sobol: noiseShare = (s²_w / R) / Var(Y), the variance of a point mean's noise as a share of the
 *   variance of the point means. Jansen's total index of a parameter that does nothing is about this
 *   (E[(ε_A − ε_AB)²]/2 = σ²/R), so an ST near it is indistinguishable from none.
 * - Morris: noiseEffect = √(2 s²_w / R) / Δ, the standard deviation an elementary effect gets from noise
 *   alone (Δ the step in unit space), so a μ* below it is not an effect.
 * - Regression (on runs): noiseShare = s²_w / Var(y), the share of the runs' variance no function of the
 *   parameters can explain: R² cannot exceed about 1 − noiseShare.
 */
function noise(
  method: Method,
  values: Float64Array,
  means: Float64Array,
  input: AnalysisInput,
): Record<string, number> {
  const within = withinPointVariance(values, input.runs, means, input.replicates);
  if (!Number.isFinite(within)) return {};
  const r = input.replicates;
  if (method === "sobol") {
    const k = input.parameters.length;
    const block = k + 2;
    const n = means.length / block;
    let sum = 0;
    let squares = 0;
    for (let j = 0; j < n; j++) {
      for (const p of [j * block, j * block + 1]) {
        sum += means[p]!;
        squares += means[p]! * means[p]!;
      }
    }
    const mean = sum / (2 * n);
    const variance = squares / (2 * n) - mean * mean;
    return variance > 0 ? { noiseShare: within / r / variance } : {};
  }
  if (method === "morris") {
    const first = input.points[0]?.unit ?? [];
    const second = input.points[1]?.unit ?? [];
    let step = 0;
    for (let i = 0; i < first.length; i++) step = Math.max(step, Math.abs(second[i]! - first[i]!));
    return step > 0 ? { noiseEffect: Math.sqrt((2 * within) / r) / step } : {};
  }
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  const variance = squares / (values.length - 1);
  return variance > 0 ? { noiseShare: within / variance } : {};
}

type MethodPart = Pick<OutputResult, "parameters" | "summary" | "excluded">;

function sobol(means: Float64Array, parameters: readonly string[], input: AnalysisInput): MethodPart {
  const s = sobolIndices(means, parameters.length, {
    bootstrap: input.bootstrap,
    confidence: CONFIDENCE,
    seed: input.seed,
  });
  return {
    parameters: parameters.map((parameter, i) => ({
      parameter,
      values: {
        S1: { value: s.first[i]!, lower: s.firstInterval[i]![0], upper: s.firstInterval[i]![1] },
        ST: { value: s.total[i]!, lower: s.totalInterval[i]![0], upper: s.totalInterval[i]![1] },
      },
    })),
    summary: { variance: s.variance, n: s.n },
    excluded: [],
  };
}

function morris(
  means: Float64Array,
  parameters: readonly string[],
  points: readonly SweepPoint[],
  input: AnalysisInput,
): MethodPart {
  const k = parameters.length;
  const block = k + 1;
  const unit = points.map((p) => p.unit);
  const measures = morrisIndices(unit, means, k);
  const trajectories = points.length / block;
  // Percentile bootstrap over the trajectories (each resampled whole, so its steps stay paired).
  const resampledUnit: ArrayLike<number>[] = new Array<ArrayLike<number>>(points.length);
  const resampledY = new Float64Array(points.length);
  const intervals =
    input.bootstrap > 0
      ? percentileBootstrap(
          trajectories,
          3 * k,
          (units) => {
            for (let t = 0; t < trajectories; t++) {
              const from = units[t]! * block;
              for (let s = 0; s < block; s++) {
                resampledUnit[t * block + s] = unit[from + s]!;
                resampledY[t * block + s] = means[from + s]!;
              }
            }
            const m = morrisIndices(resampledUnit, resampledY, k);
            return [...m.map((x) => x.muStar), ...m.map((x) => x.mu), ...m.map((x) => x.sigma)];
          },
          {
            resamples: input.bootstrap,
            confidence: CONFIDENCE,
            seed: `sinergi-morris-bootstrap|${input.seed}`,
          },
        )
      : Array.from({ length: 3 * k }, (): [number, number] => [Number.NaN, Number.NaN]);
  return {
    parameters: parameters.map((parameter, i) => {
      const m = measures[i]!;
      const interval = (j: number) => ({ lower: intervals[j * k + i]![0], upper: intervals[j * k + i]![1] });
      return {
        parameter,
        values: {
          mu_star: { value: m.muStar, ...interval(0) },
          mu: { value: m.mu, ...interval(1) },
          sigma: { value: m.sigma, ...interval(2) },
        },
      };
    }),
    summary: { trajectories },
    excluded: [],
  };
}

function regression(
  values: Float64Array,
  parameters: readonly string[],
  runs: readonly PlannedRun[],
): MethodPart {
  const numeric = parameters.filter((name) =>
    runs.every((run) => Number.isFinite(numericValue(run.values[name]))),
  );
  const excluded = parameters.filter((name) => !numeric.includes(name));
  if (numeric.length === 0) {
    throw new InputError(
      "--method",
      "regression",
      `needs numeric parameters, and none of ${parameters.join(", ") || "(no parameters)"} is a number in every run`,
    );
  }
  const x = runs.map((run) => numeric.map((name) => numericValue(run.values[name])));
  let fit;
  try {
    fit = standardizedRegression(x, values);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new InputError("--method", "regression", error.message.replace(/^standardizedRegression: /, ""));
    }
    throw error;
  }
  return {
    parameters: parameters.map((parameter) => {
      const at = numeric.indexOf(parameter);
      return {
        parameter,
        values: at >= 0 ? { SRC: { value: fit.coefficients[at]!, ...NONE } } : {},
      };
    }),
    summary: { rSquared: fit.rSquared, n: fit.n },
    excluded,
  };
}
