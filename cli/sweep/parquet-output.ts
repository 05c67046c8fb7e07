/**
 * A sweep's runs.parquet as it is written, and how --resume continues it.
 *
 * Beside the runs file, `runs.parquet.progress` (JSON lines) records the layout (first line) and, for
 * every row group once its bytes are on the disk (fsync), the file's size, its rows and the row
 * group's metadata (one line). After an interruption, the runs file is cut back to the size of the
 * last row group recorded, the writer is rebuilt from the recorded metadata, and the sweep goes on
 * from the next run: the finished file is byte-identical to an uninterrupted sweep's. The progress
 * file is removed once the manifest says the sweep is complete.
 */
import type { RowGroup } from "hyparquet";
import { existsSync } from "node:fs";
import {
  appendFile,
  open,
  readFile,
  stat,
  truncate,
  unlink,
  writeFile,
  type FileHandle,
} from "node:fs/promises";
import { InputError } from "../../sim/input-error.js";
import { fileError } from "../errors.js";
import { displayPath } from "../paths.js";
import {
  fromTaggedJson,
  ParquetRunsWriter,
  toTaggedJson,
  type Checkpoint,
  type ColumnKind,
  type ParquetLayout,
} from "./parquet.js";
import { openParquet, schemaMatches } from "./parquet-read.js";
import type { RunDone } from "./protocol.js";

/** The progress file of a runs file. */
export function progressFileName(runsFile: string): string {
  return `${runsFile}.progress`;
}

const PROGRESS_MARK = "sinergi sweep: runs.parquet progress";

interface ProgressHeader extends ParquetLayout {
  progress: typeof PROGRESS_MARK;
}

export interface ParquetRecovery {
  /** The first run not in the file: the sweep goes on from here. */
  nextRun: number;
  /** What the file holds (bytes 0: start it afresh). */
  restore: { bytes: number; rows: number; rowGroups: RowGroup[] };
  /** The layout the progress file records, if it has one. */
  recorded?: ParquetLayout;
  /** Bytes of the progress file to keep (its whole lines). */
  progressKeep: number;
  /** The runs file is finished (its footer written); nothing is left to do. */
  complete: boolean;
}

export interface ParquetExpectation {
  /** The runs file as shown in messages. */
  shown: string;
  /** The run ids the file holds: [start, end). */
  start: number;
  end: number;
  /** Rows of a run (its years + 1). */
  rowsOf(runId: number): number;
  /** The layout this sweep writes. */
  layout: ParquetLayout;
}

export function sameLayout(a: ParquetLayout, b: ParquetLayout): boolean {
  return (
    a.rowGroupRuns === b.rowGroupRuns &&
    a.createdBy === b.createdBy &&
    a.columns.length === b.columns.length &&
    a.columns.every((c, i) => c === b.columns[i] && a.kinds[i] === b.kinds[i])
  );
}

function layoutOf(value: unknown): ParquetLayout | undefined {
  const v = value as Partial<ProgressHeader> | null;
  if (typeof v !== "object" || v === null || v.progress !== PROGRESS_MARK) return undefined;
  const kinds: readonly ColumnKind[] = ["int32", "double", "boolean", "string"];
  const ok =
    Array.isArray(v.columns) &&
    v.columns.every((c) => typeof c === "string") &&
    Array.isArray(v.kinds) &&
    v.kinds.length === v.columns.length &&
    v.kinds.every((k) => kinds.includes(k)) &&
    typeof v.rowGroupRuns === "number" &&
    typeof v.createdBy === "string";
  if (!ok) return undefined;
  return { columns: v.columns!, kinds: v.kinds!, rowGroupRuns: v.rowGroupRuns!, createdBy: v.createdBy! };
}

/**
 * Finds where an interrupted Parquet sweep goes on from: reads the progress file, keeps the row groups
 * it records whose bytes are in the runs file, and refuses (InputError) a file another sweep or
 * another version wrote. Cuts nothing: `ParquetOutput.open` does.
 */
