import { z } from "zod";
import { checkSweep } from "./check-sweep.js";

/**
 * The sweep file: which scenario fields to vary, how to choose the points (the design), how many
 * replicates of each and with which base seed. Strict like the scenario schema: an unknown key is an
 * error that names it, because a misspelt field silently ignored is a wrong experiment. The rules
 * that tie fields together (a grid needs lists, Saltelli needs ranges, ...) live in check-sweep.ts.
 */

const bound = (name: string) =>
  z.number({
    error: (issue) =>
      issue.input === undefined
        ? `a range needs both min and max; ${name} is missing`
        : `${name} must be a number`,
  });

const rangeSchema = z
  .strictObject({
    min: bound("min").describe("Lowest value of the range."),
    max: bound("max").describe("Highest value of the range."),
    integer: z
      .boolean()
      .optional()
      .describe("Round every sampled value to an integer (the bounds must then be integers)."),
  })
  .describe('A range to sample: unit u in [0, 1] maps to min + u·(max − min), e.g. {"min": 0, "max": 500}.');

const valuesSchema = z
  .array(z.unknown())
  .min(1, "an empty list of values; give at least one")
  .describe(
    "The values to run, each as a scenario file would give it (number, boolean, string, array), e.g. [0, 0.5, 1].",
  );

const parameterSchema = z
  .union([valuesSchema, rangeSchema], {
    error: 'expected a list of values, e.g. [0, 0.5, 1], or a range, e.g. {"min": 0, "max": 1}',
  })
  .describe(
    "A list of values (a grid or lhs runs them) or a {min, max} range (lhs, saltelli or morris sample it).",
  );

const designSchema = z
  .strictObject({
    type: z
      .enum(["grid", "list", "lhs", "saltelli", "morris"])
      .default("grid")
      .describe(
        "grid: every combination of the listed values; list: the points in design.runs; lhs: Latin hypercube " +
          "(McKay et al. 1979); saltelli: the Saltelli (2010) design for Sobol indices, N·(k+2) points; " +
          "morris: Morris (1991) trajectories for elementary effects, r·(k+1) points.",
      ),
    samples: z
      .number()
      .int()
      .min(1, "at least 1 sample")
      .optional()
      .describe("lhs: the number of points; saltelli: the base sample size N (hundreds to thousands)."),
    levels: z
      .number()
      .int()
      .min(2, "Morris needs at least 2 levels (an even number such as 4 keeps the design balanced)")
      .optional()
      .describe(
        "morris: the number p of grid levels per factor; default 4. An even p keeps every level equally likely.",
      ),
    trajectories: z
      .number()
      .int()
      .min(1, "at least 1 trajectory")
      .optional()
      .describe("morris: the number r of trajectories (10 to 50 is usual)."),
    runs: z
      .array(
        z
          .record(z.string(), z.unknown())
          .describe(
            'One point: dot path -> value, e.g. {"ego.mean": 0.5, "policies.incentiveFund.budget": 100}.',
          ),
      )
      .optional()
      .describe(
        "list: the points to run; every point sets the same fields, which become the parameter columns.",
      ),
    seed: z
      .number()
      .int()
      .optional()
      .describe("Seed of the sampling (lhs, saltelli, morris); default: the sweep's seed."),
  })
  .prefault({})
  .describe("How the points of the sweep are chosen.");

export const sweepSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Path of the JSON Schema, for editors."),
    name: z.string().default("").describe("Short name of the sweep."),
    description: z.string().default("").describe("The question this sweep answers."),
    scenario: z
      .string()
      .min(1)
      .optional()
      .describe("The base scenario file, relative to the sweep file; omitted = the default scenario."),
    parameters: z
      .record(z.string(), parameterSchema)
      .default({})
      .describe(
        'The scenario fields to vary, by dot path as `sinergi run --set` names them, e.g. {"ego.mean": [0, 0.5, 1], ' +
          '"policies.incentiveFund.budget": {"min": 0, "max": 500}}. Their order is the order of the output columns.',
      ),
    design: designSchema,
    replicates: z
      .number()
      .int()
      .min(1, "at least 1 replicate")
      .default(1)
      .describe("Runs of every point, each with its own seed."),
    years: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .optional()
      .describe("Number of simulated years; overrides the scenario's years."),
    seed: z
      .number()
      .int()
      .default(1)
      .describe(
        "Base seed. Each run's seed is a hash of it, the run's parameter values and its replicate number, " +
          "so adding values or replicates leaves the seeds of existing runs unchanged.",
      ),
  })
  .superRefine(checkSweep)
  .describe(
    "A Sinergi parameter sweep: a base scenario, the fields to vary, a design, replicates and a seed.",
  );

/** A `{min, max}` range of a sampled parameter. */
export interface ParameterRange {
  min: number;
  max: number;
  integer?: boolean | undefined;
}

export type DesignType = "grid" | "list" | "lhs" | "saltelli" | "morris";

export interface SweepDesign {
  type: DesignType;
  samples?: number | undefined;
  levels?: number | undefined;
  trajectories?: number | undefined;
  runs?: Array<Record<string, unknown>> | undefined;
  seed?: number | undefined;
}

/** A validated sweep with every default filled in. */
export interface Sweep {
  name: string;
  description: string;
  scenario?: string | undefined;
  parameters: Record<string, unknown[] | ParameterRange>;
  design: SweepDesign;
  replicates: number;
  years?: number | undefined;
  seed: number;
}

/** A sweep as written in a file: every field with a default optional. */
export type SweepInput = z.input<typeof sweepSchema>;

export function isRange(parameter: unknown[] | ParameterRange): parameter is ParameterRange {
  return !Array.isArray(parameter);
}
