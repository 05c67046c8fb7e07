// The runs reader of `sinergi analyze` on hand-written runs files, and the --output resolution.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ensembleBand } from "../../cli/analysis/bands.js";
import { pointMeans, withinPointVariance } from "../../cli/analysis/compute.js";
import { resolveOutputs, type OutputSpec } from "../../cli/analysis/outputs.js";
import { peekRunsFile, readRuns, type ReadRunsOptions } from "../../cli/analysis/runs-reader.js";
import { indicesCsv } from "../../cli/analysis/table.js";
import { InputError } from "../../sim/input-error.js";
import { tempDir } from "./helpers.js";

/** Three runs of years 0–2, with a text parameter that needs quoting and an empty cell. */
const CSV = `run_id,replicate,seed,a,label,year,calendar_year,x,y
0,0,11,0.5,"p,1",0,2022,1,10
0,0,11,0.5,"p,1",1,2023,2,
0,0,11,0.5,"p,1",2,2024,3,30
1,1,12,0.5,"p,1",0,2022,1,10
1,1,12,0.5,"p,1",1,2023,4,20
1,1,12,0.5,"p,1",2,2024,5,50
2,0,13,1,q,0,2022,1,10
2,0,13,1,q,1,2023,6,20
2,0,13,1,q,2,2024,9,90
`;

const SEEDS = [11, 12, 13];

