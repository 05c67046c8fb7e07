// A Parquet sweep's worker sends a run's year columns as views of one reused Float64Array (NaN for an
// empty cell), which postMessage copies in one piece. The runs file must hold what the plain cells gave before.
import { describe, expect, it } from "vitest";
import { ParquetRunsWriter, type ParquetLayout } from "../../cli/sweep/parquet.js";
import { ColumnBlock, columnCells } from "../../cli/sweep/run-cells.js";
import type { Row } from "../../cli/rows.js";

const columns = ["run_id", "seed", "ego.mean", "rule", "year", "growth_rate", "theil", "label"];
const runCells = { run_id: 7, seed: 123, "ego.mean": 0.25, rule: null };
const years: Row[] = [
  { year: 0, growth_rate: null, theil: 0.125, label: "a" },
  { year: 1, growth_rate: -0, theil: Number.NaN, label: "b" },
  { year: 2, growth_rate: 0.03, theil: Number.POSITIVE_INFINITY, label: null },
  { year: 3, growth_rate: 1 / 3, theil: 0.5 },
];

describe("a Parquet run's cells (cli/sweep/run-cells.ts)", () => {
  it("sends year columns of numbers as views of one Float64Array, NaN for empty, and notes non-finite numbers", () => {
    const block = new ColumnBlock();
    const { cells, nonFinite } = columnCells(columns, years, runCells, block);
    expect(cells[0]).toEqual([7, 7, 7, 7]);
    expect(cells[3]).toEqual([null, null, null, null]);
    const growth = cells[5] as Float64Array;
    expect(growth).toBeInstanceOf(Float64Array);
    expect([...growth]).toEqual([Number.NaN, -0, 0.03, 1 / 3]);
    expect([...(cells[6] as Float64Array)]).toEqual([0.125, Number.NaN, Number.NaN, 0.5]);
    // A column that is not all numbers stays a plain array, as CSV would write its cells.
    expect(cells[7]).toEqual(["a", "b", null, null]);
    expect(nonFinite).toEqual(["theil"]);
    expect((cells[4] as Float64Array).buffer).toBe(growth.buffer);
    // The block is reused: a second run's numbers go into the same buffer.
    const second = columnCells(columns, years.slice(0, 2), runCells, block).cells[6] as Float64Array;
    expect(second.buffer).toBe(growth.buffer);
  });

  it("gives the runs file the bytes that plain cells (null for empty, non-finite as null) give", async () => {
    const layout: ParquetLayout = {
      columns,
      kinds: ["int32", "int32", "double", "string", "int32", "double", "double", "string"],
      rowGroupRuns: 2,
      createdBy: "test",
    };
    const plain = (run: number): unknown[][] =>
      columns.map((column) =>
        Object.hasOwn(runCells, column)
          ? years.map(() => (column === "run_id" ? run : runCells[column as keyof typeof runCells]))
          : years.map((row) => {
              const value = row[column];
              return value === undefined || (typeof value === "number" && !Number.isFinite(value))
                ? null
                : value;
            }),
      );
    async function file(cellsOf: (run: number) => ArrayLike<unknown>[]): Promise<Buffer> {
      const chunks: Uint8Array[] = [];
      const writer = new ParquetRunsWriter({
        layout,
        end: 3,
        sink: { write: async (b) => void chunks.push(Uint8Array.from(b)) },
      });
      for (let run = 0; run < 3; run++) await writer.add(cellsOf(run), run + 1);
      await writer.finish();
      return Buffer.concat(chunks);
    }
    const block = new ColumnBlock();
    const typed = await file((run) => columnCells(columns, years, { ...runCells, run_id: run }, block).cells);
    const before = await file(plain);
    expect(typed.length).toBeGreaterThan(100);
    expect(typed.equals(before)).toBe(true);
  });
});
