import { resolve } from "node:path";
import type { RunResult } from "../../sim/index.js";
import { InputError } from "../../sim/input-error.js";
import { checkOutputPath, isStdoutClosed, stdoutSink, writeFilesAtomically } from "../output.js";
import { displayPath } from "../paths.js";
import {
  columnsFor,
  formatOfPath,
  REGION_COLUMNS,
  RowEncoder,
  writeRows,
  YEAR_COLUMNS,
  type Row,
} from "../rows.js";
import { regionRowsWithProvince } from "../region-rows.js";
import { loadScenario } from "../scenario-source.js";
import { formatNumber, formatSummary } from "../summary.js";
import { loadWorld, worldLabel } from "../world-source.js";

export interface RunCliOptions {
  world?: string;
  years?: number;
  seed?: number;
  set: string[];
  out?: string;
  regionsOut?: string;
  quiet?: boolean;
}

interface FileOutput {
  target: string;
  option: string;
  encoder: RowEncoder;
  rows: readonly Row[];
}

export async function runCommand(file: string | undefined, options: RunCliOptions): Promise<void> {
  // Check what can be checked before spending time on the run.
  const outFormat =
    options.out !== undefined && options.out !== "-" ? formatOfPath(options.out, "--out") : "csv";
  const regionsFormat =
    options.regionsOut !== undefined ? formatOfPath(options.regionsOut, "--regions-out") : undefined;
  if (
    options.out !== undefined &&
    options.regionsOut !== undefined &&
    resolve(options.out) === resolve(options.regionsOut)
  ) {
    throw new InputError(
      "--regions-out",
      options.regionsOut,
      "is the same file as --out; give each its own file",
    );
  }
  if (options.out !== undefined && options.out !== "-") checkOutputPath(options.out, "--out");
  if (options.regionsOut !== undefined) checkOutputPath(options.regionsOut, "--regions-out");

  const loaded = await loadScenario({
    file,
    world: options.world,
    years: options.years,
    seed: options.seed,
    sets: options.set,
  });
  const { scenario } = loaded;
  const world = await loadWorld(scenario.world, loaded.worldBase, loaded.worldOrigin);

  const { runModel } = await import("../../sim/index.js");
  const progress = !options.quiet && process.stderr.isTTY === true;
  let result: RunResult;
  try {
    result = runModel(world, scenario, {
      regions: options.regionsOut !== undefined,
      ...(progress ? { onYear: progressLine(scenario.years) } : {}),
    });
  } catch (error) {
    // The model checks what needs the world (region ids, groups); name the file or flag behind it.
    if (error instanceof InputError && error.source === "scenario") throw loaded.attribute(error);
    throw error;
  } finally {
    if (progress) process.stderr.write("\r\x1b[K"); // clears the progress line
  }

  const yearRows = result.years as unknown as readonly Row[];
  const regionRows = regionRowsWithProvince(result.regions, world);
  const rowsToStdout = options.out === "-" || (options.out === undefined && process.stdout.isTTY !== true);
  const yearEncoder = new RowEncoder(outFormat, columnsFor(yearRows, YEAR_COLUMNS));

  const files: FileOutput[] = [];
  if (options.out !== undefined && options.out !== "-") {
    files.push({ target: options.out, option: "--out", encoder: yearEncoder, rows: yearRows });
  }
  if (options.regionsOut !== undefined && regionsFormat !== undefined) {
    files.push({
      target: options.regionsOut,
      option: "--regions-out",
      encoder: new RowEncoder(regionsFormat, columnsFor(regionRows, REGION_COLUMNS)),
      rows: regionRows,
    });
  }
  // Files first (all or none), then stdout, so a reader closing stdout early (| head) loses no file.
  await writeFilesAtomically(
    files.map((f) => f.target),
    async (sinks) => {
      for (const [i, f] of files.entries()) await writeRows(sinks[i]!, f.encoder, f.rows);
    },
  );

  const wrote = files.map(
    (f) =>
      `  Wrote ${formatNumber(f.rows.length)} ${f.option === "--out" ? "yearly" : "region-year"} rows to ${displayPath(f.target)}`,
  );
  const summary = options.quiet
    ? ""
    : formatSummary(result, scenario, world, worldLabel(scenario.world)) +
      (wrote.length ? `${wrote.join("\n")}\n` : "");

  if (rowsToStdout) {
    await writeRows(stdoutSink, yearEncoder, yearRows);
    if (summary && !isStdoutClosed()) process.stderr.write(summary);
  } else {
    if (summary) await stdoutSink.write(summary);
    if (options.out === undefined && !options.quiet) {
      process.stderr.write(
        "  (Yearly rows not printed on a terminal: add --out FILE.csv, or --out - to print them.)\n",
      );
    }
  }

  for (const f of [...files, ...(rowsToStdout ? [{ option: "stdout", encoder: yearEncoder }] : [])]) {
    if (f.encoder.nonFinite.size > 0) {
      process.stderr.write(
        `sinergi: warning: ${f.option}: non-finite values written as empty in ${[...f.encoder.nonFinite].join(", ")}\n`,
      );
    }
  }
}

/** Shows "year N/T" on a terminal's stderr for runs that take a while, at most five times a second. */
function progressLine(years: number): (row: { year: number }) => void {
  const start = Date.now();
  let drawn = start;
  return (row) => {
    const now = Date.now();
    if (now - start < 300 || now - drawn < 200) return;
    drawn = now;
    process.stderr.write(`\r  year ${row.year}/${years}`);
  };
}
