import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../sim/input-error.js";
import { SECTORS, buildWorld, parseWorldCsv } from "../../../sim/world/index.js";
import { theil, williamson } from "./disparity.js";

const DEFAULT_WORLD = "configs/worlds/indonesia-2022.csv";
const defaultText = readFileSync(new URL(`../../../${DEFAULT_WORLD}`, import.meta.url), "utf8");

const HEADER =
  "id,name,group,lat,lon,population,grdp,share_agriculture,share_mining,share_manufacturing,share_trade,share_accommodation";
const ROW_A = "a,Alpha,West,-6.2,106.8,1000000,50000,0.1,0.1,0.2,0.2,0.05";
const ROW_B = "b,Beta,East,-7.25,112.75,2000000,80000,0.2,0.05,0.3,0.1,0.02";

/** Runs `parse` and returns the InputError it must throw. */
function inputError(parse: () => unknown): InputError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError, but parsing succeeded");
}

function parseLines(...lines: string[]) {
  return parseWorldCsv(lines.join("\n"), "test.csv");
}

/** A two-region file whose second data row (file line 3) has `column` set to `value`. */
function withCell(column: string, value: string) {
  const columns = HEADER.split(",");
  const cells = ROW_B.split(",");
  cells[columns.indexOf(column)] = value;
  return () => parseLines(HEADER, ROW_A, cells.join(","));
}

describe("parseWorldCsv on the default world", () => {
  const world = parseWorldCsv(defaultText, DEFAULT_WORLD);

  it("reads the 34 provinces in six island groups, in order of first appearance", () => {
    expect(world.size).toBe(34);
    expect(world.groups).toEqual([
      "Sumatera",
      "Jawa",
      "Bali dan Nusa Tenggara",
      "Kalimantan",
      "Sulawesi",
      "Maluku dan Papua",
    ]);
    expect(world.ids[10]).toBe("31");
    expect(world.names[10]).toBe("DKI Jakarta");
    expect(world.groups[world.groupOf[10]!]).toBe("Jawa");
    expect(world.source).toBe(DEFAULT_WORLD);
  });

  it("has the totals of the BPS data", () => {
    const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
    expect(sum(world.grdp)).toBe(19_144_827);
    expect(Math.abs(sum(world.population) / 1e6 - 275.72)).toBeLessThanOrEqual(0.01);
  });

  it("reproduces the disparity figures of the data README", () => {
    expect(williamson(world)).toBeCloseTo(0.798, 3);
    const t = theil(world);
    expect(t.total).toBeCloseTo(0.2055, 4);
    expect(t.between).toBeCloseTo(0.0164, 4);
  });

  it("stores sector shares row-major and leaves absent model columns NaN", () => {
    // Kalimantan Timur: mining 0.5318, manufacturing 0.1504.
    const i = world.ids.indexOf("64");
    expect(world.sectorShares[i * SECTORS.length + SECTORS.indexOf("mining")]).toBe(0.5318);
    expect(world.sectorShares[i * SECTORS.length + SECTORS.indexOf("manufacturing")]).toBe(0.1504);
    expect(world.capacity.every(Number.isNaN)).toBe(true);
    expect(world.ego.every(Number.isNaN)).toBe(true);
    expect(world.populationGrowth.every(Number.isNaN)).toBe(true);
  });
});

