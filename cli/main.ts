#!/usr/bin/env node
/**
 * The `sinergi` command. Startup stays fast: this file loads only commander; each command imports
 * what it needs (zod, the model, d3-dsv) when it runs.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { EXIT_USAGE, oneLine, reportError, UsageError } from "./errors.js";
import type { RunCliOptions } from "./commands/run.js";
import type { SweepCliOptions } from "./commands/sweep.js";
import type { AnalyzeCliOptions } from "./commands/analyze.js";
import type { CalibrateCliOptions } from "./commands/calibrate.js";
import { guardStdout } from "./output.js";
import { packageVersion } from "./paths.js";

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\s*[+-]?\d+\s*$/.test(value) || !Number.isSafeInteger(n)) {
    throw new InvalidArgumentError("expected a whole number.");
  }
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Usage errors throw instead of exiting, so that main() reports them in one line with exit code 2. */
class CommandUsage extends Error {
  constructor(
    readonly error: CommanderError,
    readonly command: string,
  ) {
    super(error.message);
  }
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

/** Applies the error handling to a command; every command calls this. */
function handled(command: Command): Command {
  return command
    .exitOverride((error) => {
      throw new CommandUsage(error, commandPath(command));
    })
    .configureOutput({ outputError: () => undefined })
    .showSuggestionAfterError(true);
}

const EXIT_CODES_HELP = `
Exit codes: 0 success, 2 a mistake in the input (bad flag, file or value; one line names the file,
field and problem), 1 an internal error (a bug; SINERGI_DEBUG=1 shows stack traces for every error).`;

function buildProgram(): Command {
  const program = handled(new Command("sinergi"))
    .description(
      "Agent-based simulation of inter-regional cooperation (kerja sama antardaerah) in Indonesia: " +
        "regions as agents that form, keep and break agreements in trade, tourism, food and energy.",
    )
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .addHelpText(
      "after",
      `
Examples:
  $ sinergi run                                   baseline on the default world, summary only on a terminal
  $ sinergi run configs/scenarios/incentive-fund.json --out fund.csv
  $ sinergi run --set ego.mean=0.8 --years 50 --out high-ego.csv
  $ sinergi validate configs/scenarios/*.json
  $ sinergi sweep configs/sweeps/ego-incentive-grid.json --out results/grid
  $ sinergi analyze results/grid --method regression
${EXIT_CODES_HELP}
Documentation: docs/cli.md (commands, options, output columns), docs/sweeps.md (sweeps),
docs/model.md (the model).`,
    );

  handled(program.command("run"))
    .summary("run one scenario: per-year rows (CSV or JSONL) and a short summary")
    .description(
      "Run one scenario and write its per-year rows (CSV or JSONL) and a short summary.\n\n" +
        "The scenario is built as: defaults < scenario file < --world/--years/--seed < --set. " +
        "Rows go to --out, and the summary to stdout. Without --out, rows go to stdout as CSV and the " +
        "summary to stderr; except on a terminal, where only the summary is printed (--out - forces the rows).",
    )
    .argument("[scenario]", "scenario JSON file (default: the baseline, every field at its default)")
    .addOption(
      new Option(
        "-w, --world <world>",
        "built-in world name (indonesia-2022, indonesia-regencies-2021, indonesia-provinces-2010) or " +
          "world CSV file, relative to the working directory " +
          "(default: the scenario's world, else indonesia-2022)",
      ),
    )
    .addOption(
      new Option("-y, --years <n>", "number of simulated years (default: the scenario's, else 30)").argParser(
        wholeNumber,
      ),
    )
    .addOption(
      new Option(
        "-s, --seed <n>",
        "seed of the run's random numbers (default: the scenario's, else 1)",
      ).argParser(wholeNumber),
    )
    .addOption(
      new Option(
        "--set <key=value>",
        "override a scenario field by its dot path; repeatable; VALUE is read as JSON when it parses, " +
          "else as text",
      )
        .argParser(collect)
        .default([], "none"),
    )
    .addOption(
      new Option(
        "-o, --out <file>",
        "write per-year rows to FILE.csv or FILE.jsonl, or CSV to stdout with - (default: stdout, see above)",
      ),
    )
    .addOption(
      new Option(
        "--regions-out <file>",
        "also write per-region-per-year rows to FILE.csv or FILE.jsonl (default: not written)",
      ),
    )
    .addOption(new Option("-q, --quiet", "do not print the summary (default: print it)"))
    .addHelpText(
      "after",
      `
Examples:
  $ sinergi run                                           # baseline, default world
  $ sinergi run configs/scenarios/high-ego.json --out high-ego.csv
  $ sinergi run --set ego.mean=0.8 --set policies.incentiveFund.budget=500 --seed 7 --out run.jsonl
  $ sinergi run --world indonesia-regencies-2021 --years 10 --regions-out regions.csv --out years.csv
${EXIT_CODES_HELP}`,
    )
    .action(async (scenario: string | undefined, options: RunCliOptions) => {
      const { runCommand } = await import("./commands/run.js");
      await runCommand(scenario, options);
    });

  handled(program.command("sweep"))
    .summary("run a parameter sweep: many runs on worker threads, streamed to DIR/runs.csv")
    .description(
      "Run every run of a sweep file (a base scenario, the parameters to vary, a design, replicates, years " +
        "and a seed; format in docs/sweeps.md) on worker threads, and stream one row per run per year, in " +
        "run-id order, to DIR/runs.csv (or runs.jsonl, or typed columns in runs.parquet), with DIR/manifest.json recording how they were made.\n\n" +
        "Every point's scenario is checked before anything is written. After an interruption (Ctrl-C, a " +
        "killed process) --resume finishes the sweep with output identical to an uninterrupted one. " +
        "--shard I/N runs the I-th of N slices into DIR/shard-I-of-N/; inside a Slurm array task the " +
        "slice is taken from SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT. `sinergi merge` joins shards.",
    )
    .argument("<sweep>", "sweep JSON file (see configs/sweeps/ and configs/sweep.schema.json)")
    .addOption(
      new Option(
        "-o, --out <dir>",
        "folder to write runs.csv|runs.jsonl|runs.parquet and manifest.json to, made if missing (required, except with --dry-run)",
      ),
    )
    .addOption(
      new Option(
        "-j, --workers <n>",
        "worker threads (default: SLURM_CPUS_PER_TASK in a Slurm job, else every core)",
      ).argParser(wholeNumber),
    )
    .addOption(new Option("-f, --format <format>", "csv, jsonl or parquet (default: csv)"))
    .addOption(new Option("--resume", "continue the sweep already in DIR after an interruption"))
    .addOption(
      new Option(
        "--shard <I/N>",
        "run only the I-th of N slices of the runs (1-based), into DIR/shard-I-of-N/ " +
          "(default: taken from a Slurm array task's environment, else all runs)",
      ),
    )
    .addOption(
      new Option("-n, --dry-run", "print the number of runs and an estimate of their time; write nothing"),
    )
    .addOption(new Option("-q, --quiet", "print nothing but errors (default: a summary at the end)"))
    .addHelpText(
      "after",
      `
Examples:
  $ sinergi sweep configs/sweeps/ego-incentive-grid.json --dry-run
  $ sinergi sweep configs/sweeps/ego-incentive-grid.json --out results/grid
  $ sinergi sweep configs/sweeps/levers-sobol.json --out results/sobol --workers 8 --format parquet
  $ sinergi sweep configs/sweeps/levers-sobol.json --out results/sobol --resume      # after Ctrl-C
  $ sinergi sweep configs/sweeps/levers-sobol.json --out results/sobol --shard 2/4   # into results/sobol/shard-2-of-4
  $ sinergi merge results/sobol/shard-* --out results/sobol/all

Exit codes: 0 success, 2 a mistake in the input (nothing written), 130 interrupted by Ctrl-C (resumable
with --resume), 1 an internal error.`,
    )
    .action(async (sweep: string, options: SweepCliOptions) => {
      const { sweepCommand } = await import("./commands/sweep.js");
      await sweepCommand(sweep, options);
    });

  handled(program.command("merge"))
    .summary("join the shard folders of a sweep into one runs file and manifest")
    .description(
      "Join the folders written by `sinergi sweep --shard I/N` (each with runs.csv, runs.jsonl or runs.parquet " +
        "and manifest.json) into one folder, in run-id order. The result is byte-identical to the runs file of " +
        "the same sweep run unsharded (Parquet is read back and encoded again, into the same row groups). Refuses shards of different sweeps, overlapping or missing runs, " +
        "and unfinished shards. A folder holding shard-*-of-* sub-folders stands for all of them.",
    )
    .argument("<dirs...>", "shard folders (or the folder that holds them)")
    .addOption(
      new Option(
        "-o, --out <dir>",
        "folder to write the merged runs file and manifest.json to (required)",
      ).makeOptionMandatory(),
    )
    .addOption(new Option("-q, --quiet", "print nothing but errors (default: a one-line summary)"))
    .addHelpText(
      "after",
      `
Examples:
  $ sinergi merge results/sobol/shard-* --out results/sobol/all
  $ sinergi merge results/sobol --out results/sobol-merged`,
    )
    .action(async (dirs: string[], options: { out: string; quiet?: boolean }) => {
      const { mergeCommand } = await import("./commands/merge.js");
      await mergeCommand(dirs, options);
    });

  handled(program.command("analyze"))
    .summary("sensitivity analysis of a sweep: Sobol, Morris or regression indices, CSV and HTML report")
    .description(
      "Compute sensitivity indices of a finished sweep's outputs: Sobol first-order and total indices with " +
        "bootstrap intervals (saltelli design), Morris mu*, mu and sigma (morris design), or standardized " +
        "regression coefficients and R² (any design). Replicates are averaged per design point. Prints a " +
        "table, and writes REPORT_DIR/indices.csv and a self-contained REPORT_DIR/report.html with charts " +
        "(methods and caveats in docs/analysis.md).",
    )
    .argument(
      "<dir>",
      "the sweep's folder (its --out), holding manifest.json and runs.csv|runs.jsonl|runs.parquet",
    )
    .addOption(
      new Option("-m, --method <method>", "sobol, morris or regression (required)")
        .choices(["sobol", "morris", "regression"])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option(
        "--output <metric@year>",
        "an output to analyse: a column of the runs at a year (a simulated year, a calendar year, or last); " +
          "repeatable",
      )
        .argParser(collect)
        .default([], "williamson, gini, grdp_total and agreements_total at the last year"),
    )
    .addOption(
      new Option(
        "-o, --out <report_dir>",
        "folder for indices.csv and report.html, made if missing (default: DIR/analysis)",
      ),
    )
    .addOption(
      new Option("--bootstrap <n>", "bootstrap resamples for the intervals (0: none)")
        .argParser(wholeNumber)
        .default(1000),
    )
    .addOption(new Option("-q, --quiet", "do not print the table (default: print it)"))
    .addHelpText(
      "after",
      `
Examples:
  $ sinergi sweep configs/sweeps/levers-sobol.json --out results/sobol
  $ sinergi analyze results/sobol --method sobol
  $ sinergi analyze results/sobol --method sobol --output theil@last --output agreements_total@2042
  $ sinergi analyze results/morris --method morris --out reports/morris
  $ sinergi analyze results/grid --method regression --output gini@30
${EXIT_CODES_HELP}`,
    )
    .action(async (dir: string, options: AnalyzeCliOptions) => {
      const { analyzeCommand } = await import("./commands/analyze.js");
      await analyzeCommand(dir, options);
    });

  handled(program.command("calibrate"))
    .summary("fit the baseline's base growth to observed history and check it out of sample")
    .description(
      "Fit the base-growth parameters of the baseline (a rate per island group by default; --variant adds one " +
        "beta-convergence or fits one national rate) " +
        "so that a run from the first year of --fit follows the observed per-capita GRDP of every region at " +
        "constant prices, by least squares (Levenberg-Marquardt) over the mean of several seeds; the whole model " +
        "runs, cooperation included. Then compare the run with the years of --test, without and with a pandemic " +
        "shock whose size is fitted to the --pandemic year. Writes DIR/fit.json (parameters, fit statistics), " +
        "DIR/paths.csv, DIR/indices.csv, DIR/indices.svg, DIR/provinces.svg and two scenarios: history-YYYY.json " +
        "(the calibrated historical run) and projection-YYYY.json (the fitted growth from --project-world to " +
        "--project-to). Method and results: docs/validation.md.",
    )
    .addOption(
      new Option(
        "-w, --world <world>",
        "the world of the first year of --fit: a built-in name or a world CSV file",
      ).default("indonesia-provinces-2010"),
    )
    .addOption(
      new Option("--history <file>", "observed history CSV (format: configs/history/README.md)").default(
        undefined,
        "configs/history/indonesia-provinces-2010-2023.csv",
      ),
    )
    .addOption(
      new Option("-s, --scenario <file>", "scenario the calibration starts from (default: the baseline)"),
    )
    .addOption(
      new Option("--fit <years>", "fit window; its first year is the start (year 0)").default("2010-2019"),
    )
    .addOption(new Option("--test <years>", "out-of-sample years, after the fit window").default("2020-2023"))
    .addOption(
      new Option("--seeds <seeds>", "seeds averaged in every simulation, e.g. 1-10 or 1,4,7").default("1-10"),
    )
    .addOption(
      new Option(
        "--variant <name>",
        "parameters fitted: per-group growth + beta, national growth + beta, or per-group",
      )
        .choices(["group-beta", "national-beta", "group"])
        .default("group"),
    )
    .addOption(
      new Option("--pandemic <year>", "year of --test whose pandemic shock size is fitted, or none").default(
        undefined,
        "2020 when --test holds it, else none",
      ),
    )
    .addOption(
      new Option(
        "--shock-type <type>",
        "the fitted shock: pandemic (hits accommodation and food service) or disaster (hits all output)",
      )
        .choices(["pandemic", "disaster"])
        .default("pandemic"),
    )
    .addOption(
      new Option(
        "--project-world <world>",
        "world the projection starts from, in its data year (a built-in world's, or the year its file name ends in)",
      ).default("indonesia-2022"),
    )
    .addOption(
      new Option("--project-to <year>", "last year of the projection").argParser(wholeNumber).default(2045),
    )
    .addOption(
      new Option("--iterations <n>", "Levenberg-Marquardt iterations (it stops on this count)")
        .argParser(wholeNumber)
        .default(30),
    )
    .addOption(
      new Option(
        "-o, --out <dir>",
        "folder for the results, made if missing (required)",
      ).makeOptionMandatory(),
    )
    .addOption(new Option("--scenarios-dir <dir>", "folder for the two scenario files (default: --out)"))
    .addOption(new Option("-q, --quiet", "do not print the fitted parameters and statistics"))
    .addHelpText(
      "after",
      `
Examples:
  $ sinergi calibrate --out results/calibration
  $ sinergi calibrate --variant group-beta --seeds 1-5 --out results/with-beta
  $ sinergi calibrate --out docs/validation --scenarios-dir configs/scenarios   (the committed calibration)
  $ sinergi run configs/scenarios/history-2010.json --regions-out replay.csv
${EXIT_CODES_HELP}`,
    )
    .action(async (options: CalibrateCliOptions) => {
      const { calibrateCommand } = await import("./commands/calibrate.js");
      await calibrateCommand(options);
    });

  handled(program.command("validate"))
    .summary("check scenario, sweep and lesson (.json) and world (.csv) files")
    .description(
      "Check scenario files (.json), sweep files (.json), lesson files (lesson.json) and world files (.csv) " +
        "without running anything. Prints `ok  FILE` per valid file and one line per mistake; a scenario's " +
        "world is checked too, every point of a sweep, and a lesson's scenario and its world. A folder " +
        "stands for its lesson.json, or for the lesson.json of each of its subfolders.",
    )
    .argument("<files...>", "scenario, sweep and lesson .json files, world .csv files, lesson folders")
    .addHelpText(
      "after",
      `
Examples:
  $ sinergi validate configs/scenarios/*.json configs/sweeps/*.json
  $ sinergi validate configs/worlds/indonesia-2022.csv my-world.csv
  $ sinergi validate configs/lessons/*/lesson.json
  $ sinergi validate configs/lessons

Exit codes: 0 every file is valid, 2 some file is not (or cannot be read), 1 an internal error.`,
    )
    .action(async (files: string[]) => {
      const { validateCommand } = await import("./commands/validate.js");
      await validateCommand(files);
    });

  handled(program.command("schema"))
    .summary("print the JSON Schema of scenario (or sweep, or lesson) files")
    .description(
      "Print the JSON Schema of scenario files: every field, its default, range and meaning. " +
        'Scenario files point at it with "$schema" so that editors complete and check them.',
    )
    .addOption(new Option("-o, --out <file>", "write the schema to FILE instead of stdout (default: stdout)"))
    .addOption(new Option("--sweep", "print the schema of sweep files instead (configs/sweep.schema.json)"))
    .addOption(
      new Option(
        "--lesson",
        "print the schema of lesson files instead (configs/lesson.schema.json)",
      ).conflicts("sweep"),
    )
    .addHelpText(
      "after",
      `
Examples:
  $ sinergi schema
  $ sinergi schema --out scenario.schema.json
  $ sinergi schema --sweep --out sweep.schema.json
  $ sinergi schema --lesson --out lesson.schema.json`,
    )
    .action(async (options: { out?: string; sweep?: boolean; lesson?: boolean }) => {
      const { schemaCommand } = await import("./commands/schema.js");
      await schemaCommand(options);
    });

  const world = handled(program.command("world"))
    .summary("work with world files (synth)")
    .description("Work with world files: CSV, one region a row (the format is in docs/worlds.md).")
    .addHelpText(
      "after",
      `
Examples:
  $ sinergi world synth --regions 500 --out synthetic-500.csv
  $ sinergi validate my-world.csv`,
    );
  handled(world.command("synth"))
    .summary("write a seeded synthetic world file")
    .description(
      "Write a seeded synthetic world in the world-file format: regions spread over an " +
        "archipelago-like map with a realistic skew of GRDP per capita, for scaling studies. " +
        "The same options always write the same file.",
    )
    .addOption(
      new Option("-n, --regions <n>", "number of regions, at least 2 (required)")
        .argParser(wholeNumber)
        .makeOptionMandatory(),
    )
    .addOption(new Option("-g, --groups <n>", "number of island groups").argParser(wholeNumber).default(6))
    .addOption(new Option("-s, --seed <n>", "seed of the generator").argParser(wholeNumber).default(1))
    .addOption(new Option("-o, --out <file>", "world CSV file to write (default: stdout)"))
    .addHelpText(
      "after",
      `
Examples:
  $ sinergi world synth --regions 500 --out worlds/synthetic-500.csv
  $ sinergi world synth --regions 10000 --groups 12 --seed 3 --out big.csv
  $ sinergi run --world worlds/synthetic-500.csv --out years.csv`,
    )
    .action(async (options: { regions: number; groups: number; seed: number; out?: string }) => {
      const { worldSynthCommand } = await import("./commands/world-synth.js");
      await worldSynthCommand(options);
    });

  return program;
}

async function main(argv: readonly string[]): Promise<number> {
  guardStdout();
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommandUsage) {
      const { exitCode, code, message } = error.error;
      if (exitCode === 0) return 0; // --help, --version
      // `sinergi` alone or `sinergi world` alone: commander printed the help to stderr.
      if (code === "commander.help" || code === "commander.executeSubCommandAsync") return EXIT_USAGE;
      return reportError(new UsageError(oneLine(message.replace(/^error: /, "")), error.command));
    }
    return reportError(error);
  }
}

process.exitCode = await main(process.argv);