function jsonl(csv: string): string {
  const [header, ...rows] = csv.trimEnd().split("\n");
  const columns = header!.split(",");
  return rows
    .map((line) => {
      const cells = line
        .match(/("[^"]*"|[^,]*)(,|$)/g)!
        .map((c) => c.replace(/,$/, "").replace(/^"|"$/g, ""));
      const object: Record<string, unknown> = {};
      columns.forEach((c, i) => {
        const cell = cells[i]!;
        object[c] = cell === "" ? null : c === "label" ? cell : Number(cell);
      });
      return `${JSON.stringify(object)}\n`;
    })
    .join("");
}

function options(path: string, overrides: Partial<ReadRunsOptions> = {}): ReadRunsOptions {
  const outputs: OutputSpec[] = [
    { metric: "x", year: "last", label: "x@2" },
    { metric: "y", year: 1, label: "y@1" },
    { metric: "x", year: 0, label: "x@0" },
  ];
  return {
    path,
    shown: "runs.csv",
    format: "csv",
    runs: 3,
    lastYear: () => 2,
    seedOf: (id) => SEEDS[id]!,
    outputs,
    series: ["x", "y"],
    incompleteAdvice: "finish it with: sinergi sweep s.json --out d --resume",
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe("readRuns", () => {
  it("keeps the chosen outputs of every run and the yearly series, from CSV and JSON Lines alike", async () => {
    const dir = tempDir({ "runs.csv": CSV, "runs.jsonl": jsonl(CSV) });
    for (const [file, format] of [
      ["runs.csv", "csv"],
      ["runs.jsonl", "jsonl"],
    ] as const) {
      const data = await readRuns(options(join(dir, file), { format }));
      expect(data.columns).toEqual([
        "run_id",
        "replicate",
        "seed",
        "a",
        "label",
        "year",
        "calendar_year",
        "x",
        "y",
      ]);
      expect(Array.from(data.values[0]!)).toEqual([3, 5, 9]); // x in the last year
      expect(Array.from(data.values[1]!)).toEqual([Number.NaN, 20, 20]); // y in year 1; empty = NaN
      expect(Array.from(data.values[2]!)).toEqual([1, 1, 1]);
      expect(data.seriesRunIds).toEqual([0, 1, 2]);
      expect(data.series.get("x")!.map((s) => Array.from(s))).toEqual([
        [1, 2, 3],
        [1, 4, 5],
        [1, 6, 9],
      ]);
      expect(data.calendarOffset).toBe(2022);
    }
  });

  it("samples at most seriesRuns runs for the series, the same ones every time", async () => {
    const dir = tempDir({ "runs.csv": CSV });
    const first = await readRuns(options(join(dir, "runs.csv"), { seriesRuns: 2, seriesSeed: 5 }));
    const again = await readRuns(options(join(dir, "runs.csv"), { seriesRuns: 2, seriesSeed: 5 }));
    expect(first.seriesRunIds).toHaveLength(2);
    expect(again.seriesRunIds).toEqual(first.seriesRunIds);
    expect(first.series.get("y")).toHaveLength(2);
    expect(Array.from(first.values[0]!)).toEqual([3, 5, 9]); // the outputs of every run are still kept
  });

  it("reports a file that ends early as an incomplete sweep, with the advice to resume", async () => {
    const cut = CSV.split("\n").slice(0, 6).join("\n") + "\n"; // runs 0 and 1 of year 0–1
    const dir = tempDir({ "runs.csv": cut, "empty-runs.csv": CSV.split("\n")[0] + "\n" });
    const error = await rejection(readRuns(options(join(dir, "runs.csv"))));
    expect(error.message).toBe(
      "runs.csv: holds 1 of the sweep's 3 runs and 2 years of run 1: the sweep is incomplete; " +
        "finish it with: sinergi sweep s.json --out d --resume",
    );
    const none = await rejection(readRuns(options(join(dir, "empty-runs.csv"))));
    expect(none.message).toMatch(/holds 0 of the sweep's 3 runs: the sweep is incomplete/);
  });

  it("refuses rows out of order, a run with another seed, and rows past the last run", async () => {
    const lines = CSV.split("\n");
    const swapped = [lines[0], lines[1], lines[3], lines[2], ...lines.slice(4)].join("\n");
    const reseeded = CSV.replace(/^2,0,13,/gm, "2,0,99,");
    const extra = CSV + "3,0,14,1,q,0,2022,1,10\n";
    const dir = tempDir({ "swapped.csv": swapped, "reseeded.csv": reseeded, "extra.csv": extra });
    expect((await rejection(readRuns(options(join(dir, "swapped.csv"))))).message).toMatch(
      /^runs\.csv: line 3: expected run 0 year 1, found run 0 year 2/,
    );
    expect((await rejection(readRuns(options(join(dir, "reseeded.csv"))))).message).toMatch(
      /line 8: run 2 has seed 99, but the sweep in manifest.json gives it 13/,
    );
    expect((await rejection(readRuns(options(join(dir, "extra.csv"))))).message).toMatch(
      /line 11: a row after the sweep's last run 2/,
    );
  });

  it("follows each run's own last year when years vary", async () => {
    const short = CSV.split("\n")
      .filter((l) => !l.startsWith('1,1,12,0.5,"p,1",2,'))
      .join("\n");
    const dir = tempDir({ "runs.csv": short });
    const data = await readRuns(options(join(dir, "runs.csv"), { lastYear: (id) => (id === 1 ? 1 : 2) }));
    expect(Array.from(data.values[0]!)).toEqual([3, 4, 9]);
    expect(data.series.get("x")![1]).toHaveLength(2);
  });
});

describe("peekRunsFile and resolveOutputs", () => {
  it("reads the columns and the calendar offset from the first lines", async () => {
    const dir = tempDir({ "runs.csv": CSV, "runs.jsonl": jsonl(CSV) });
    const csv = await peekRunsFile(join(dir, "runs.csv"), "runs.csv", "csv");
    const json = await peekRunsFile(join(dir, "runs.jsonl"), "runs.jsonl", "jsonl");
    expect(csv).toEqual({ columns: json.columns, calendarOffset: 2022 });
    expect(json.calendarOffset).toBe(2022);
  });

  const context = {
    columns: ["run_id", "replicate", "seed", "a", "year", "calendar_year", "x", "y"],
    parameters: ["a"],
    lastYear: { min: 2, max: 2 },
    calendarOffset: 2022,
  };

  it("reads METRIC@YEAR with a simulated year, a calendar year or last, and drops duplicates", () => {
    expect(resolveOutputs(["x@last", "y@1", "x@2024", "x", "y@0"], context)).toEqual([
      { metric: "x", year: "last", label: "x@2" },
      { metric: "y", year: 1, label: "y@1" },
      { metric: "y", year: 0, label: "y@0" },
    ]);
    // x@2024 is x@2, the same output as x@last here.
    expect(resolveOutputs(["x@2024"], context)).toEqual([{ metric: "x", year: 2, label: "x@2" }]);
  });

  it("names an unknown metric, a parameter given as a metric, and a year not in the runs", () => {
    expect(() => resolveOutputs(["z@last"], context)).toThrow(
      '--output: z@last: unknown metric "z"; the runs file has: x, y',
    );
    expect(() => resolveOutputs(["a@1"], context)).toThrow(/a is a parameter of the sweep, not an output/);
    expect(() => resolveOutputs(["x@3"], context)).toThrow(
      '--output: x@3: year 3 is not in the runs (they have years 0–2, calendar years 2022–2024, or "last")',
    );
    expect(() => resolveOutputs(["x@soon"], context)).toThrow(/the year must be a whole number or "last"/);
  });

  it("labels last by the year when every run has the same last year, else as last", () => {
    const varying = { ...context, lastYear: { min: 1, max: 2 } };
    expect(resolveOutputs(["x"], varying)).toEqual([{ metric: "x", year: "last", label: "x@last" }]);
    expect(() => resolveOutputs(["x@2"], varying)).toThrow(/years 0–1 in every run/);
  });
});

describe("helpers", () => {
  it("averages replicates per point and pools their variance", () => {
    const runs = [0, 1, 2, 3].map((runId) => ({
      runId,
      point: runId >> 1,
      replicate: runId & 1,
      seed: 0,
      values: {},
    }));
    const values = Float64Array.from([1, 3, 10, 14]);
    const means = pointMeans(values, runs, 2);
    expect(Array.from(means)).toEqual([2, 12]);
    // ((1−2)² + (3−2)² + (10−12)² + (14−12)²) / (2 points × (2 − 1))
    expect(withinPointVariance(values, runs, means, 2)).toBe(5);
    expect(withinPointVariance(values, runs, means, 1)).toBeNaN();
  });

  it("computes the ensemble band per year with type-7 quantiles", () => {
    const series = Array.from({ length: 21 }, (_, i) => Float64Array.from([i, 2 * i]));
    const band = ensembleBand(series);
    expect(band.map((b) => [b.year, b.runs, b.median])).toEqual([
      [0, 21, 10],
      [1, 21, 20],
    ]);
    expect(band[0]!.lower).toBeCloseTo(1, 12);
    expect(band[0]!.upper).toBeCloseTo(19, 12);
    expect(band[1]!.lower).toBeCloseTo(2, 12);
    expect(band[1]!.upper).toBeCloseTo(38, 12);
  });

  it("writes indices.csv tidy, with empty cells for undefined numbers", () => {
    const csv = indicesCsv([
      { output: "x@2", parameter: "a", index: "S1", value: 0.5, lower: 0.1, upper: 0.9 },
      { output: "x@2", parameter: "", index: "R2", value: Number.NaN, lower: Number.NaN, upper: Number.NaN },
    ]);
    expect(csv).toBe("output,parameter,index,value,lower,upper\nx@2,a,S1,0.5,0.1,0.9\nx@2,,R2,,,\n");
  });
});
