// The parts of Parquet output that need no sweep: column types, row groups, and a writer restored from
// its progress lines writing the same bytes as one that never stopped.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  columnKinds,
  fromTaggedJson,
  PARQUET_WRITER,
  parameterKinds,
  ParquetRunsWriter,
  rowGroupRuns,
  toTaggedJson,
  type Checkpoint,
  type ParquetLayout,
} from "../../cli/sweep/parquet.js";
import { InputError } from "../../sim/input-error.js";
import { ROOT } from "./helpers.js";

describe("Parquet layout", () => {
  it("types run ids, replicates, seeds and years INT32, parameters by their values, metrics DOUBLE", () => {
    const runs = [
      { values: { a: 0.5, b: "x", c: true, d: [1], e: 1 } },
      { values: { a: 1, b: "y", c: false, d: [2], e: "one" } },
    ];
    const kinds = parameterKinds(["a", "b", "c", "d", "e"], runs);
    expect(kinds).toEqual({ a: "double", b: "string", c: "boolean", d: "string", e: "string" });
    const columns = ["run_id", "replicate", "seed", "a", "b", "year", "calendar_year", "gini", "growth_rate"];
    expect(columnKinds(columns, kinds)).toEqual([
      "int32",
      "int32",
      "int32",
      "double",
      "string",
      "int32",
      "int32",
      "double",
      "double",
    ]);
  });

  it("puts whole runs in a row group: 16,384 rows by default, or SINERGI_PARQUET_ROW_GROUP_ROWS", () => {
    expect(rowGroupRuns(31, {})).toBe(528);
    expect(rowGroupRuns(4, {})).toBe(4096);
    expect(rowGroupRuns(20_000, {})).toBe(1);
    expect(rowGroupRuns(11, { SINERGI_PARQUET_ROW_GROUP_ROWS: "44" })).toBe(4);
    expect(() => rowGroupRuns(11, { SINERGI_PARQUET_ROW_GROUP_ROWS: "many" })).toThrow(InputError);
  });

  it("names the hyparquet-writer that is installed", () => {
    const installed = JSON.parse(
      readFileSync(join(ROOT, "node_modules", "hyparquet-writer", "package.json"), "utf8"),
    );
    expect(PARQUET_WRITER).toBe(`hyparquet-writer ${installed.version}`);
  });
});

describe("ParquetRunsWriter", () => {
  const layout: ParquetLayout = {
    columns: ["run_id", "year", "ego.mean", "rule", "growth_rate"],
    kinds: ["int32", "int32", "double", "string", "double"],
    rowGroupRuns: 3,
    createdBy: "test",
  };
  /** Run r's 3 rows, column by column; -0, nulls and text on some. */
  const cells = (r: number): unknown[][] => [
    [r, r, r],
    [0, 1, 2],
    [r % 2 === 0 ? -0 : r / 7, r / 7, r / 7],
    [r % 3 === 0 ? null : `rule ${r}`, "fermi", "fermi"],
    [null, Math.sin(r), r === 4 ? null : Math.cos(r)],
  ];

  /** Writes runs [from, to) of 10; returns the bytes and the checkpoints made. */
  async function write(
    from: number,
    to: number,
    restore?: { bytes: number; rows: number; rowGroups: Checkpoint["rowGroup"][] },
  ): Promise<{ bytes: Buffer; checkpoints: string[] }> {
    const chunks: Uint8Array[] = [];
    const checkpoints: string[] = [];
    const writer = new ParquetRunsWriter({
      layout,
      end: 10,
      sink: { write: async (b) => void chunks.push(Uint8Array.from(b)) },
      ...(restore ? { restore } : {}),
      onRowGroup: async (c) => void checkpoints.push(toTaggedJson(c)),
    });
    for (let r = from; r < to; r++) await writer.add(cells(r), r + 1);
    if (to === 10) await writer.finish();
    return { bytes: Buffer.concat(chunks), checkpoints };
  }

  it("writes a row group every 3 runs, and a restored writer continues byte for byte", async () => {
    const whole = await write(0, 10);
    expect(whole.checkpoints).toHaveLength(4); // runs 0–2, 3–5, 6–8, 9
    expect(whole.bytes.subarray(0, 4).toString()).toBe("PAR1");
    expect(whole.bytes.subarray(-4).toString()).toBe("PAR1");

    // Stopped after 7 runs: 2 row groups are saved; run 6 is lost and written again.
    const first = await write(0, 7);
    expect(first.checkpoints).toEqual(whole.checkpoints.slice(0, 2));
    const saved = first.checkpoints.map((line) => fromTaggedJson(line) as Checkpoint);
    const last = saved[saved.length - 1]!;
    expect(last).toMatchObject({ nextRun: 6, rows: 18 });
    const rest = await write(last.nextRun, 10, {
      bytes: last.bytes,
      rows: last.rows,
      rowGroups: saved.map((c) => c.rowGroup),
    });
    const resumed = Buffer.concat([first.bytes.subarray(0, last.bytes), rest.bytes]);
    expect(resumed.equals(whole.bytes)).toBe(true);
  });

  it("keeps bigints, bytes and −0 through the progress file's JSON", () => {
    const value = { a: 12345678901234567890n, b: new Uint8Array([1, 2, 255]), c: -0, d: [0, "x", null] };
    const back = fromTaggedJson(toTaggedJson(value)) as typeof value;
    expect(back.a).toBe(value.a);
    expect([...back.b]).toEqual([1, 2, 255]);
    expect(Object.is(back.c, -0)).toBe(true);
    expect(back.d).toEqual([0, "x", null]);
  });
});
