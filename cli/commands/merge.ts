import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parameterNames, planRuns } from "../../sim/experiment/index.js";
import { InputError } from "../../sim/input-error.js";
import { fileError } from "../errors.js";
import { AtomicFile } from "../output.js";
import { displayPath } from "../paths.js";
import { formatNumber } from "../summary.js";
import {
  LISTED_RUNS_LIMIT,
  MANIFEST_FILE,
  readManifest,
  writeManifest,
  type ListedRun,
  type Manifest,
} from "../sweep/manifest.js";
import {
  columnKinds,
  parameterKinds,
  parquetCreatedBy,
  ParquetRunsWriter,
  type ParquetLayout,
} from "../sweep/parquet.js";
import { openParquet, schemaMatches, type ParquetFile } from "../sweep/parquet-read.js";
import { recoverRunsFile, runsFileName } from "../sweep/runs-file.js";
import { sweepFilesIn } from "../sweep/sweep-files.js";

const SHARD_FOLDER = /^shard-\d+-of-\d+$/;

interface ShardFolder {
  folder: string;
  shown: string;
  manifest: Manifest;
}

/** The folders given, a folder of shard-I-of-N sub-folders standing for them. */
function expandFolders(dirs: readonly string[]): string[] {
  const folders: string[] = [];
  for (const dir of dirs) {
    if (existsSync(join(dir, MANIFEST_FILE))) {
      folders.push(dir);
      continue;
    }
    let entries: string[];
    try {
      entries = readdirSync(dir).filter((e) => SHARD_FOLDER.test(e) && statSync(join(dir, e)).isDirectory());
    } catch (error) {
      throw fileError(error, displayPath(dir), "read");
    }
    if (entries.length === 0) {
      throw new InputError(
        displayPath(dir),
        "",
        `holds neither ${MANIFEST_FILE} nor shard-I-of-N folders: not the output of sinergi sweep`,
      );
    }
    for (const entry of entries.sort()) folders.push(join(dir, entry));
  }
  return folders;
}

function rangeText(range: { start: number; end: number }): string {
  return range.end - range.start === 1 ? `run ${range.start}` : `runs ${range.start}–${range.end - 1}`;
}

