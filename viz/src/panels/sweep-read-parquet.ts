// Reads a `sinergi sweep --format parquet` results file (runs.parquet) into a SweepTable with
// hyparquet, the reader the CLI's merge and analyze use: the footer first, then one row group at a
// time (whole runs, 16,384 rows at most), giving the page a turn between them. hyparquet is loaded only
// when a Parquet file is opened, so the page does not carry it otherwise.
import { SweepFileError } from "./sweep-problem.js";
import { SweepTableBuilder, type Cell } from "./sweep-table-builder.js";
import type { SweepTable } from "./sweep-table.js";
import type { ReadOptions } from "./sweep-read.js";

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A Parquet cell as the CSV would give it: INT64 as a number, the rest as is (null stays missing). */
function cellOf(value: unknown): Cell {
  if (typeof value === "bigint") return Number(value);
  if (value === undefined) return null;
  return value as Cell;
}

export async function readSweepParquet(
  file: Blob,
  fileName: string,
  options: ReadOptions = {},
): Promise<SweepTable> {
  const { parquetMetadataAsync, parquetRead } = await import("hyparquet");
  const buffer = {
    byteLength: file.size,
    slice: (start: number, end?: number) => file.slice(start, end).arrayBuffer(),
  };
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    metadata = await parquetMetadataAsync(buffer);
  } catch (error) {
    throw new SweepFileError(fileName, { kind: "parquet", detail: (error as Error).message });
  }
  const builder = new SweepTableBuilder(fileName);
  builder.header(metadata.schema.slice(1).map((element) => element.name));
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    options.signal?.throwIfAborted();
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: unknown[][] = [];
    try {
      await parquetRead({
        file: buffer,
        metadata,
        rowStart,
        rowEnd,
        onComplete: (read: unknown[][]) => {
          rows = read;
        },
      });
    } catch (error) {
      throw new SweepFileError(fileName, { kind: "parquet", detail: (error as Error).message });
    }
    // Rows are numbered from 1, as a spreadsheet or DuckDB's row number would show them.
    rows.forEach((row, i) => builder.row(row.map(cellOf), rowStart + i + 1));
    rowStart = rowEnd;
    options.onProgress?.(rowStart, Number(metadata.num_rows));
    await nextTurn();
  }
  return builder.finish();
}
