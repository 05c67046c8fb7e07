import { describe, expect, it } from "vitest";
import { readSweepFile, readSweepText } from "../../../viz/src/panels/sweep-read.js";
import { SweepFileError, type SweepProblem } from "../../../viz/src/panels/sweep-problem.js";

/** A small sweep written by hand: 2 points of ego.mean × 2 replicates, 3 years (0–2). */
const HANDWRITTEN = [
  "run_id,replicate,seed,ego.mean,policies.incentiveFund.budget,year,calendar_year,growth_rate,williamson",
  "0,0,101,0.2,0,0,2022,,0.80",
  "0,0,101,0.2,0,1,2023,0.05,0.79",
  "0,0,101,0.2,0,2,2024,0.04,0.78",
  "1,1,102,0.2,0,0,2022,,0.80",
  "1,1,102,0.2,0,1,2023,0.06,0.77",
  "1,1,102,0.2,0,2,2024,0.05,0.76",
  "2,0,103,0.5,250,0,2022,,0.80",
  "2,0,103,0.5,250,1,2023,0.05,0.81",
  "2,0,103,0.5,250,2,2024,0.03,0.82",
  "3,1,104,0.5,250,0,2022,,0.80",
  "3,1,104,0.5,250,1,2023,0.04,0.80",
  "3,1,104,0.5,250,2,2024,0.02,0.84",
].join("\n");

/** A Blob whose stream hands its bytes over `size` at a time, as a slow disk or a network would. */
class TrickleBlob extends Blob {
  constructor(
    text: string,
    private readonly pieceSize: number,
  ) {
    super([text]);
  }
  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const bytes = super.stream();
    const size = this.pieceSize;
    return bytes.pipeThrough(
      new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
        transform(chunk, controller) {
          for (let at = 0; at < chunk.length; at += size) controller.enqueue(chunk.slice(at, at + size));
        },
      }),
    );
  }
}

async function problemOf(text: string, fileName = "runs.csv"): Promise<SweepProblem> {
  try {
    await readSweepText(text, fileName);
  } catch (error) {
    if (error instanceof SweepFileError) {
      expect(error.fileName).toBe(fileName);
      return error.problem;
    }
    throw error;
  }
  throw new Error("the file was accepted");
}

describe("reading a sweep's runs.csv", () => {
  it("finds the ids, the parameters between seed and year, the outcomes after year and the years", async () => {
    const table = await readSweepText(`${HANDWRITTEN}\n`, "runs.csv");
    expect(table.rowCount).toBe(12);
    expect(table.runCount).toBe(4);
    expect(table.parameters.map((p) => p.name)).toEqual(["ego.mean", "policies.incentiveFund.budget"]);
    expect(table.parameters[0]!.values).toEqual(["0.2", "0.5"]);
    expect(table.parameters[1]!.numbers).toEqual([0, 250]);
    expect(table.outcomes).toEqual(["growth_rate", "williamson"]);
    expect(table.years).toEqual([0, 1, 2]);
    expect([...table.calendarYears]).toEqual([
      [0, 2022],
      [1, 2023],
      [2, 2024],
    ]);
    expect([...table.seed.slice(0, 4)]).toEqual([101, 101, 101, 102]);
    // An empty cell (growth_rate in year 0) is a missing value, not 0.
    expect(table.values.get("growth_rate")![0]).toBeNaN();
    expect(table.values.get("williamson")![11]).toBe(0.84);
  });

  it("orders numeric parameter values as numbers and text values as text, whatever the file's order", async () => {
    const text = [
      "run_id,replicate,seed,budget,rule,year,williamson",
      "0,0,1,1000,proportional,0,0.5",
      "1,0,2,250,equal,0,0.4",
      '2,0,3,50,"[""Jawa"",""Bali""]",0,0.3',
    ].join("\r\n");
    const table = await readSweepText(text, "runs.csv");
    const [budget, rule] = table.parameters;
    expect(budget!.values).toEqual(["50", "250", "1000"]);
    expect([...budget!.codes]).toEqual([2, 1, 0]);
    expect(rule!.numeric).toBe(false);
    expect(rule!.values).toEqual(['["Jawa","Bali"]', "equal", "proportional"]);
    expect([...rule!.codes]).toEqual([2, 1, 0]);
  });

  it("reads a file that arrives in pieces cut anywhere, even inside a quoted cell with a newline", async () => {
    const rows = ["run_id,replicate,seed,note,year,williamson"];
    for (let run = 0; run < 300; run++)
      rows.push(`${run},0,${run + 7},"line one\nline, two",0,${run / 1000}`);
    const progress: number[] = [];
    const table = await readSweepFile(new TrickleBlob(rows.join("\n"), 7), "runs.csv", {
      onProgress: (read) => progress.push(read),
    });
    expect(progress.length).toBeGreaterThan(1000);
    expect(table.rowCount).toBe(300);
    expect(table.parameters[0]!.values).toEqual(["line one\nline, two"]);
    expect(table.values.get("williamson")![299]).toBe(0.299);
  });

  it("reads JSON Lines with the same result as CSV", async () => {
    const [header, ...rows] = HANDWRITTEN.split("\n");
    const names = header!.split(",");
    const jsonl = rows
      .map((row) => {
        const cells = row.split(",");
        const record: Record<string, unknown> = {};
        names.forEach((name, k) => {
          const cell = cells[k]!;
          record[name] = cell === "" ? null : Number(cell);
        });
        return JSON.stringify(record);
      })
      .join("\n");
    const fromCsv = await readSweepText(HANDWRITTEN, "runs.csv");
    const fromJsonl = await readSweepText(jsonl, "runs.jsonl");
    expect(fromJsonl.columns).toEqual(fromCsv.columns);
    expect(fromJsonl.parameters).toEqual(fromCsv.parameters);
    expect(fromJsonl.values).toEqual(fromCsv.values);
    expect(fromJsonl.years).toEqual(fromCsv.years);
  });
});

