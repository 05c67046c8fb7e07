import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { planRuns } from "../../sim/experiment/index.js";
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
import { recoverRunsFile, runsFileName } from "../sweep/runs-file.js";

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
  for (const shard of ordered) {
    const path = join(shard.folder, shard.manifest.runsFile);
    const { start, end } = shard.manifest.range;
    if (start === end) continue;
    const recovery = await recoverRunsFile(path, {
      format,
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
  const present = [MANIFEST_FILE, runsFileName("csv"), runsFileName("jsonl")].filter((f) =>
    existsSync(join(out, f)),
  );
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
    for (const shard of ordered) {
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