export async function mergeCommand(
  dirs: readonly string[],
  options: { out: string; quiet?: boolean },
): Promise<void> {
  const shards: ShardFolder[] = [];
  for (const folder of expandFolders(dirs)) {
    shards.push({ folder, shown: displayPath(folder), manifest: await readManifest(folder) });
  }
  const first = shards[0]!;

  for (const shard of shards) {
    const m = shard.manifest;
    if (m.sweep.sha256 !== first.manifest.sweep.sha256) {
      throw new InputError(
        shard.shown,
        "",
        `is the output of another sweep than ${first.shown} (the SHA-256 of their sweep files differ: ` +
          `${m.sweep.sha256.slice(0, 12)}… against ${first.manifest.sweep.sha256.slice(0, 12)}…)`,
      );
    }
    if (m.scenario.sha256 !== first.manifest.scenario.sha256) {
      throw new InputError(
        shard.shown,
        "",
        `ran another base scenario than ${first.shown} (its SHA-256 differs)`,
      );
    }
    if (m.format !== first.manifest.format) {
      throw new InputError(
        shard.shown,
        "",
        `holds ${m.format} output but ${first.shown} holds ${first.manifest.format}; merge shards of one format`,
      );
    }
    if (m.status !== "complete") {
      throw new InputError(
        shard.shown,
        "",
        `is not finished (status "${m.status}", ${formatNumber(m.runsWritten)} of ` +
          `${formatNumber(m.range.end - m.range.start)} runs): finish it with sinergi sweep … --resume, then merge`,
      );
    }
  }

  // The shards must cover every run once.
  const ordered = [...shards].sort((a, b) => a.manifest.range.start - b.manifest.range.start);
  const total = first.manifest.totalRuns;
  let covered = 0;
  let previous: ShardFolder | undefined;
  for (const shard of ordered) {
    const { start, end } = shard.manifest.range;
    if (start === end) continue;
    if (start < covered) {
      throw new InputError(
        shard.shown,
        "",
        `its ${rangeText(shard.manifest.range)} overlap the ${rangeText(previous!.manifest.range)} of ${previous!.shown}`,
      );
    }
    if (start > covered) {
      throw new InputError(
        shard.shown,
        "",
        `${rangeText({ start: covered, end: start })} of the sweep's ${formatNumber(total)} are missing: ` +
          "no folder given holds them (a shard left out?)",
      );
    }
    covered = end;
    previous = shard;
  }
  if (covered < total) {
    throw new InputError(
      "merge",
      "",
      `${rangeText({ start: covered, end: total })} of the sweep's ${formatNumber(total)} are missing: ` +
        "no folder given holds them (a shard left out?)",
    );
  }

  // Every runs file is whole: its last run is complete (and its row count is checked while copying).
  const format = first.manifest.format;
  const runsName = runsFileName(format);
  const definition = first.manifest.sweep.definition;
  const planned = planRuns(definition);
  if (planned.length !== total) {
    throw new InputError(
      first.shown,
      "",
      "its manifest does not match its sweep (the number of runs differs)",
    );
  }
  const lastYear = (manifest: Manifest, id: number): number => {
    const years = planned[id]?.values["years"];
    return typeof years === "number" ? years : manifest.years;
  };
  const layout = format === "parquet" ? mergedLayout(ordered, planned) : undefined;
  const parquetFiles = new Map<ShardFolder, ParquetFile>();
  for (const shard of ordered) {
    const path = join(shard.folder, shard.manifest.runsFile);
    const { start, end } = shard.manifest.range;
    if (layout) {
      // The shard's file is complete (its footer read), of this sweep's schema, with its rows.
      const file = await openParquet(path, displayPath(path));
      checkParquetShard(file, layout, shard, (id) => lastYear(shard.manifest, id) + 1);
      parquetFiles.set(shard, file);
      continue;
    }
    if (start === end) continue;
    const recovery = await recoverRunsFile(path, {
      format: format as "csv" | "jsonl",
      start,
      end,
      lastYear: (id) => lastYear(shard.manifest, id),
    });
    if (recovery.dropped > 0 || recovery.nextRun !== end) {
      throw new InputError(
        displayPath(path),
        "",
        `is incomplete (it ends before run ${end - 1} is whole): finish the shard with sinergi sweep … --resume`,
      );
    }
  }

  // The output folder: new or empty of sweep files, and none of the inputs.
  const out = options.out;
  const shownOut = displayPath(out);
  if (shards.some((s) => resolve(s.folder) === resolve(out))) {
    throw new InputError("--out", shownOut, "is one of the folders to merge; give a new folder");
  }
  const present = sweepFilesIn(out);
  if (present.length > 0) {
    throw new InputError(
      "--out",
      shownOut,
      `already holds ${present.join(", ")}; give a new or empty folder`,
    );
  }
  try {
    await mkdir(out, { recursive: true });
  } catch (error) {
    throw fileError(error, shownOut, "write");
  }

  const target = join(out, runsName);
  const file = await AtomicFile.open(target);
  let header: string | undefined;
  try {
    if (layout) {
      await mergeParquet(file, layout, total, ordered, parquetFiles, (id) => lastYear(first.manifest, id));
    }
    for (const shard of layout ? [] : ordered) {
      if (shard.manifest.range.start === shard.manifest.range.end) continue;
      const path = join(shard.folder, shard.manifest.runsFile);
      let atStart = format === "csv";
      let pendingHeader = "";
      let rows = 0;
      let expectedRows = 0;
      for (let id = shard.manifest.range.start; id < shard.manifest.range.end; id++) {
        expectedRows += lastYear(shard.manifest, id) + 1;
      }
      const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
      try {
        for await (const chunk of stream as AsyncIterable<string>) {
          let text = chunk;
          if (atStart) {
            // The CSV header: written once, from the first shard; the others' must match it.
            const at = text.indexOf("\n");
            if (at < 0) {
              pendingHeader += text;
              continue;
            }
            const line = pendingHeader + text.slice(0, at + 1);
            text = text.slice(at + 1);
            atStart = false;
            if (header === undefined) {
              header = line;
              await file.write(line);
            } else if (line !== header) {
              throw new InputError(
                displayPath(path),
                "",
                `its header differs from that of the shards before it`,
              );
            }
          }
          if (text) {
            for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) rows += 1;
            await file.write(text);
          }
        }
      } catch (error) {
        throw error instanceof InputError ? error : fileError(error, displayPath(path), "read");
      }
      if (rows !== expectedRows) {
        throw new InputError(
          displayPath(path),
          "",
          `holds ${formatNumber(rows)} rows where its ${rangeText(shard.manifest.range)} should have ` +
            `${formatNumber(expectedRows)}; the shard is damaged: run it again`,
        );
      }
    }
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }

  const runs: ListedRun[] = [];
  const listed = total < LISTED_RUNS_LIMIT && ordered.every((s) => s.manifest.seeds.runs !== undefined);
  if (listed) for (const shard of ordered) runs.push(...shard.manifest.seeds.runs!);
  const startedTimes = shards.map((s) => s.manifest.started).sort();
  const endedTimes = shards.map((s) => s.manifest.ended ?? "").sort();
  const merged: Manifest = {
    ...first.manifest,
    status: "complete",
    columns: ordered.find((s) => s.manifest.columns !== null)?.manifest.columns ?? null,
    shard: { index: 1, count: 1 },
    range: { start: 0, end: total },
    ...(layout ? { columns: layout.columns, rowGroupRuns: layout.rowGroupRuns } : {}),
    runsWritten: total,
    seeds: {
      base: definition.seed,
      derivation: first.manifest.seeds.derivation,
      ...(listed
        ? { runs }
        : {
            note:
              `${formatNumber(total)} runs are not listed; every run's seed and values are recomputed ` +
              "from the sweep with planRuns (sim/experiment), and every row carries its run_id and seed",
          }),
    },
    started: startedTimes[0]!,
    ended: endedTimes[endedTimes.length - 1] || null,
    sessions: ordered.flatMap((s) => s.manifest.sessions),
    mergedFrom: ordered.map((s) => ({ folder: resolve(s.folder), range: s.manifest.range })),
  };
  await writeManifest(out, merged);

  if (!options.quiet) {
    process.stdout.write(
      `Merged ${shards.length} shard${shards.length === 1 ? "" : "s"} (${formatNumber(total)} runs) into ` +
        `${displayPath(target)} and ${displayPath(join(out, MANIFEST_FILE))}\n`,
    );
  }
}