describe("parseWorldCsv on well-formed variants", () => {
  it("skips comment and blank lines, BOM and CRLF, and ignores informational columns", () => {
    const text =
      "\uFEFF# a comment\r\n   # an indented comment\r\n\r\n" +
      `${HEADER},capital,area_km2,estimated,note,source\r\n` +
      `${ROW_A},Kota A,123.4,yes,"a note, with a comma",BPS\r\n` +
      `${ROW_B},,,,,\r\n`;
    const world = parseWorldCsv(text, "t.csv");
    expect(world.ids).toEqual(["a", "b"]);
    expect(world.groups).toEqual(["West", "East"]);
    expect(Array.from(world.population)).toEqual([1_000_000, 2_000_000]);
  });

  it("reads optional model columns, blank cells as NaN", () => {
    const world = parseLines(
      `${HEADER},capacity,ego,population_growth`,
      `${ROW_A},0.4,0.7,0.012`,
      `${ROW_B},,,`,
    );
    expect(world.capacity[0]).toBe(0.4);
    expect(world.ego[0]).toBe(0.7);
    expect(world.populationGrowth[0]).toBe(0.012);
    expect(world.capacity[1]).toBeNaN();
    expect(world.ego[1]).toBeNaN();
    expect(world.populationGrowth[1]).toBeNaN();
  });

  it("carries a province column into the world, a blank cell as an empty name", () => {
    const world = parseLines(`${HEADER},province`, `${ROW_A}, Jawa Barat `, `${ROW_B},`);
    expect(world.provinces).toEqual(["Jawa Barat", ""]);
  });

  it("has no provinces when the file has no province column", () => {
    expect(parseLines(HEADER, ROW_A, ROW_B)).not.toHaveProperty("provinces");
  });

  it("carries the estimate notes for display, blank where the figures are as published", () => {
    const world = parseLines(`${HEADER},estimated`, `${ROW_A},"grdp: per capita x population"`, `${ROW_B},`);
    expect(world.estimated).toEqual(["grdp: per capita x population", ""]);
    expect(parseLines(HEADER, ROW_A, ROW_B)).not.toHaveProperty("estimated");
  });

  it("accepts shares that add up to 1 within rounding", () => {
    const world = withCell("share_accommodation", "0.35000001")();
    expect(world.size).toBe(2);
  });

  it("accepts columns in any order", () => {
    const columns = HEADER.split(",");
    const reorder = (line: string) => {
      const cells = line.split(",");
      return [...cells.slice(3), ...cells.slice(0, 3)].join(",");
    };
    const world = parseLines(reorder(columns.join(",")), reorder(ROW_A), reorder(ROW_B));
    expect(world.ids).toEqual(["a", "b"]);
    expect(world.lat[1]).toBe(-7.25);
  });
});

