/**
 * Parquet runs files (`--format parquet`): typed columns, and row groups of whole runs written to the
 * file as the runs complete, so memory holds one row group however large the sweep.
 *
 * The writer is hyparquet-writer's ParquetWriter, which appends row groups to an open file and writes
 * the footer (the file's metadata) when finished. Row group k holds the runs k·R … (k+1)·R − 1 of the
 * whole sweep (R = `rowGroupRuns`, clipped to a shard's runs), so a file does not depend on the number
 * of workers, and a merge of shards can re-form exactly the row groups of the single-machine file.
 *
 * Resuming needs what the footer will hold about the row groups already on disk; the sweep keeps it in
 * a progress file beside the runs file (see parquet-output.ts), one JSON line per row group, written
 * after the row group's bytes are on the disk. `restore` rebuilds the writer from it, so a resumed
 * sweep writes the same bytes as an uninterrupted one.
 */
import type { RowGroup, SchemaElement } from "hyparquet";
import { ByteWriter, ParquetWriter, type ColumnSource } from "hyparquet-writer";
import { InputError } from "../../sim/input-error.js";
import { packageVersion } from "../paths.js";

/** The library and version that encode the files; part of `created_by`. Resuming needs the same. */
export const PARQUET_WRITER = "hyparquet-writer 0.17.0";

/** Rows in a row group, about (whole runs: the runs per group are this divided by a run's rows). */
export const ROW_GROUP_ROWS = 16_384;

/** Overrides ROW_GROUP_ROWS for a new sweep (tests use small row groups); recorded in the manifest. */
export const ROW_GROUP_ROWS_ENV = "SINERGI_PARQUET_ROW_GROUP_ROWS";

/** How a column is stored: INT32, DOUBLE, BOOLEAN or UTF8 text. */
export type ColumnKind = "int32" | "double" | "boolean" | "string";

/** A cell as a worker sends it: the value `sinergi run` would write (null for an empty CSV cell). */
export type ParquetCell = number | string | boolean | null;

/** Columns written as 32-bit integers (whole numbers by construction). */
const INTEGER_COLUMNS = new Set(["run_id", "replicate", "seed", "year", "calendar_year"]);

/** What a Parquet runs file is: its columns and their types, its row groups, and who wrote it. */
export interface ParquetLayout {
  columns: string[];
  kinds: ColumnKind[];
  rowGroupRuns: number;
  createdBy: string;
}

/** The runs in a row group, from a run's rows (the most of any run) and the target rows. */
export function rowGroupRuns(rowsPerRun: number, env: NodeJS.ProcessEnv = process.env): number {
  const text = env[ROW_GROUP_ROWS_ENV];
  let target = ROW_GROUP_ROWS;
  if (text !== undefined && text.trim() !== "") {
    target = Number(text);
    if (!Number.isSafeInteger(target) || target < 1) {
      throw new InputError(ROW_GROUP_ROWS_ENV, text, "expected a whole number of rows, at least 1");
    }
  }
  return Math.max(1, Math.floor(target / Math.max(1, rowsPerRun)));
}

/**
 * The type of each parameter column over every run of the sweep (not only a shard's, so that every
 * shard writes the same schema): DOUBLE when every value is a number, BOOLEAN when every value is
 * true or false, else UTF8 text (the cell as CSV writes it: text as it is, other values as JSON).
 */
export function parameterKinds(
  parameters: readonly string[],
  runs: ReadonlyArray<{ values: Readonly<Record<string, unknown>> }>,
): Record<string, ColumnKind> {
  const kinds: Record<string, ColumnKind> = {};
  for (const name of parameters) {
    let numbers = true;
    let booleans = true;
    for (const run of runs) {
      const value = run.values[name];
      if (typeof value !== "number") numbers = false;
      if (typeof value !== "boolean") booleans = false;
      if (!numbers && !booleans) break;
    }
    kinds[name] = numbers ? "double" : booleans ? "boolean" : "string";
  }
  return kinds;
}

/** The kind of every column: run ids, replicates, seeds and years INT32, parameters by their values, metrics DOUBLE. */
export function columnKinds(
  columns: readonly string[],
  parameters: Readonly<Record<string, ColumnKind>>,
): ColumnKind[] {
  return columns.map((name) =>
    Object.hasOwn(parameters, name) ? parameters[name]! : INTEGER_COLUMNS.has(name) ? "int32" : "double",
  );
}

