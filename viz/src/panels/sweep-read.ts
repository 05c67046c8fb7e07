// Reads a `sinergi sweep` results file (runs.csv or runs.jsonl; runs.parquet in sweep-read-parquet.ts)
// into a SweepTable as a stream: the
// text arrives in pieces, whole lines are parsed (CSV with d3-dsv) and checked as they come, and the
// reader gives the page a turn every few tens of milliseconds, so a 100 MB file never freezes it and
// never has to be held as one string.
import { csvParseRows } from "d3";
import { SweepTableBuilder, type Cell } from "./sweep-table-builder.js";
import { SweepFileError } from "./sweep-problem.js";
import { readSweepParquet } from "./sweep-read-parquet.js";
import type { SweepTable } from "./sweep-table.js";

export type SweepFormat = "csv" | "jsonl";

export interface ReadOptions {
  /** Called after each piece with the bytes read so far and the file's size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Stops reading; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Longest stretch of work between two turns given back to the page. */
const SLICE_MILLIS = 25;
/**
 * Most characters parsed in one go. Browsers hand a file's stream over in pieces of their choosing
 * (Chromium's can be megabytes); parsing a smaller piece at a time lets the page breathe in between.
 */
const PIECE_CHARS = 128 * 1024;

/** The format by the file's name, else by its first character (`{` starts a JSON Lines file). */
export function detectFormat(fileName: string, firstText: string): SweepFormat | "parquet" {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".parquet")) return "parquet";
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  if (lower.endsWith(".csv")) return "csv";
  return firstText.trimStart().startsWith("{") ? "jsonl" : "csv";
}

/** Cuts CSV text into runs of whole records, never inside a quoted cell (which may hold a newline). */
class CsvRecords {
  private pending = "";
  private scanned = 0;
  private inQuotes = false;
  private line = 1;

  constructor(private readonly builder: SweepTableBuilder) {}

  push(text: string): void {
    this.pending += text;
    let end = 0;
    const pending = this.pending;
    for (let i = this.scanned; i < pending.length; i++) {
      const c = pending.charCodeAt(i);
      // A doubled quote inside a quoted cell toggles twice, so the parity stays right.
      if (c === 34) this.inQuotes = !this.inQuotes;
      else if (c === 10 && !this.inQuotes) end = i + 1;
    }
    this.scanned = pending.length;
    if (end > 0) {
      this.parse(pending.slice(0, end));
      this.pending = pending.slice(end);
      this.scanned -= end;
    }
  }

  finish(): void {
    if (this.pending !== "") this.parse(this.pending);
    this.pending = "";
  }

  private parse(text: string): void {
    for (const cells of csvParseRows(text)) {
      const line = this.line++;
      if (cells.length === 1 && cells[0] === "") continue;
      if (!this.builder.hasHeader) {
        const first = cells[0];
        if (first !== undefined) cells[0] = first.replace(/^\uFEFF/, "");
        this.builder.header(cells);
      } else this.builder.row(cells, line);
    }
  }
}

/** Cuts JSON Lines text into lines: one object per line, every line with the first line's keys. */
class JsonLines {
  private pending = "";
  private line = 0;
  private keys: string[] = [];

  constructor(
    private readonly builder: SweepTableBuilder,
    private readonly fileName: string,
  ) {}

  push(text: string): void {
    this.pending += text;
    const lines = this.pending.split("\n");
    this.pending = lines.pop() ?? "";
    for (const line of lines) this.parse(line);
  }

  finish(): void {
    if (this.pending !== "") this.parse(this.pending);
    this.pending = "";
  }

  private parse(text: string): void {
    const line = ++this.line;
    const trimmed = text.trim();
    if (trimmed === "") return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      throw new SweepFileError(this.fileName, { kind: "bad-json", line });
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new SweepFileError(this.fileName, { kind: "bad-json", line });
    }
    const record = value as Record<string, Cell>;
    const keys = Object.keys(record);
    if (!this.builder.hasHeader) {
      this.keys = keys;
      this.builder.header(keys);
    } else if (keys.length !== this.keys.length || keys.some((key, k) => key !== this.keys[k])) {
      throw new SweepFileError(this.fileName, { kind: "json-keys", line });
    }
    this.builder.row(
      this.keys.map((key) => record[key] ?? null),
      line,
    );
  }
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads `file` (a File from an input or a drop; any Blob in tests) named `fileName`. Rejects with a
 * SweepFileError naming the first problem, or the signal's reason when aborted.
 */
export async function readSweepFile(
  file: Blob,
  fileName: string,
  options: ReadOptions = {},
): Promise<SweepTable> {
  const builder = new SweepTableBuilder(fileName);
  const head = await file.slice(0, 1024).text();
  const format = detectFormat(fileName, head);
  if (format === "parquet") return readSweepParquet(file, fileName, options);
  const records = format === "csv" ? new CsvRecords(builder) : new JsonLines(builder, fileName);

  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let bytesRead = 0;
  let sliceStart = performance.now();
  try {
    for (;;) {
      options.signal?.throwIfAborted();
      let piece: ReadableStreamReadResult<string>;
      try {
        piece = await reader.read();
      } catch (error) {
        throw new SweepFileError(fileName, { kind: "unreadable", detail: String(error) });
      }
      if (piece.done) break;
      for (let at = 0; at < piece.value.length; at += PIECE_CHARS) {
        const text = piece.value.slice(at, at + PIECE_CHARS);
        records.push(text);
        // Characters, not bytes: the same for the CLI's ASCII output, close enough for a progress bar.
        bytesRead += text.length;
        options.onProgress?.(Math.min(bytesRead, file.size), file.size);
        if (performance.now() - sliceStart > SLICE_MILLIS) {
          await nextTurn();
          options.signal?.throwIfAborted();
          sliceStart = performance.now();
        }
      }
    }
    records.finish();
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  return builder.finish();
}

/** Reads results text held in memory (a test's or a fetched file's). */
export function readSweepText(
  text: string,
  fileName: string,
  options: ReadOptions = {},
): Promise<SweepTable> {
  return readSweepFile(new Blob([text]), fileName, options);
}
