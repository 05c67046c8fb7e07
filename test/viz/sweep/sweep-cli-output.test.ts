// The view reads what `sinergi sweep` really writes: the CLI's own test grid, run here in CSV, JSON
// Lines and Parquet, must give the same table, with the documented column roles and the exact numbers.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DOMAIN_NAMES, yearColumns } from "../../../sim/index.js";
import { readSweepFile, readSweepText } from "../../../viz/src/panels/sweep-read.js";
import { defaultSelection, sweepView } from "../../../viz/src/panels/sweep-groups.js";
import type { SweepTable } from "../../../viz/src/panels/sweep-table.js";
import { sinergi, tempDir, TEST_BASE, TEST_GRID } from "../../cli/helpers.js";

let csvText = "";
let csv: SweepTable;
let jsonl: SweepTable;
let parquet: SweepTable;

beforeAll(async () => {
  const dir = tempDir({ "base.json": JSON.stringify(TEST_BASE) });
  writeFileSync(join(dir, "grid.json"), JSON.stringify(TEST_GRID));
  for (const format of ["csv", "jsonl", "parquet"]) {
    const result = sinergi(
      ["sweep", "grid.json", "--out", format, "--format", format, "--workers", "1", "--quiet"],
      {
        cwd: dir,
      },
    );
    expect(result.code, result.stderr).toBe(0);
  }
  csvText = readFileSync(join(dir, "csv", "runs.csv"), "utf8");
  csv = await readSweepText(csvText, "runs.csv");
  jsonl = await readSweepText(readFileSync(join(dir, "jsonl", "runs.jsonl"), "utf8"), "runs.jsonl");
  parquet = await readSweepFile(
    new Blob([readFileSync(join(dir, "parquet", "runs.parquet"))]),
    "runs.parquet",
  );
});

describe("a sweep written by the CLI", () => {
  it("has the grid's parameters, runs, years and every per-year column as an outcome", () => {
    expect(csv.parameters.map((p) => [p.name, p.numbers])).toEqual([
      ["ego.mean", [0.2, 0.5, 0.8]],
      ["policies.incentiveFund.budget", [0, 250]],
    ]);
    expect(csv.runCount).toBe(12);
    expect(csv.rowCount).toBe(48);
    expect(csv.years).toEqual([0, 1, 2, 3]);
    const perYear = yearColumns(DOMAIN_NAMES).filter((c) => c !== "year" && c !== "calendar_year");
    expect(csv.outcomes).toEqual(perYear);
  });

  it("holds exactly the numbers of the file", () => {
    const lines = csvText.trimEnd().split("\n");
    const header = lines[0]!.split(",");
    for (const [row, line] of lines.slice(1).entries()) {
      const cells = line.split(",");
      for (const outcome of ["williamson", "agreements_total", "growth_rate", "policy_cost"]) {
        const cell = cells[header.indexOf(outcome)]!;
        const value = csv.values.get(outcome)![row]!;
        if (cell === "") expect(value).toBeNaN();
        else expect(value).toBe(Number(cell));
      }
      expect(csv.seed[row]).toBe(Number(cells[2]));
    }
  });

  it("reads the same from JSON Lines as from CSV", () => {
    expect(jsonl.columns).toEqual(csv.columns);
    expect(jsonl.parameters).toEqual(csv.parameters);
    expect(jsonl.values).toEqual(csv.values);
    expect(jsonl.seed).toEqual(csv.seed);
  });

  it("reads the same from Parquet as from CSV (typed columns, nulls where CSV has empty cells)", () => {
    expect(parquet.columns).toEqual(csv.columns);
    expect(parquet.parameters).toEqual(csv.parameters);
    expect(parquet.values).toEqual(csv.values);
    expect(parquet.seed).toEqual(csv.seed);
    expect(parquet.years).toEqual(csv.years);
    expect(parquet.calendarYears).toEqual(csv.calendarYears);
  });

  it("groups the last year's runs by ego: 2 budgets × 2 replicates per value", () => {
    const view = sweepView(csv, defaultSelection(csv));
    expect(view.groups.map((g) => [g.value, g.n])).toEqual([
      ["0.2", 4],
      ["0.5", 4],
      ["0.8", 4],
    ]);
  });
});
