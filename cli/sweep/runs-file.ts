import { csvParseRows } from "d3-dsv";
import { createWriteStream, type WriteStream } from "node:fs";
import { open, stat, truncate } from "node:fs/promises";
import { InputError } from "../../sim/input-error.js";
import { fileError } from "../errors.js";
import { displayPath } from "../paths.js";
import type { RowFormat, SweepFormat } from "../rows.js";

/** The runs file of a sweep folder for a format: runs.csv, runs.jsonl or runs.parquet. */
export function runsFileName(format: SweepFormat): string {
  return `runs.${format}`;
}

const NEWLINE = 0x0a;

/** What is kept of a runs file after an interruption, and where the sweep goes on from. */
export interface Recovery {
  /** Bytes to keep: everything after is a partial line or the rows of an unfinished run. */
  keep: number;
  /** The first run id not (completely) in the file. */
  nextRun: number;
  /** The CSV header line as it is in the file (with its newline), if the file has one. */
  header?: string;
  /** Bytes dropped from the end. */
  dropped: number;
}

export interface RecoveryExpectation {
  format: RowFormat;
  /** The first and one-past-last run ids this file should hold. */
  start: number;
  end: number;
  /** The last year of a run: a run is complete when its row of this year is in the file. */
  lastYear(runId: number): number;
}

/** run_id and year of one line of a runs file; undefined when the line cannot be read. */
export function readLineKeys(
  line: string,
  format: RowFormat,
  yearIndex: number,
): { runId: number; year: number } | undefined {
  let runId: unknown;
  let year: unknown;
  if (format === "csv") {
    const cells = csvParseRows(line)[0];
    if (!cells) return undefined;
    runId = cells[0] === "" ? undefined : Number(cells[0]);
    year = cells[yearIndex] === "" || cells[yearIndex] === undefined ? undefined : Number(cells[yearIndex]);
  } else {
    try {
      const object = JSON.parse(line) as Record<string, unknown>;
      runId = object["run_id"];
      year = object["year"];
    } catch {
      return undefined;
    }
  }
  if (typeof runId !== "number" || typeof year !== "number") return undefined;
  if (!Number.isSafeInteger(runId) || !Number.isSafeInteger(year)) return undefined;
  return { runId, year };
}

