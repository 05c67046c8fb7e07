/** A run's rows column by column, as a sweep worker sends them for a Parquet runs file. */
import type { Row } from "../rows.js";
import type { ParquetCell } from "./parquet.js";
import type { WorkerReply } from "./protocol.js";

/**
 * A run's cells column by column, for Parquet: the values CSV would write, a non-finite number as
 * null (an empty CSV cell), noted in `nonFinite`. A year column of numbers goes as a Float64Array
 * with NaN for null, which the main thread takes by transfer rather than by copying: structured
 * cloning arrays of a hundred numbers each cost the worker and the main thread about 1 ms a run of
 * 100 years between them, and the main thread writes the file for every worker.
 */
export function columnCells(
  columns: readonly string[],
  years: readonly Row[],
  runCells: Readonly<Record<string, string | number | boolean | null>>,
): { cells: Array<ParquetCell[] | Float64Array>; nonFinite: string[] } {
  const nonFinite = new Set<string>();
  const rows = years.length;
  // One buffer for every column of numbers, each column a view of it: one transfer, not one a column.
  const block = new Float64Array(columns.length * rows);
  const cells = columns.map((column, c): ParquetCell[] | Float64Array => {
    if (Object.hasOwn(runCells, column)) return years.map(() => runCells[column]!);
    const numbers = block.subarray(c * rows, (c + 1) * rows);
    for (let r = 0; r < rows; r++) {
      const value = years[r]![column];
      if (value === undefined || value === null) numbers[r] = Number.NaN;
      else if (typeof value !== "number") return years.map((row) => cell(column, row[column], nonFinite));
      else if (Number.isFinite(value)) numbers[r] = value;
      else {
        nonFinite.add(column);
        numbers[r] = Number.NaN;
      }
    }
    return numbers;
  });
  return { cells, nonFinite: [...nonFinite] };
}

/** One cell of a column that is not all numbers, as CSV would write it (null: an empty cell). */
function cell(column: string, value: Row[string], nonFinite: Set<string>): ParquetCell {
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && !Number.isFinite(value)) {
    nonFinite.add(column);
    return null;
  }
  return value;
}

/** The buffers a reply hands over rather than copies: its Float64Array columns' (one, shared). */
export function transferred(reply: WorkerReply): ArrayBuffer[] {
  if (!("cells" in reply) || !reply.cells) return [];
  const buffers = new Set<ArrayBuffer>();
  for (const column of reply.cells)
    if (column instanceof Float64Array) buffers.add(column.buffer as ArrayBuffer);
  return [...buffers];
}