describe("parseWorldCsv rejects bad input with an InputError naming the place", () => {
  it("a missing required column", () => {
    const header = HEADER.replace(",grdp", "");
    const row = (r: string) => r.split(",").toSpliced(6, 1).join(",");
    const error = inputError(() => parseLines("# c", header, row(ROW_A), row(ROW_B)));
    expect(error.source).toBe("test.csv");
    expect(error.field).toBe("header (line 2)");
    expect(error.problem).toMatch(/missing required column grdp/);
  });

  it("an unknown column, with a suggestion for a typo", () => {
    const error = inputError(() => parseLines(`${HEADER},capacty`, `${ROW_A},0.5`, `${ROW_B},0.5`));
    expect(error.field).toBe("header (line 1), column capacty");
    expect(error.problem).toMatch(/unknown column "capacty" \(did you mean "capacity"\?\)/);
  });

  it("a column given twice", () => {
    const error = inputError(() => parseLines(`${HEADER},ego,ego`, `${ROW_A},0.5,0.5`, `${ROW_B},0.5,0.5`));
    expect(error.field).toBe("header (line 1), column ego");
    expect(error.problem).toMatch(/twice/);
  });

  it("an empty number cell", () => {
    const error = inputError(withCell("grdp", ""));
    expect(error.field).toBe("line 3 (id b), column grdp");
    expect(error.problem).toMatch(/empty/);
  });

  it.each([["abc"], ["0x10"], ["Infinity"], ["12.5.1"]])("a non-numeric cell %s", (value) => {
    const error = inputError(withCell("population", value));
    expect(error.field).toBe("line 3 (id b), column population");
    expect(error.problem).toMatch(/is not a number/);
  });

  it("a decimal comma, with a hint", () => {
    const error = inputError(withCell("share_trade", '"0,1"'));
    expect(error.field).toBe("line 3 (id b), column share_trade");
    expect(error.problem).toMatch(/decimal separator/);
  });

  it.each([
    ["population", "0"],
    ["population", "-5"],
    ["grdp", "0"],
    ["grdp", "-1e3"],
  ])("%s = %s (must be > 0)", (column, value) => {
    const error = inputError(withCell(column, value));
    expect(error.field).toBe(`line 3 (id b), column ${column}`);
    expect(error.problem).toMatch(/greater than 0/);
  });

  it.each([
    ["lat", "90.5"],
    ["lat", "-91"],
    ["lon", "180.01"],
    ["lon", "-190"],
  ])("%s = %s (out of range)", (column, value) => {
    const error = inputError(withCell(column, value));
    expect(error.field).toBe(`line 3 (id b), column ${column}`);
    expect(error.problem).toMatch(/between/);
  });

  it.each([
    ["share_mining", "1.2"],
    ["share_agriculture", "-0.01"],
    ["share_trade", "15"],
  ])("%s = %s (a share outside [0, 1])", (column, value) => {
    const error = inputError(withCell(column, value));
    expect(error.field).toBe(`line 3 (id b), column ${column}`);
    expect(error.problem).toMatch(/between 0 and 1/);
  });

  it("shares that add up to more than 1", () => {
    const error = inputError(withCell("share_manufacturing", "0.9"));
    expect(error.field).toMatch(/^line 3 \(id b\), columns share_agriculture, share_mining/);
    expect(error.problem).toMatch(/add up to 1\.27, more than 1/);
  });

  it.each([
    ["capacity", "1.5", "between 0 and 1"],
    ["ego", "-0.1", "between 0 and 1"],
    ["population_growth", "0.2", "between -0.1 and 0.1"],
    ["ego", "high", "is not a number"],
  ])("optional %s = %s", (column, value, problem) => {
    const error = inputError(() => parseLines(`${HEADER},${column}`, `${ROW_A},`, `${ROW_B},${value}`));
    expect(error.field).toBe(`line 3 (id b), column ${column}`);
    expect(error.problem).toMatch(problem);
  });

  it("a duplicate id, naming both lines", () => {
    const error = inputError(() => parseLines(HEADER, ROW_A, "", ROW_A.replace("Alpha", "Alpha again")));
    expect(error.field).toBe("line 4 (id a), column id");
    expect(error.problem).toMatch(/duplicate id "a" \(already used by line 2 \(id a\)\)/);
  });

  it.each([["id"], ["name"], ["group"]])("an empty %s", (column) => {
    const error = inputError(withCell(column, "  "));
    expect(error.field).toMatch(new RegExp(`^line 3.*, column ${column}$`));
    expect(error.problem).toMatch(/is empty/);
  });

  it("fewer than 2 regions", () => {
    expect(inputError(() => parseLines(HEADER, ROW_A)).problem).toMatch(/at least 2 regions.*only 1/);
    expect(inputError(() => parseLines("# only a comment", HEADER)).problem).toMatch(
      /at least 2 regions.*none/,
    );
    expect(inputError(() => parseLines("# nothing but comments", "")).problem).toMatch(/no header/);
  });

  it("a row with too few or too many cells", () => {
    const short = inputError(() => parseLines(HEADER, ROW_A, ROW_B.replace(",0.02", "")));
    expect(short.field).toBe("line 3 (id b)");
    expect(short.problem).toMatch(/has 11 cells but the header has 12 columns/);
    const long = inputError(() => parseLines(HEADER, `${ROW_A},9`, ROW_B));
    expect(long.field).toBe("line 2 (id a)");
  });

  it("counts comment lines and multi-line quoted cells in line numbers", () => {
    const text = [
      "# comment 1",
      "# comment 2",
      `${HEADER},note`,
      `${ROW_A},"a note over`,
      "# two lines, not a comment",
      `three lines"`,
      "",
      "# comment 3",
      `${ROW_B.replace("80000", "-80000")},`,
    ].join("\n");
    const error = inputError(() => parseWorldCsv(text, "t.csv"));
    expect(error.field).toBe("line 9 (id b), column grdp");
    expect(error.message).toBe("t.csv: line 9 (id b), column grdp: must be greater than 0 (got -80000)");
  });
});

describe("buildWorld", () => {
  const row = {
    id: "x",
    name: "X",
    group: "G",
    lat: 0,
    lon: 100,
    population: 1,
    grdp: 1,
    share_agriculture: 0.2,
    share_mining: 0.2,
    share_manufacturing: 0.2,
    share_trade: 0.2,
    share_accommodation: 0.2,
  };

  it("names rows by position and id when no labels are given", () => {
    const error = inputError(() => buildWorld([row, { ...row, id: "y", grdp: Number.NaN }], "rows"));
    expect(error.field).toBe("row 2 (id y), column grdp");
    expect(error.problem).toMatch(/must be a number/);
  });

  it("gives every region a province once any row names one", () => {
    const world = buildWorld([row, { ...row, id: "y", province: "P" }], "rows");
    expect(world.provinces).toEqual(["", "P"]);
    expect(buildWorld([row, { ...row, id: "y" }], "rows").provinces).toBeUndefined();
  });

  it("treats an absent or NaN optional value as not given", () => {
    const world = buildWorld([row, { ...row, id: "y", capacity: Number.NaN, ego: 0.3 }], "rows");
    expect(world.capacity[1]).toBeNaN();
    expect(world.ego[1]).toBe(0.3);
    expect(world.ego[0]).toBeNaN();
  });
});
