/** A run's rows column by column, as a sweep worker sends them for a Parquet runs file. */
import type { Row } from "../rows.js";
import type { ParquetCell } from "./parquet.js";

/**
 * The worker's buffer for a run's columns of numbers, reused run after run: `postMessage` copies what
 * it sends at once, so the next run can write over it. A buffer a run, transferred instead, cost more
 * in V8's background threads (allocating and sweeping a 36 KB backing store a run) than the copy.
 */
export class ColumnBlock {
  private block = new Float64Array(0);

  /** A buffer of at least `size` numbers; overwrites what an earlier call returned. */
  take(size: number): Float64Array {
    if (this.block.length < size) this.block = new Float64Array(size);
    return this.block;
  }
}

/**
 * A run's cells column by column, for Parquet: the values CSV would write, a non-finite number as
 * null (an empty CSV cell), noted in `nonFinite`. A year column of numbers is a Float64Array, NaN for
 * null, and every such column is a view of one buffer from `block` (valid until its next use), which
 * structured cloning copies in one piece: cloning about 45 arrays of a hundred boxed numbers each cost
 * the worker and the main thread about 0.75 ms a run of 100 years between them, and the main thread
 * writes the file for every worker.
 */
export function columnCells(
  columns: readonly string[],
  years: readonly Row[],
  runCells: Readonly<Record<string, string | number | boolean | null>>,
  block: ColumnBlock,
): { cells: Array<ParquetCell[] | Float64Array>; nonFinite: string[] } {
  const nonFinite = new Set<string>();
  const rows = years.length;
  const numbersOf = block.take(columns.length * rows);
  const cells = columns.map((column, c): ParquetCell[] | Float64Array => {
    if (Object.hasOwn(runCells, column)) return years.map(() => runCells[column]!);
    const numbers = numbersOf.subarray(c * rows, (c + 1) * rows);
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
