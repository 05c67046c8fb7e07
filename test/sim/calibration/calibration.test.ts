import { describe, expect, it } from "vitest";
import {
  alignHistory,
  calibrationParameters,
  defaultScenario,
  fitStatistics,
  parseHistoryCsv,
  withParameters,
  type Paths,
} from "../../../sim/index.js";
import { smallWorld } from "../../support/worlds.js";

const HEADER = "id,name,group,year,population,grdp_constant2010,grdp_current";

describe("parseHistoryCsv", () => {
  it("reads a long-format history, skipping comments, region-major by year", () => {
    const history = parseHistoryCsv(
      [
        "# a comment",
        HEADER,
        "b,B,G2,2011,20,4,5",
        "a,A,G1,2010,10,1,1",
        "a,A,G1,2011,11,2,3",
        "",
        "b,B,G2,2010,19,3,3",
      ].join("\n"),
      "h.csv",
    );
    expect(history.ids).toEqual(["b", "a"]);
    expect(history.groups).toEqual(["G2", "G1"]);
    expect([history.firstYear, history.lastYear]).toEqual([2010, 2011]);
    expect(Array.from(history.population)).toEqual([19, 20, 10, 11]);
    expect(Array.from(history.grdpConstant)).toEqual([3, 4, 1, 2]);
    expect(Array.from(history.grdpCurrent)).toEqual([3, 5, 1, 3]);
  });

  it("names the line, the column or the region of each mistake", () => {
    const parse =
      (...lines: string[]) =>
      () =>
        parseHistoryCsv([HEADER, ...lines].join("\n"), "h.csv");
    expect(parse("a,A,G,2010,0,1,1")).toThrow(/h\.csv: line 2, column population: must be a number above 0/);
    expect(parse("a,A,G,2010,10,1,1e")).toThrow(/line 2, column grdp_current/);
    expect(parse("a,A,G,10,10,1,1")).toThrow(/line 2, column year: must be a year/);
    expect(parse("a,A,G,2010,10,1,1", "a,A,G,2010,10,1,1")).toThrow(/id a: has the year 2010 more than once/);
    expect(parse("a,A,G,2010,10,1,1", "a,A,G,2012,10,1,1")).toThrow(/id a: has no line for 2011/);
    expect(() => parseHistoryCsv("id,name,group,year\n", "h.csv")).toThrow(/missing column population/);
  });
});

describe("alignHistory", () => {
  const world = smallWorld([
    { id: "x", group: "A", population: 100, grdp: 10 },
    { id: "y", group: "B", population: 200, grdp: 30 },
  ]);
  const history = (rows: string[]) => parseHistoryCsv([HEADER, ...rows].join("\n"), "h.csv");

  it("maps the world's regions to the history's units", () => {
    const unitOf = alignHistory(
      history([
        "y,Y,B,2010,200,30,30",
        "x,X,A,2010,100,10,10",
        "y,Y,B,2011,210,31,32",
        "x,X,A,2011,101,11,12",
      ]),
      world,
      2010,
    );
    expect(Array.from(unitOf)).toEqual([1, 0]);
  });

  it("rejects missing regions, other groups and other start figures", () => {
    expect(() => alignHistory(history(["x,X,A,2010,100,10,10"]), world, 2010)).toThrow(
      /region y .* has no history/,
    );
    expect(() =>
      alignHistory(history(["x,X,A,2010,100,10,10", "y,Y,A,2010,200,30,30"]), world, 2010),
    ).toThrow(/id y: is in group "A" but in "B"/);
    expect(() =>
      alignHistory(history(["x,X,A,2010,100,10,10", "y,Y,B,2010,200,31,30"]), world, 2010),
    ).toThrow(/id y: 2010 population or GRDP differs/);
  });
});

describe("withParameters", () => {
  const base = defaultScenario();
  const groups = ["A", "B"];

  it("puts each variant's values in place and owns the base path", () => {
    const withBeta = withParameters(base, "group-beta", groups, [0.01, 0.02, 0.03]);
    expect(withBeta.economy.baseGrowthByGroup).toEqual({ A: 0.01, B: 0.02 });
    expect(withBeta.economy.convergence).toBe(0.03);
    const national = withParameters(base, "national-beta", groups, [0.04, 0.01]);
    expect([national.economy.baseGrowth, national.economy.convergence]).toEqual([0.04, 0.01]);
    expect(national.economy.baseGrowthByGroup).toEqual({});
    const noBeta = withParameters(
      { ...base, economy: { ...base.economy, convergence: 0.2 } },
      "group",
      groups,
      [0.05, 0.06],
    );
    expect(noBeta.economy.convergence).toBe(0);
    expect(calibrationParameters("group", groups, base).map((p) => p.path)).toEqual([
      "economy.baseGrowthByGroup.A",
      "economy.baseGrowthByGroup.B",
    ]);
    expect(() => withParameters(base, "group", groups, [0.05])).toThrow(RangeError);
  });
});

describe("fitStatistics", () => {
  const disparity = (w: number) => ({ williamson: w, theil: 0, theilBetween: 0, theilWithin: 0 });
  // Two regions, years 0–2.
  const observed: Paths = {
    years: 2,
    logIncome: Float64Array.from([0, 1, 2, 0, 1, 2]),
    indices: [disparity(0.5), disparity(0.5), disparity(0.5)],
  };
  const simulated: Paths = {
    years: 2,
    logIncome: Float64Array.from([0, 1.1, 2.3, 0, 0.9, 2]),
    indices: [disparity(0.5), disparity(0.6), disparity(0.3)],
  };

  it("gives the RMSE and mean error of ln income and of each index over the years asked", () => {
    const stats = fitStatistics(simulated, observed, 1, 2);
    expect(stats.points).toBe(4);
    // Residuals 0.1, 0.3, −0.1, 0.
    expect(stats.rmseLogIncome).toBeCloseTo(Math.sqrt((0.01 + 0.09 + 0.01) / 4), 12);
    expect(stats.meanErrorLogIncome).toBeCloseTo(0.3 / 4, 12);
    expect(stats.indices.williamson.rmse).toBeCloseTo(Math.sqrt((0.01 + 0.04) / 2), 12);
    expect(stats.indices.williamson.meanError).toBeCloseTo(-0.05, 12);
    const year1 = fitStatistics(simulated, observed, 1, 1);
    expect(year1.rmseLogIncome).toBeCloseTo(0.1, 12);
    expect(() => fitStatistics(simulated, observed, 1, 3)).toThrow(RangeError);
  });
});