/** The Parquet schema of a layout: INT32 columns REQUIRED, the others OPTIONAL (null where CSV is empty). */
export function parquetSchema(layout: Pick<ParquetLayout, "columns" | "kinds">): SchemaElement[] {
  const schema: SchemaElement[] = [{ name: "root", num_children: layout.columns.length }];
  layout.columns.forEach((name, i) => {
    const kind = layout.kinds[i]!;
    if (kind === "int32") schema.push({ name, type: "INT32", repetition_type: "REQUIRED" });
    else if (kind === "double") schema.push({ name, type: "DOUBLE", repetition_type: "OPTIONAL" });
    else if (kind === "boolean") schema.push({ name, type: "BOOLEAN", repetition_type: "OPTIONAL" });
    else schema.push({ name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" });
  });
  return schema;
}

/** A column's values as hyparquet reads them back. */
export type ReadValues = ArrayLike<unknown>;

/** Rows of one row group, column by column, until they are written. */
class ColumnsBuffer {
  values: unknown[][];
  rows = 0;

  constructor(private readonly layout: ParquetLayout) {
    this.values = layout.columns.map(() => []);
  }

  /**
   * Adds a run's rows: `cells[c][r]` is column c of row r. Every value goes through `store`, whether
   * it comes from a worker or is read back from a shard's file, so both give the same bytes.
   */
  add(cells: ReadonlyArray<ReadValues>): void {
    const { columns, kinds } = this.layout;
    if (cells.length !== columns.length) {
      throw new Error(`a run has ${cells.length} columns where the runs file has ${columns.length}`);
    }
    const rows = cells[0]?.length ?? 0;
    for (let c = 0; c < columns.length; c++) {
      const column = cells[c]!;
      if (column.length !== rows)
        throw new Error(`column ${columns[c]} has ${column.length} rows, not ${rows}`);
      const target = this.values[c]!;
      const kind = kinds[c]!;
      if (kind === "double" && column instanceof Float64Array) {
        // A worker's column of numbers, NaN for null: what `store` makes of each cell, without a call a cell.
        for (let r = 0; r < rows; r++) {
          const value = column[r]!;
          target.push(value === 0 ? 0 : value);
        }
        continue;
      }
      for (let r = 0; r < rows; r++) target.push(store(kind, columns[c]!, column[r]));
    }
    this.rows += rows;
  }

  /** The buffered rows as hyparquet-writer's column sources; empties the buffer. */
  take(): ColumnSource[] {
    const { columns, kinds } = this.layout;
    const sources = columns.map((name, c): ColumnSource => {
      const values = this.values[c]!;
      const kind = kinds[c]!;
      let data: ColumnSource["data"];
      if (kind === "int32") data = Int32Array.from(values as number[]);
      else if (kind === "double") {
        const numbers = values as number[];
        data = numbers.some(Number.isNaN)
          ? numbers.map((v) => (Number.isNaN(v) ? null : v))
          : Float64Array.from(numbers);
      } else data = values;
      // No page indexes or bloom filters: the footer is then all a resumed writer needs to know.
      return { name, data, columnIndex: false, offsetIndex: false, bloomFilter: false };
    });
    this.values = columns.map(() => []);
    this.rows = 0;
    return sources;
  }
}

/** A value as buffered for its column's kind (NaN stands for null in a DOUBLE column). */
function store(kind: ColumnKind, column: string, value: unknown): unknown {
  if (kind === "double") {
    if (value === null || value === undefined) return Number.NaN;
    if (typeof value === "number") return value === 0 ? 0 : value; // -0 as CSV writes it: 0
    throw new Error(`column ${column}: ${JSON.stringify(value)} is not a number`);
  }
  if (kind === "int32") {
    if (typeof value === "number" && Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31) {
      return value;
    }
    throw new Error(`column ${column}: ${JSON.stringify(value)} is not a 32-bit whole number`);
  }
  if (value === null || value === undefined) return null;
  if (kind === "boolean") {
    if (typeof value === "boolean") return value;
    throw new Error(`column ${column}: ${JSON.stringify(value)} is not true or false`);
  }
  return typeof value === "string"
    ? value
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value);
}

/** Where the encoded bytes go, in order. */
export interface ByteSink {
  write(bytes: Uint8Array): Promise<void>;
}

/** hyparquet-writer's byte buffer, handed to a sink after every row group (and at the end). */
class SinkWriter extends ByteWriter {
  constructor(private readonly sink: ByteSink) {
    super(1 << 20);
  }

  flush(): Promise<void> {
    const bytes = new Uint8Array(this.buffer, 0, this.index);
    this.index = 0;
    return bytes.length > 0 ? this.sink.write(bytes) : Promise.resolve();
  }

  override finish(): Promise<void> {
    return this.flush();
  }

  /** Continues a file of `offset` bytes: drops what is buffered (the magic number a new writer adds). */
  continueAt(offset: number): void {
    this.index = 0;
    this.offset = offset;
  }
}

/** What the file holds after a row group: enough to continue it exactly (see restore). */
export interface Checkpoint {
  /** The first run not in the file. */
  nextRun: number;
  /** Bytes of the file, rows in it, and the metadata of its last row group. */
  bytes: number;
  rows: number;
  rowGroup: RowGroup;
}

export interface RunsWriterOptions {
  layout: ParquetLayout;
  sink: ByteSink;
  /** One past the last run id the file holds: the last row group ends there. */
  end: number;
  /** Continue a file: its size, its rows and the metadata of every row group in it. */
  restore?: { bytes: number; rows: number; rowGroups: RowGroup[] };
  /** Called once a row group is handed to the sink. */
  onRowGroup?(checkpoint: Checkpoint): Promise<void>;
}

/** Writes a runs file row group by row group; runs must come in id order. */
export class ParquetRunsWriter {
  private readonly buffer: ColumnsBuffer;
  private readonly writer: SinkWriter;
  private readonly parquet: ParquetWriter;

  constructor(private readonly options: RunsWriterOptions) {
    this.buffer = new ColumnsBuffer(options.layout);
    this.writer = new SinkWriter(options.sink);
    this.parquet = new ParquetWriter({
      writer: this.writer,
      schema: parquetSchema(options.layout),
      codec: "SNAPPY",
      statistics: true,
      createdBy: options.layout.createdBy,
    });
    const restore = options.restore;
    if (restore && restore.bytes > 0) {
      this.writer.continueAt(restore.bytes);
      this.parquet.row_groups = restore.rowGroups;
      this.parquet.num_rows = BigInt(restore.rows);
    }
  }

  /** Rows buffered, not yet in a row group. */
  get bufferedRows(): number {
    return this.buffer.rows;
  }

  /**
   * Adds the rows of the runs up to `nextRun` − 1 (column by column), and writes the row group when
   * they complete it.
   */
  async add(cells: ReadonlyArray<ReadValues>, nextRun: number): Promise<void> {
    this.buffer.add(cells);
    if (nextRun % this.options.layout.rowGroupRuns === 0 || nextRun === this.options.end) {
      await this.writeRowGroup(nextRun);
    }
  }

  private async writeRowGroup(nextRun: number): Promise<void> {
    const rows = this.buffer.rows;
    if (rows === 0) return;
    await this.parquet.write({ columnData: this.buffer.take(), rowGroupSize: rows });
    // Without page indexes or bloom filters these entries would write nothing at the end; dropping
    // them keeps memory flat and makes a restored writer the same as one that never stopped.
    for (const entry of this.parquet.pendingIndexes) {
      if (entry.columnIndex || entry.offsetIndex || entry.bloomFilter) {
        throw new Error(
          "hyparquet-writer wrote a page index or bloom filter, which a resumed sweep cannot restore",
        );
      }
    }
    this.parquet.pendingIndexes = [];
    const rowGroup = this.parquet.row_groups[this.parquet.row_groups.length - 1]!;
    await this.options.onRowGroup?.({
      nextRun,
      bytes: this.writer.offset,
      rows: Number(this.parquet.num_rows),
      rowGroup,
    });
  }

  /** Writes the footer: the file is complete. Buffered rows must have made their row group. */
  async finish(): Promise<void> {
    if (this.buffer.rows > 0) throw new Error("runs are left that do not end a row group");
    await this.parquet.finish();
  }
}

/** JSON that keeps what row group metadata holds: bigints, bytes and −0 (a DOUBLE column's minimum). */
export function toTaggedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "bigint") return { $bigint: v.toString() };
    if (v instanceof Uint8Array) return { $bytes: Buffer.from(v).toString("base64") };
    if (typeof v === "number" && Object.is(v, -0)) return { $number: "-0" };
    return v;
  });
}

export function fromTaggedJson(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
    const tagged = v as Record<string, unknown>;
    const keys = Object.keys(tagged);
    if (keys.length !== 1) return v;
    if (typeof tagged["$bigint"] === "string") return BigInt(tagged["$bigint"]);
    if (typeof tagged["$bytes"] === "string") return new Uint8Array(Buffer.from(tagged["$bytes"], "base64"));
    if (tagged["$number"] === "-0") return -0;
    return v;
  });
}

/** `created_by` of the files this version writes. */
export function parquetCreatedBy(): string {
  return `sinergi ${packageVersion()} (${PARQUET_WRITER})`;
}
