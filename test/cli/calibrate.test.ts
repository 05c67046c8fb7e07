import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { beforeAll, describe, expect, it } from "vitest";
import { parseScenario, parseWorldCsv, runModel } from "../../sim/index.js";
import { expectUserError, listDir, ROOT, sinergi, tempDir } from "./helpers.js";

const WORLD_2010 = join(ROOT, "configs", "worlds", "indonesia-provinces-2010.csv");

/** A short calibration: 2 fitted years, 2 test years, one seed, a pandemic in the second test year. */
const TINY = [
  "calibrate",
  "--fit",
  "2010-2012",
  "--test",
  "2013-2014",
  "--seeds",
  "1",
  "--pandemic",
  "2014",
  "--iterations",
  "3",
  "--quiet",
];

interface FitJson {
  parameters: Array<{ path: string; value: number; standardError: number | null }>;
  inSample: { rmseLogIncome: number; points: number };
  outOfSample: { rmseLogIncome: number };
  pandemic: { year: number; size: number } | null;
  time: unknown;
}

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, "utf8")) as T;

describe("sinergi calibrate", () => {
  let out: string;
  beforeAll(() => {
    out = tempDir();
    const result = sinergi([...TINY, "--out", out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("");
  });

  it("writes the fit, the paths, the indices, the figures and two scenarios", () => {
    expect(listDir(out)).toEqual([
      "fit.json",
      "history-2010.json",
      "indices.csv",
      "indices.svg",
      "paths.csv",
      "projection-2045.json",
      "provinces.svg",
    ]);
    const fit = readJson<FitJson>(join(out, "fit.json"));
    // The default variant: one rate per island group, no β.
    expect(fit.parameters.map((p) => p.path)).toEqual([
      "economy.baseGrowthByGroup.Sumatera",
      "economy.baseGrowthByGroup.Jawa",
      "economy.baseGrowthByGroup.Bali dan Nusa Tenggara",
      "economy.baseGrowthByGroup.Kalimantan",
      "economy.baseGrowthByGroup.Sulawesi",
      "economy.baseGrowthByGroup.Maluku dan Papua",
    ]);
    expect(fit.inSample.points).toBe(33 * 2);
    expect(fit.pandemic!.year).toBe(2014);
    const paths = csvParse(readFileSync(join(out, "paths.csv"), "utf8"));
    expect(paths).toHaveLength(33 * 5);
    // Standalone files: without the SVG namespace a browser shows them as XML, not as a figure.
    for (const figure of ["indices.svg", "provinces.svg"]) {
      expect(readFileSync(join(out, figure), "utf8")).toMatch(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*role="img"/,
      );
    }
  });

  it("writes scenarios that validate, with the fitted parameters", () => {
    const result = sinergi(["validate", join(out, "history-2010.json"), join(out, "projection-2045.json")]);
    expect(result.code, result.stderr).toBe(0);
    const fit = readJson<FitJson>(join(out, "fit.json"));
    const history = readJson<Record<string, unknown>>(join(out, "history-2010.json"));
    const projection = parseScenario(readJson(join(out, "projection-2045.json")));
    expect(history["startYear"]).toBe(2010);
    expect(history["years"]).toBe(4);
    expect(projection.world).toBe("indonesia-2022");
    expect(projection.startYear).toBe(2022);
    expect(projection.years).toBe(23);
    expect(projection.shocks).toEqual([]);
    for (const p of fit.parameters) {
      const group = p.path.replace("economy.baseGrowthByGroup.", "");
      expect(projection.economy.baseGrowthByGroup[group]).toBe(p.value);
    }
  });

  it("the historical scenario replays the simulated paths (one seed: that run)", () => {
    const regions = join(tempDir(), "regions.csv");
    const run = sinergi(["run", join(out, "history-2010.json"), "--regions-out", regions, "--quiet"]);
    expect(run.code, run.stderr).toBe(0);
    const replay = new Map(
      csvParse(readFileSync(regions, "utf8")).map((r) => [
        `${r["id"]}@${r["year"]}`,
        Number(r["grdp_per_capita"]),
      ]),
    );
    for (const row of csvParse(readFileSync(join(out, "paths.csv"), "utf8"))) {
      const t = Number(row["year"]) - 2010;
      const replayed = replay.get(`${row["id"]}@${t}`)!;
      // The replay carries the fitted pandemic shock; before its year the two simulated columns agree.
      expect(replayed).toBeCloseTo(Number(row["simulated_shock_per_capita"]), 9);
      if (t < 4) expect(row["simulated_per_capita"]).toBe(row["simulated_shock_per_capita"]);
    }
  });

  it("is deterministic: the same inputs give the same numbers", () => {
    const again = tempDir();
    expect(sinergi([...TINY, "--out", again]).code).toBe(0);
    const { time: _a, ...first } = readJson<FitJson>(join(out, "fit.json"));
    const { time: _b, ...second } = readJson<FitJson>(join(again, "fit.json"));
    expect(second).toEqual(first);
    for (const file of ["paths.csv", "indices.csv", "history-2010.json", "projection-2045.json"])
      expect(readFileSync(join(again, file), "utf8"), file).toBe(readFileSync(join(out, file), "utf8"));
  });

  it("recovers known parameters from a history the model made itself (cooperation off)", () => {
    const dir = tempDir();
    const truth = {
      Sumatera: 0.041,
      Jawa: 0.056,
      "Bali dan Nusa Tenggara": 0.047,
      Kalimantan: 0.032,
      Sulawesi: 0.068,
      "Maluku dan Papua": 0.052,
    };
    const beta = 0.015;
    // No region ever seeks a partner: the run is the base path alone, so the answer is exact.
    const noCooperation = {
      cooperation: { propensity: { trade: 0, tourism: 0, food: 0, energy: 0 } },
      learning: { rule: "none" },
    };
    writeFileSync(join(dir, "no-cooperation.json"), JSON.stringify(noCooperation));
    const world = parseWorldCsv(readFileSync(WORLD_2010, "utf8"), "world");
    const { regions } = runModel(
      world,
      parseScenario({
        ...noCooperation,
        startYear: 2010,
        years: 5,
        economy: { baseGrowthByGroup: truth, convergence: beta },
      }),
      { regions: true },
    );
    const lines = ["id,name,group,year,population,grdp_constant2010,grdp_current"];
    for (const r of regions)
      lines.push([r.id, `"${r.name}"`, r.group, 2010 + r.year, r.population, r.grdp, r.grdp].join(","));
    writeFileSync(join(dir, "synthetic-history.csv"), lines.join("\n"));

    const result = sinergi([
      "calibrate",
      "--history",
      join(dir, "synthetic-history.csv"),
      "--scenario",
      join(dir, "no-cooperation.json"),
      "--variant",
      "group-beta",
      "--fit",
      "2010-2013",
      "--test",
      "2014-2015",
      "--seeds",
      "1",
      "--pandemic",
      "none",
      "--iterations",
      "20",
      "--quiet",
      "--out",
      join(dir, "out"),
    ]);
    expect(result.code, result.stderr).toBe(0);
    const fit = readJson<FitJson>(join(dir, "out", "fit.json"));
    const expected = [...Object.values(truth), beta];
    fit.parameters.forEach((p, k) => expect(p.value, p.path).toBeCloseTo(expected[k]!, 5));
    expect(fit.inSample.rmseLogIncome).toBeLessThan(1e-6);
    expect(fit.outOfSample.rmseLogIncome).toBeLessThan(1e-6);
  });

  it("rejects bad ranges, seeds and a history that does not match the world, writing nothing", () => {
    const dir = tempDir();
    const target = join(dir, "out");
    expectUserError(
      sinergi(["calibrate", "--fit", "2019-2010", "--out", target]),
      /--fit.*ends \(2010\) before/,
    );
    expectUserError(
      sinergi(["calibrate", "--fit", "2010-2019", "--test", "2015-2016", "--out", target]),
      /--test.*must start after the fit window/,
    );
    expectUserError(sinergi(["calibrate", "--test", "2020-2030", "--out", target]), /outside the years of/);
    expectUserError(sinergi(["calibrate", "--seeds", "a-b", "--out", target]), /--seeds.*expected seeds/);
    expectUserError(
      sinergi(["calibrate", "--world", "indonesia-2022", "--out", target]),
      /region 65 of the world .* has no history/,
    );
    expectUserError(
      sinergi(["calibrate", "--pandemic", "2015", "--out", target]),
      /--pandemic.*a year of --test/,
    );
    expectUserError(sinergi(["calibrate", "--shock-type", "flood", "--out", target]), /--shock-type.*flood/);
    // A projection world given by a file whose name carries no year: the start year cannot be known.
    const yearless = join(tempDir(), "provinces.csv");
    writeFileSync(yearless, readFileSync(join(ROOT, "configs", "worlds", "indonesia-2022.csv"), "utf8"));
    expectUserError(
      sinergi(["calibrate", "--project-world", yearless, "--out", target]),
      /--project-world.*must end in its data year/,
    );
    expect(listDir(dir)).toEqual([]);
  });
});