async function readRange(
  handle: import("node:fs/promises").FileHandle,
  from: number,
  to: number,
): Promise<Buffer> {
  const buffer = Buffer.alloc(to - from);
  let done = 0;
  while (done < buffer.length) {
    const { bytesRead } = await handle.read(buffer, done, buffer.length - done, from + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buffer.subarray(0, done);
}

/**
 * Finds how much of a runs file left by an interrupted sweep to keep: drops a trailing partial line
 * and the rows of a run that is not complete (its last year missing). Reads only the file's head (the
 * CSV header) and as much of its tail as the last run needs, so it is quick on files of any size.
 * Throws an InputError when the file is not what this sweep writes.
 */
export async function recoverRunsFile(path: string, expected: RecoveryExpectation): Promise<Recovery> {
  const shown = displayPath(path);
  const broken = (problem: string): InputError =>
    new InputError(
      shown,
      "",
      `${problem}; it is not the output of this sweep and shard, so --resume cannot continue it ` +
        "(start afresh in a new --out folder)",
    );
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw fileError(error, shown, "read");
  }
  try {
    const size = (await handle.stat()).size;
    let dataStart = 0;
    let header: string | undefined;
    let yearIndex = -1;
    if (expected.format === "csv") {
      // The header: up to the first newline (read in growing chunks).
      let chunk = 1 << 16;
      for (;;) {
        const head = await readRange(handle, 0, Math.min(size, chunk));
        const at = head.indexOf(NEWLINE);
        if (at >= 0) {
          header = head.subarray(0, at + 1).toString("utf8");
          dataStart = at + 1;
          break;
        }
        if (head.length >= size) {
          // No complete header: start the file again.
          return { keep: 0, nextRun: expected.start, dropped: size };
        }
        chunk *= 4;
      }
      const columns = csvParseRows(header)[0] ?? [];
      yearIndex = columns.indexOf("year");
      if (columns[0] !== "run_id" || yearIndex < 0) throw broken("its header lacks run_id or year");
    }

    // The tail: enough of it to hold the last complete line and every line of its run.
    let window = Math.min(size - dataStart, 1 << 20);
    for (;;) {
      const from = size - window;
      const tail = await readRange(handle, from, size);
      const reachesStart = from <= dataStart;
      // Line starts we can trust: the data start if the window reaches it, else after the first newline.
      const firstNewline = tail.indexOf(NEWLINE);
      const lines: Array<{ start: number; end: number }> = []; // absolute byte ranges, newline excluded
      let lineStart = reachesStart ? 0 : firstNewline >= 0 ? firstNewline + 1 : tail.length;
      for (let i = lineStart; i < tail.length; i++) {
        if (tail[i] === NEWLINE) {
          lines.push({ start: from + lineStart, end: from + i });
          lineStart = i + 1;
        }
      }
      const completeEnd = lines.length > 0 ? lines[lines.length - 1]!.end + 1 : dataStart;
      if (lines.length === 0 && !reachesStart) {
        window = Math.min(size - dataStart, window * 4);
        continue;
      }
      if (lines.length === 0) {
        return { keep: dataStart, nextRun: expected.start, dropped: size - dataStart, ...withHeader(header) };
      }
      const keysOf = (index: number) => {
        const { start, end } = lines[index]!;
        const text = tail.subarray(start - from, end - from).toString("utf8");
        const keys = readLineKeys(text, expected.format, yearIndex);
        if (!keys) throw broken(`cannot read the run_id and year of the line at byte ${start}`);
        return keys;
      };
      const last = keysOf(lines.length - 1);
      if (last.runId < expected.start || last.runId >= expected.end) {
        throw broken(
          `it holds run ${last.runId}, outside this shard's runs ${expected.start}–${expected.end - 1}`,
        );
      }
      if (last.year === expected.lastYear(last.runId)) {
        return {
          keep: completeEnd,
          nextRun: last.runId + 1,
          dropped: size - completeEnd,
          ...withHeader(header),
        };
      }
      // The last run is incomplete: drop every line of it.
      let first = lines.length - 1;
      while (first > 0 && keysOf(first - 1).runId === last.runId) first -= 1;
      if (first === 0 && !reachesStart) {
        window = Math.min(size - dataStart, window * 4);
        continue;
      }
      if (first > 0) {
        const before = keysOf(first - 1);
        if (before.runId !== last.runId - 1 || before.year !== expected.lastYear(before.runId)) {
          throw broken(`run ${before.runId} is followed by run ${last.runId}`);
        }
      } else if (last.runId !== expected.start) {
        throw broken(`its first run is ${last.runId}, not ${expected.start}`);
      }
      const keep = lines[first]!.start;
      return { keep, nextRun: last.runId, dropped: size - keep, ...withHeader(header) };
    }
  } finally {
    await handle.close();
  }
}

function withHeader(header: string | undefined): { header?: string } {
  return header === undefined ? {} : { header };
}

/** Cuts a file to `size` bytes. */
export async function truncateFile(path: string, size: number): Promise<void> {
  try {
    await truncate(path, size);
  } catch (error) {
    throw fileError(error, displayPath(path), "write");
  }
}

/** The size of a file, or undefined when it does not exist. */
export async function fileSize(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch {
    return undefined;
  }
}

/**
 * Appends text to a file as a stream, waiting for 'drain' when its buffer is full (memory stays flat
 * however fast runs finish), and flushes it to the disk (fsync) when closed.
 */
export class AppendWriter {
  private failure: Error | undefined;

  private constructor(
    readonly path: string,
    private readonly stream: WriteStream,
  ) {
    stream.on("error", (error) => {
      this.failure = error;
    });
  }

  static async open(path: string): Promise<AppendWriter> {
    const stream = createWriteStream(path, { flags: "a", highWaterMark: 1 << 20 });
    await new Promise<void>((resolve, reject) => {
      stream.once("open", () => resolve());
      stream.once("error", (error) => reject(fileError(error, displayPath(path), "write")));
    });
    return new AppendWriter(path, stream);
  }

  async write(text: string): Promise<void> {
    if (this.failure) throw fileError(this.failure, displayPath(this.path), "write");
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.stream.off("drain", done);
          this.stream.off("error", done);
          this.stream.off("close", done);
          resolve();
        };
        this.stream.on("drain", done);
        this.stream.on("error", done);
        this.stream.on("close", done);
      });
    }
    if (this.failure) throw fileError(this.failure, displayPath(this.path), "write");
  }

  /** Ends the stream and fsyncs the file. */
  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (this.stream.closed) return resolve();
      this.stream.once("close", () => resolve());
      this.stream.end();
    });
    if (this.failure) throw fileError(this.failure, displayPath(this.path), "write");
    const handle = await open(this.path, "r+");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}