export async function recoverParquetRuns(
  runsPath: string,
  expected: ParquetExpectation,
): Promise<ParquetRecovery> {
  const { shown, start, end, layout } = expected;
  const progressPath = progressFileName(runsPath);
  const shownProgress = displayPath(progressPath);
  const fresh: ParquetRecovery = {
    nextRun: start,
    restore: { bytes: 0, rows: 0, rowGroups: [] },
    progressKeep: 0,
    complete: false,
  };
  const broken = (where: string, problem: string): InputError =>
    new InputError(
      where,
      "",
      `${problem}; it is not the output of this sweep and shard, so --resume cannot continue it ` +
        "(start afresh in a new --out folder)",
    );
  let expectedRows = 0;
  for (let id = start; id < end; id++) expectedRows += expected.rowsOf(id);

  let text: string;
  try {
    text = await readFile(progressPath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw fileError(error, shownProgress, "read");
    if (!existsSync(runsPath)) return fresh;
    // No progress file beside a runs file: the sweep finished it (the file must say so).
    const file = await openParquet(runsPath, shown);
    if (!schemaMatches(file, layout))
      throw broken(shown, "its columns or their types differ from this sweep's");
    if (file.numRows !== expectedRows) {
      throw broken(shown, `it holds ${file.numRows} rows where this sweep's runs have ${expectedRows}`);
    }
    return { ...fresh, nextRun: end, complete: true };
  }

  // Whole lines only: a line cut by the interruption has no newline yet.
  const lines: Array<{ text: string; end: number }> = [];
  let at = 0;
  for (let newline = text.indexOf("\n"); newline >= 0; newline = text.indexOf("\n", at)) {
    lines.push({ text: text.slice(at, newline), end: Buffer.byteLength(text.slice(0, newline + 1)) });
    at = newline + 1;
  }
  if (lines.length === 0) return fresh;
  let header: unknown;
  try {
    header = JSON.parse(lines[0]!.text);
  } catch {
    header = undefined;
  }
  const recorded = layoutOf(header);
  if (!recorded) throw broken(shownProgress, "its first line is not the header sinergi sweep writes");

  const size = existsSync(runsPath) ? (await stat(runsPath)).size : 0;
  const kept: Checkpoint[] = [];
  let keep = lines[0]!.end;
  let previous = { nextRun: start, bytes: 4, rows: 0 };
  for (const line of lines.slice(1)) {
    let checkpoint: Checkpoint;
    try {
      checkpoint = fromTaggedJson(line.text) as Checkpoint;
    } catch {
      throw broken(shownProgress, `a line at byte ${keep} cannot be read`);
    }
    const { nextRun, bytes, rows } = checkpoint;
    const aligned = nextRun % recorded.rowGroupRuns === 0 || nextRun === end;
    if (
      !Number.isSafeInteger(nextRun) ||
      !aligned ||
      nextRun <= previous.nextRun ||
      nextRun > end ||
      !(bytes > previous.bytes) ||
      !(rows > previous.rows) ||
      typeof checkpoint.rowGroup !== "object"
    ) {
      throw broken(
        shownProgress,
        `its row group ending before run ${nextRun} does not follow the one before`,
      );
    }
    // A row group whose bytes are not all in the runs file (the disk lost them) is written again.
    if (bytes > size) break;
    kept.push(checkpoint);
    keep = line.end;
    previous = checkpoint;
  }
  const last = kept[kept.length - 1];
  if (last) {
    let rows = 0;
    for (let id = start; id < last.nextRun; id++) rows += expected.rowsOf(id);
    if (rows !== last.rows) {
      throw broken(
        shownProgress,
        `it records ${last.rows} rows for runs ${start}–${last.nextRun - 1}, not ${rows}`,
      );
    }
  }
  return {
    nextRun: last?.nextRun ?? start,
    restore: {
      bytes: last?.bytes ?? 0,
      rows: last?.rows ?? 0,
      rowGroups: kept.map((c) => c.rowGroup),
    },
    recorded,
    progressKeep: keep,
    complete: false,
  };
}

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done);
    done += bytesWritten;
  }
}

