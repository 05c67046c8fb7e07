// The run's CSV export against the CLI's own writer: replicate 0's yearly rows, minus the replicate and
// seed columns, are the lines `sinergi run FILE --seed S` writes; region rows match the model's.
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { regionRowsWithProvince } from "../../../cli/region-rows.js";
import { RowEncoder, YEAR_COLUMNS, REGION_COLUMNS, type Row } from "../../../cli/rows.js";
import { parseScenario, parseWorldCsv, runModel } from "../../../sim/index.js";
import { regionCsv, regionCsvColumns, yearlyCsv } from "../../../viz/src/app/run-csv.js";
import type { WorldSource } from "../../../viz/src/run/protocol.js";
import type { RunData } from "../../../viz/src/run/run-data.js";
import { dashboardRun } from "../support/dashboard-run.js";
import { indonesia2022 } from "../../support/worlds.js";

const SCENARIO = { years: 5, seed: 7, policies: { incentiveFund: { budget: 300 } } };

/** A complete run as the page assembles it from the worker's messages. */
const dashboardRunOf = (
  replicates: number,
  world: WorldSource = { kind: "builtin", name: "indonesia-2022" },
): RunData => dashboardRun(world, SCENARIO, replicates);

describe("run CSV export", () => {
  const data = dashboardRunOf(3);
  const cli = runModel(indonesia2022(), parseScenario(SCENARIO), { regions: true });

  it("writes every replicate's years with its replicate and seed, columns in the CLI's order", () => {
    const text = yearlyCsv(data);
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe(["replicate", "seed", ...YEAR_COLUMNS].join(","));
    expect(lines).toHaveLength(1 + 3 * 6);
    const rows = csvParse(text);
    expect(rows.map((row) => `${row.replicate}/${row.seed}/${row.year}`).slice(5, 8)).toEqual([
      "0/7/5",
      "1/8/0",
      "1/8/1",
    ]);
  });

  it("writes replicate 0's rows exactly as sinergi run does", () => {
    const encoder = new RowEncoder("csv", YEAR_COLUMNS);
    const cliLines = cli.years.map((row) => encoder.row(row as unknown as Row).trimEnd());
    const pageLines = yearlyCsv(data)
      .trimEnd()
      .split("\n")
      .slice(1, 7)
      .map((line) => line.replace(/^0,7,/, ""));
    expect(pageLines).toEqual(cliLines);
  });

  it("writes replicate 0's region rows as the CLI does, without the propensities the page lacks", () => {
    const columns = regionCsvColumns(data.domains);
    expect(columns).toEqual(REGION_COLUMNS.filter((column) => !column.startsWith("propensity_")));
    const encoder = new RowEncoder("csv", columns);
    const cliRows = regionRowsWithProvince(cli.regions, indonesia2022());
    const cliLines = cliRows.map((row) => encoder.row(row).trimEnd());
    const pageLines = regionCsv(data).trimEnd().split("\n").slice(1);
    expect(pageLines).toHaveLength(6 * data.regions.length);
    expect(pageLines).toEqual(cliLines);
  });

  it("writes each region's province as the CLI does, for a world that has them", () => {
    // The first 40 regencies of the shipped regency world (Aceh and Sumatera Utara), as a loaded file.
    const lines = readFileSync(
      new URL("../../../configs/worlds/indonesia-regencies-2021.csv", import.meta.url),
      "utf8",
    ).split("\n");
    const text = lines
      .filter((line) => !line.startsWith("#"))
      .slice(0, 41)
      .join("\n");
    const page = dashboardRunOf(1, { kind: "csv", name: "regencies.csv", text });
    const world = parseWorldCsv(text, "regencies.csv");
    const model = runModel(world, parseScenario(SCENARIO), { regions: true });
    const encoder = new RowEncoder("csv", regionCsvColumns(page.domains));
    const cliLines = regionRowsWithProvince(model.regions, world).map((row) => encoder.row(row).trimEnd());
    const pageText = regionCsv(page);
    expect(pageText.trimEnd().split("\n").slice(1)).toEqual(cliLines);
    expect(new Set(csvParse(pageText).map((row) => row["province"]))).toEqual(
      new Set(["Aceh", "Sumatera Utara"]),
    );
  });
});
