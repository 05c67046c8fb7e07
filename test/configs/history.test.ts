import { readFileSync } from "node:fs";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import {
  defaultScenario,
  disparity,
  groupIndices,
  historyYear,
  parseHistoryCsv,
  parseWorldCsv,
  runModel,
} from "../../sim/index.js";
import { buildHistoryFiles } from "../../scripts/data/history-world.js";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const WORLD_2010 = "configs/worlds/indonesia-provinces-2010.csv";
const HISTORY = "configs/history/indonesia-provinces-2010-2023.csv";

/** The rows of data/bps/disparity-2010-2023.csv, as published with the source data. */
const published = csvParse(read("data/bps/disparity-2010-2023.csv"));
function publishedRow(year: number, basis: string, prices: string) {
  const row = published.find(
    (r) => r["year"] === String(year) && r["unit_basis"] === basis && r["price_basis"] === prices,
  );
  if (!row) throw new Error(`no row ${year} ${basis} ${prices}`);
  return {
    williamson: Number(row["williamson_w"]),
    theil: Number(row["theil_T"]),
    theilBetween: Number(row["theil_between_6groups"]),
    theilWithin: Number(row["theil_within_6groups"]),
    population: Number(row["population_total"]),
  };
}

/** Equal to the CSV's 6 decimals: the computed value rounds to the published one. */
function expectSixDecimals(computed: number, publishedValue: number, label: string) {
  expect(Math.abs(computed - publishedValue), label).toBeLessThanOrEqual(5e-7 + 1e-12);
}

const BASIS_33 = "33units_kaltim_kaltara_merged";

describe("the historical world and the observed history", () => {
  it("are exactly what data/bps gives (npm run data:history)", () => {
    const built = buildHistoryFiles({
      series: read("data/bps/provinces-2010-2023.csv"),
      provinces2022: read("data/bps/provinces-2022.csv"),
    });
    expect(read(WORLD_2010)).toBe(built.world);
    expect(read(HISTORY)).toBe(built.history);
  });

  it("the 2010 world's year 0 gives the 2010 row of the 33-unit disparity series", () => {
    const world = parseWorldCsv(read(WORLD_2010), WORLD_2010);
    expect(world.size).toBe(33);
    expect(world.groups).toHaveLength(6);
    const [year0] = runModel(world, { ...defaultScenario(), startYear: 2010, years: 1 }).years;
    const expected = publishedRow(2010, BASIS_33, "constant2010");
    expectSixDecimals(year0!.williamson, expected.williamson, "williamson");
    expectSixDecimals(year0!.theil, expected.theil, "theil");
    expectSixDecimals(year0!.theil_between, expected.theilBetween, "between");
    expectSixDecimals(year0!.theil_within, expected.theilWithin, "within");
    expect(year0!.population_total).toBe(expected.population);
  });

  it("every year of the history gives the 33-unit rows at constant and at current prices", () => {
    const history = parseHistoryCsv(read(HISTORY), HISTORY);
    expect(history.ids).toHaveLength(33);
    expect([history.firstYear, history.lastYear]).toEqual([2010, 2023]);
    const { groupOf, names } = groupIndices(history.groups);
    expect(names).toHaveLength(6);
    for (let year = 2010; year <= 2023; year++) {
      for (const [prices, basis] of [
        ["constant", "constant2010"],
        ["current", "current"],
      ] as const) {
        const { grdp, population } = historyYear(history, year, prices);
        const computed = disparity(grdp, population, groupOf, names.length);
        const expected = publishedRow(year, BASIS_33, basis);
        for (const key of ["williamson", "theil", "theilBetween", "theilWithin"] as const)
          expectSixDecimals(computed[key], expected[key], `${year} ${prices} ${key}`);
        expect(population.reduce((a, b) => a + b, 0)).toBe(expected.population);
      }
    }
  });

  it("the default world indonesia-2022 gives the 2022 row of the 34-province series at current prices", () => {
    // The world is built from provinces-2022.csv, a later BPS release of the 2022 figures than the series
    // (revisions of up to 0.3% of a province's GRDP, e.g. Aceh), so it matches to 10⁻⁴, not to 6 decimals.
    const world = parseWorldCsv(read("configs/worlds/indonesia-2022.csv"), "indonesia-2022");
    const computed = disparity(world.grdp, world.population, world.groupOf, world.groups.length);
    const expected = publishedRow(2022, "34prov", "current");
    for (const key of ["williamson", "theil", "theilBetween", "theilWithin"] as const)
      expect(Math.abs(computed[key] - expected[key]), key).toBeLessThan(1e-4);
  });
});
