import type { z } from "zod";
import { canonicalJson } from "./canonical-json.js";
import { designSize } from "./design-size.js";
import { DOT_PATH_PROBLEM, isDotPath } from "./dot-path.js";
import { isRange, type Sweep, type SweepDesign } from "./sweep-schema.js";

/** A plan is held in memory (one small record per run); beyond this, split the study into sweeps. */
export const MAX_RUNS = 10_000_000;

/**
 * The rules that tie the fields of a sweep together, each reported against the field to change.
 * Runs after the field-by-field checks of the schema, whose issues come first in the error.
 */
export function checkSweep(sweep: Sweep, ctx: z.RefinementCtx): void {
  let problems = 0;
  const report = (path: PropertyKey[], message: string): void => {
    problems += 1;
    ctx.addIssue({ code: "custom", path, message });
  };
  const { design } = sweep;
  const { type } = design;

  for (const [name, parameter] of Object.entries(sweep.parameters)) {
    const at = ["parameters", name];
    if (!isDotPath(name)) {
      report(at, DOT_PATH_PROBLEM);
    } else if (isRange(parameter)) {
      if (type === "grid") {
        report(at, "a grid needs a list of values; use lhs, saltelli or morris to sample a range");
      } else if (parameter.min > parameter.max) {
        report(at, `min (${parameter.min}) is greater than max (${parameter.max})`);
      } else if (parameter.integer === true) {
        // Rounding keeps a value inside the range only if the bounds are integers themselves.
        for (const bound of ["min", "max"] as const) {
          if (!Number.isInteger(parameter[bound])) {
            report([...at, bound], "an integer range needs integer bounds");
          }
        }
      }
    } else if (type === "saltelli" || type === "morris") {
      report(
        at,
        `${type} samples ranges only; give a range such as {"min": 0, "max": 1} (use grid or lhs for a list of values)`,
      );
    } else {
      const repeated = firstRepeat(parameter);
      if (repeated) {
        report(
          [...at, repeated.index],
          `repeats [${repeated.first}]; a value listed twice would run the same runs twice (seeds follow the values)`,
        );
      }
    }
  }

  checkDesignFields(design, report);

  if (type === "list") {
    if (Object.keys(sweep.parameters).length > 0) {
      report(["parameters"], "a list design takes its points from design.runs; leave parameters empty");
    }
    checkRuns(design.runs ?? [], report);
  } else if (type !== "grid" && Object.keys(sweep.parameters).length === 0) {
    report(["parameters"], `${type} needs at least one parameter to sample`);
  }

  if (problems === 0) {
    const points = designSize(sweep);
    const runs = points * sweep.replicates;
    if (runs > MAX_RUNS) {
      report(
        ["design"],
        `the sweep has ${count(runs)} runs (${count(points)} points × ${count(sweep.replicates)} ` +
          `${sweep.replicates === 1 ? "replicate" : "replicates"}); at most ${count(MAX_RUNS)} fit in one sweep, so split it`,
      );
    }
  }
}

const count = (n: number): string => n.toLocaleString("en");

type Report = (path: PropertyKey[], message: string) => void;

/** Each design reads some fields of `design`; a field it ignores is refused, not silently dropped. */
function checkDesignFields(design: SweepDesign, report: Report): void {
  const { type } = design;
  const at = (field: string): PropertyKey[] => ["design", field];

  if (type === "lhs" || type === "saltelli") {
    if (design.samples === undefined) {
      report(
        at("samples"),
        type === "lhs"
          ? "lhs needs design.samples, the number of points to draw"
          : "saltelli needs design.samples, the base sample size N (the design has N·(k+2) points for k parameters)",
      );
    }
  } else if (design.samples !== undefined) {
    report(
      at("samples"),
      type === "morris"
        ? "morris counts trajectories, not samples; use design.trajectories"
        : `a ${type} design draws no samples; samples applies to lhs and saltelli`,
    );
  }

  if (type === "morris") {
    if (design.trajectories === undefined) {
      report(
        at("trajectories"),
        "morris needs design.trajectories, the number r of trajectories (the design has r·(k+1) points)",
      );
    }
  } else {
    if (design.trajectories !== undefined) {
      report(at("trajectories"), "only a morris design has trajectories");
    }
    if (design.levels !== undefined) report(at("levels"), "only a morris design has levels");
  }

  if (type === "list") {
    if (design.runs === undefined) {
      report(
        at("runs"),
        "a list design needs design.runs, the points to run (each an object of dot path -> value)",
      );
    } else if (design.runs.length === 0) {
      report(at("runs"), "an empty list of runs; give at least one");
    }
  } else if (design.runs !== undefined) {
    report(at("runs"), 'only a list design has runs (set design.type to "list")');
  }

  if ((type === "grid" || type === "list") && design.seed !== undefined) {
    report(
      at("seed"),
      `a ${type} design samples nothing, so it has no seed; the runs' seeds come from the top-level seed`,
    );
  }
}

/** Every run of a list design sets the same fields: they are the columns of the output. */
function checkRuns(runs: ReadonlyArray<Record<string, unknown>>, report: Report): void {
  const first = runs[0];
  if (!first) return;
  const wanted = Object.keys(first).sort().join(", ");
  for (const [index, run] of runs.entries()) {
    for (const name of Object.keys(run)) {
      if (!isDotPath(name)) report(["design", "runs", index, name], DOT_PATH_PROBLEM);
    }
    const keys = Object.keys(run).sort().join(", ");
    if (keys !== wanted) {
      report(
        ["design", "runs", index],
        `sets ${keys || "nothing"} but the first run sets ${wanted || "nothing"}; every run must set the same fields`,
      );
    }
  }
  const repeated = firstRepeat(runs);
  if (repeated) {
    report(
      ["design", "runs", repeated.index],
      `repeats run [${repeated.first}]; a point listed twice would run the same runs twice (seeds follow the values)`,
    );
  }
}

function firstRepeat(values: readonly unknown[]): { index: number; first: number } | undefined {
  const seen = new Map<string, number>();
  for (const [index, value] of values.entries()) {
    const text = canonicalJson(value);
    const first = seen.get(text);
    if (first !== undefined) return { index, first };
    seen.set(text, index);
  }
  return undefined;
}
