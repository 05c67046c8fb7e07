/**
 * A finished sweep folder, as an analysis needs it: the manifest, the sweep it records (parsed again),
 * its design points and runs recomputed with designPoints and planRuns, and the runs file.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  designPoints,
  parameterNames,
  parseSweep,
  planRuns,
  type PlannedRun,
  type Sweep,
  type SweepPoint,
} from "../../sim/experiment/index.js";
import { InputError } from "../../sim/input-error.js";
import { displayPath } from "../paths.js";
import { MANIFEST_FILE, readManifest, type Manifest } from "../sweep/manifest.js";

export interface SweepFolder {
  dir: string;
  shown: string;
  manifest: Manifest;
  sweep: Sweep;
  /** Parameter columns (dot paths, in the sweep's order). */
  parameters: string[];
  points: SweepPoint[];
  runs: PlannedRun[];
  runsPath: string;
  runsShown: string;
  /** The last simulated year of a run (its rows are years 0…lastYear). */
  lastYear(runId: number): number;
  /** The smallest and largest last year over the runs. */
  lastYears: { min: number; max: number };
  /** How to finish the sweep if its runs file turns out incomplete. */
  resumeAdvice: string;
}

function quote(text: string): string {
  return /^[\w./:@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Opens a sweep folder for analysis. An InputError (exit 2) when it is not a sweep folder, holds one
 * shard only or shard folders not yet merged, or holds an unfinished sweep (with the command that
 * finishes it).
 */
export async function openSweepFolder(dir: string): Promise<SweepFolder> {
  const shown = displayPath(dir);
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    throw new InputError(shown, "", "no such folder (give the folder a sweep wrote, its --out)");
  }
  if (!isFolder) {
    throw new InputError(
      shown,
      "",
      "is a file; give the folder a sweep wrote (its --out), which holds manifest.json",
    );
  }
  const manifestPath = join(dir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) {
    const shards = readdirSync(dir).filter((name) => /^shard-\d+-of-\d+$/.test(name));
    if (shards.length > 0) {
      throw new InputError(
        shown,
        "",
        `holds ${shards.length} shard folder${shards.length === 1 ? "" : "s"} but no ${MANIFEST_FILE}: join them first ` +
          `with \`sinergi merge ${quote(shown)} --out MERGED\` and analyze MERGED`,
      );
    }
    throw new InputError(shown, "", `has no ${MANIFEST_FILE}: not a folder written by sinergi sweep`);
  }
  const manifest = await readManifest(dir);
  const manifestShown = displayPath(manifestPath);
  const resumeAdvice = `finish it with: sinergi sweep ${quote(manifest.sweep.file)} --out ${quote(shown)} --resume`;
  if (manifest.shard.count > 1) {
    throw new InputError(
      shown,
      "",
      `holds shard ${manifest.shard.index} of ${manifest.shard.count} only (runs ${manifest.range.start}–` +
        `${manifest.range.end - 1} of ${manifest.totalRuns}); join the shards with \`sinergi merge\` and analyze the merged folder`,
    );
  }
  if (manifest.status !== "complete") {
    throw new InputError(
      shown,
      "",
      `the sweep is ${manifest.status === "running" ? "still running or was stopped" : manifest.status} ` +
        `(${manifest.runsWritten} of ${manifest.totalRuns} runs written); ${resumeAdvice}`,
    );
  }

  const definition = (manifest.sweep as { definition?: unknown }).definition;
  if (definition === undefined) {
    throw new InputError(manifestShown, "sweep.definition", "missing: not the manifest of a sinergi sweep");
  }
  const sweep = parseSweep(definition, `${manifestShown} (sweep.definition)`);
  const parameters = parameterNames(sweep);
  const points = designPoints(sweep);
  const runs = planRuns(sweep);
  if (runs.length !== manifest.totalRuns) {
    throw new InputError(
      manifestShown,
      "totalRuns",
      `is ${manifest.totalRuns}, but its sweep plans ${runs.length} runs (was it made by another version of sinergi, ${manifest.sinergi}?)`,
    );
  }
  const variesYears = parameters.includes("years");
  const lastYear = variesYears
    ? (runId: number): number => {
        const value = runs[runId]?.values["years"];
        return typeof value === "number" ? value : manifest.years;
      }
    : (): number => manifest.years;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  if (variesYears) {
    for (const run of runs) {
      const y = lastYear(run.runId);
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
  } else {
    min = max = manifest.years;
  }
  const runsPath = join(dir, manifest.runsFile);
  return {
    dir,
    shown,
    manifest,
    sweep,
    parameters,
    points,
    runs,
    runsPath,
    runsShown: displayPath(runsPath),
    lastYear,
    lastYears: { min, max },
    resumeAdvice,
  };
}