/** The runs.parquet of a sweep being written: row groups as runs complete, a progress line after each. */
export class ParquetOutput {
  /** The first run not yet saved for good (in a row group on the disk). */
  saved: number;
  private readonly writer: ParquetRunsWriter;
  private readonly shown: string;

  private constructor(
    runsPath: string,
    private readonly handle: FileHandle,
    options: {
      layout: ParquetLayout;
      start: number;
      end: number;
      restore: ParquetRecovery["restore"] | undefined;
    },
  ) {
    this.saved = options.start;
    this.shown = displayPath(runsPath);
    const progressPath = progressFileName(runsPath);
    this.writer = new ParquetRunsWriter({
      layout: options.layout,
      end: options.end,
      sink: {
        write: async (bytes) => {
          try {
            await writeAll(handle, bytes);
          } catch (error) {
            throw fileError(error, this.shown, "write");
          }
        },
      },
      ...(options.restore ? { restore: options.restore } : {}),
      onRowGroup: async (checkpoint) => {
        try {
          await handle.sync(); // the row group is on the disk before the progress file says so
        } catch (error) {
          throw fileError(error, this.shown, "write");
        }
        try {
          await appendFile(progressPath, `${toTaggedJson(checkpoint)}\n`);
        } catch (error) {
          throw fileError(error, displayPath(progressPath), "write");
        }
        this.saved = checkpoint.nextRun;
      },
    });
  }

  /**
   * Opens the runs file: afresh (no recovery, or nothing to keep), or continuing after `recovery`
   * (the runs file and the progress file are cut back to what it keeps).
   */
  static async open(options: {
    runsPath: string;
    layout: ParquetLayout;
    start: number;
    end: number;
    recovery?: ParquetRecovery | undefined;
  }): Promise<ParquetOutput> {
    const { runsPath, layout, recovery } = options;
    const progressPath = progressFileName(runsPath);
    const restore = recovery && recovery.restore.bytes > 0 ? recovery.restore : undefined;
    let handle: FileHandle;
    try {
      if (restore) {
        await truncate(runsPath, restore.bytes);
        await truncate(progressPath, recovery!.progressKeep);
        handle = await open(runsPath, "a");
      } else {
        await writeFile(progressPath, `${JSON.stringify({ progress: PROGRESS_MARK, ...layout })}\n`);
        handle = await open(runsPath, "w");
      }
    } catch (error) {
      throw fileError(error, displayPath(runsPath), "write");
    }
    return new ParquetOutput(runsPath, handle, {
      layout,
      start: restore ? recovery!.nextRun : options.start,
      end: options.end,
      restore,
    });
  }

  /** Adds a finished run (runs come in id order). */
  async write(run: RunDone): Promise<void> {
    if (!run.cells) throw new Error(`run ${run.runId} came back without its cells`);
    await this.writer.add(run.cells, run.runId + 1);
  }

  /**
   * Closes the file. `complete`: writes the footer and syncs: the file is whole. Otherwise the rows
   * not yet in a row group are dropped (a resumed sweep runs them again) and the file stays resumable.
   */
  async close(complete: boolean): Promise<void> {
    try {
      if (complete) {
        await this.writer.finish();
        await this.handle.sync();
      }
    } catch (error) {
      throw fileError(error, this.shown, "write");
    } finally {
      await this.handle.close();
    }
  }

  /** Removes the progress file: call once the manifest says the sweep is complete. */
  static async cleanup(runsPath: string): Promise<void> {
    await unlink(progressFileName(runsPath)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw fileError(error, displayPath(progressFileName(runsPath)), "write");
    });
  }
}