describe("a file that is not a sweep's results is refused with what is wrong", () => {
  it("names the missing required columns", async () => {
    expect(await problemOf("run_id,seed,ego.mean,williamson\n0,1,0.2,0.5")).toEqual({
      kind: "missing-columns",
      columns: ["replicate", "year"],
    });
  });

  it("needs an outcome after year, and seed before year", async () => {
    expect(await problemOf("run_id,replicate,seed,year,calendar_year\n0,0,1,0,2022")).toEqual({
      kind: "no-outcome",
    });
    expect(await problemOf("run_id,replicate,year,seed,williamson\n0,0,0,1,0.5")).toEqual({
      kind: "column-order",
    });
  });

  it("refuses a header with a column twice, an empty file and a header without rows", async () => {
    expect(await problemOf("run_id,replicate,seed,year,williamson,williamson\n")).toEqual({
      kind: "duplicate-column",
      column: "williamson",
    });
    expect(await problemOf("")).toEqual({ kind: "empty" });
    expect(await problemOf("\n\n")).toEqual({ kind: "empty" });
    expect(await problemOf("run_id,replicate,seed,year,williamson\n")).toEqual({ kind: "no-rows" });
  });

  it("names the line and column of a short row, a word where a number belongs and a fractional id", async () => {
    const header = "run_id,replicate,seed,year,williamson";
    expect(await problemOf(`${header}\n0,0,1,0,0.5\n1,0,2,0`)).toEqual({
      kind: "cell-count",
      line: 3,
      found: 4,
      expected: 5,
    });
    expect(await problemOf(`${header}\n0,0,1,0,0.5\n0,0,1,1,high`)).toEqual({
      kind: "not-a-number",
      line: 3,
      column: "williamson",
      value: "high",
    });
    expect(await problemOf(`${header}\n0,0,1,0.5,0.5`)).toEqual({
      kind: "not-an-integer",
      line: 2,
      column: "year",
      value: "0.5",
    });
    expect(await problemOf(`${header}\n0,0, 1,0,0.5`)).toMatchObject({
      kind: "not-an-integer",
      column: "seed",
    });
  });

  it("quotes at most 40 characters of a bad cell", async () => {
    const long = "x".repeat(100);
    const problem = await problemOf(`run_id,replicate,seed,year,williamson\n0,0,1,0,${long}`);
    expect(problem).toEqual({
      kind: "not-a-number",
      line: 2,
      column: "williamson",
      value: `${"x".repeat(40)}…`,
    });
  });

  it("refuses broken JSON Lines, lines with other keys, and Parquet", async () => {
    const first = JSON.stringify({ run_id: 0, replicate: 0, seed: 1, year: 0, williamson: 0.5 });
    expect(await problemOf(`${first}\n{"run_id": 1,`, "runs.jsonl")).toEqual({ kind: "bad-json", line: 2 });
    expect(await problemOf(`${first}\n[1, 2]`, "runs.jsonl")).toEqual({ kind: "bad-json", line: 2 });
    const other = JSON.stringify({ run_id: 1, replicate: 0, seed: 1, year: 0, theil: 0.5 });
    expect(await problemOf(`${first}\n\n${other}`, "runs.jsonl")).toEqual({ kind: "json-keys", line: 3 });
    expect(await problemOf("PAR1", "runs.parquet")).toMatchObject({ kind: "parquet" });
  });

  it("tells JSON Lines from CSV by the first character when the name says neither", async () => {
    const first = JSON.stringify({ run_id: 0, replicate: 0, seed: 1, year: 0, williamson: 0.5 });
    const table = await readSweepText(first, "results.txt");
    expect(table.outcomes).toEqual(["williamson"]);
  });
});