/**
 * The layout of the merged runs.parquet: the shards' columns and row groups (which must agree), the
 * column types the sweep gives them, and this version as the writer (the file is encoded again).
 */
function mergedLayout(shards: readonly ShardFolder[], planned: ReturnType<typeof planRuns>): ParquetLayout {
  const first = shards[0]!;
  const columns = first.manifest.columns;
  const runs = first.manifest.rowGroupRuns;
  for (const shard of shards) {
    const m = shard.manifest;
    if (m.columns === null || columns === null || m.columns.join("\u0000") !== columns.join("\u0000")) {
      throw new InputError(
        shard.shown,
        "",
        `its columns differ from those of ${first.shown}; merge shards of one sweep`,
      );
    }
    if (m.rowGroupRuns !== runs) {
      throw new InputError(
        shard.shown,
        "",
        `its row groups hold ${m.rowGroupRuns} runs but those of ${first.shown} ${runs}; merge shards of one sweep`,
      );
    }
  }
  const parameters = parameterNames(first.manifest.sweep.definition);
  return {
    columns: columns!,
    kinds: columnKinds(columns!, parameterKinds(parameters, planned)),
    rowGroupRuns: runs!,
    createdBy: parquetCreatedBy(),
  };
}

/** The row groups of a shard's file: runs k·R … (k+1)·R − 1 of the sweep, clipped to its runs. */
function shardRowGroups(
  range: { start: number; end: number },
  runsPerGroup: number,
): Array<{ start: number; end: number }> {
  const groups: Array<{ start: number; end: number }> = [];
  for (let start = range.start; start < range.end;) {
    const end = Math.min(range.end, (Math.floor(start / runsPerGroup) + 1) * runsPerGroup);
    groups.push({ start, end });
    start = end;
  }
  return groups;
}

/** Refuses a shard's runs.parquet that is not this sweep's: other columns or types, rows or row groups. */
function checkParquetShard(
  file: ParquetFile,
  layout: ParquetLayout,
  shard: ShardFolder,
  rowsOf: (runId: number) => number,
): void {
  if (!schemaMatches(file, layout)) {
    throw new InputError(
      file.shown,
      "",
      "its columns or their types differ from the sweep's: the shard is damaged: run it again",
    );
  }
  const groups = shardRowGroups(shard.manifest.range, layout.rowGroupRuns);
  const expected = groups.map(({ start, end }) => {
    let rows = 0;
    for (let id = start; id < end; id++) rows += rowsOf(id);
    return rows;
  });
  const rows = expected.reduce((a, b) => a + b, 0);
  const found = file.groups.map((g) => g.rowEnd - g.rowStart);
  if (file.numRows !== rows || found.join(",") !== expected.join(",")) {
    throw new InputError(
      file.shown,
      "",
      `holds ${formatNumber(file.numRows)} rows in ${found.length} row groups where its ${rangeText(shard.manifest.range)} ` +
        `should have ${formatNumber(rows)} in ${expected.length}; the shard is damaged: run it again`,
    );
  }
}

/**
 * Writes the shards' rows, read back row group by row group, into one runs.parquet with the row
 * groups of the single-machine sweep (a shard's row groups lie within them), checking that every
 * row is where it should be.
 */
async function mergeParquet(
  file: AtomicFile,
  layout: ParquetLayout,
  total: number,
  shards: readonly ShardFolder[],
  files: ReadonlyMap<ShardFolder, ParquetFile>,
  lastYear: (runId: number) => number,
): Promise<void> {
  const writer = new ParquetRunsWriter({
    layout,
    end: total,
    sink: { write: (bytes) => file.writeBytes(bytes) },
  });
  const runIdColumn = layout.columns.indexOf("run_id");
  const yearColumn = layout.columns.indexOf("year");
  for (const shard of shards) {
    const input = files.get(shard)!;
    const groups = shardRowGroups(shard.manifest.range, layout.rowGroupRuns);
    for (let g = 0; g < groups.length; g++) {
      const { rowStart, rowEnd } = input.groups[g]!;
      const values = await input.read(layout.columns, rowStart, rowEnd);
      let row = 0;
      for (let id = groups[g]!.start; id < groups[g]!.end; id++) {
        for (let year = 0; year <= lastYear(id); year++, row++) {
          if (values[runIdColumn]![row] !== id || values[yearColumn]![row] !== year) {
            throw new InputError(
              input.shown,
              `row ${rowStart + row + 1}`,
              `expected run ${id} year ${year}: the rows are not those of this shard in order; the shard is damaged: run it again`,
            );
          }
        }
      }
      await writer.add(values, groups[g]!.end);
    }
  }
  await writer.finish();
}
