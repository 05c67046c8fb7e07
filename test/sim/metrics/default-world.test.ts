import { readFileSync } from "node:fs";

import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";

import {
  gini,
  maxMinRatio,
  meanPerCapita,
  sigmaLog,
  theil,
  weightedMedian,
  williamson,
} from "../../../sim/metrics/index.js";

/** The default world's columns the metrics read, parsed here so this test does not depend on sim/world. */
function loadDefaultWorld() {
  const text = readFileSync(new URL("../../../configs/worlds/indonesia-2022.csv", import.meta.url), "utf8");
  const rows = csvParse(
    text
      .split(/\r?\n/)
      .filter((line) => !line.startsWith("#"))
      .join("\n"),
  );
  const groups: string[] = [];
  const groupOf = new Int32Array(rows.length);
  const grdp = new Float64Array(rows.length);
  const population = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    const group = row.group ?? "";
    if (!groups.includes(group)) groups.push(group);
    groupOf[i] = groups.indexOf(group);
    grdp[i] = Number(row.grdp);
    population[i] = Number(row.population);
  });
  return { groups, groupOf, grdp, population };
}

describe("year 0 of the default world (shared/data/README.md)", () => {
  const world = loadDefaultWorld();

  it("is the 34 provinces in six island groups", () => {
    expect(world.grdp.length).toBe(34);
    expect(world.groups).toHaveLength(6);
    expect(world.grdp.reduce((sum, value) => sum + value, 0)).toBe(19_144_827);
    expect(world.population.reduce((sum, value) => sum + value, 0) / 1e6).toBeCloseTo(275.72, 2);
  });

  it("has Williamson 0.798", () => {
    expect(williamson(world.grdp, world.population)).toBeCloseTo(0.798, 3);
  });

  it("has Theil T 0.2055, 0.0164 between island groups and 0.1891 within them", () => {
    const result = theil(world.grdp, world.population, world.groupOf, world.groups.length);
    expect(result.total).toBeCloseTo(0.2055, 4);
    expect(result.between).toBeCloseTo(0.0164, 4);
    expect(result.within).toBeCloseTo(0.1891, 4);
    expect(result.between + result.within).toBeCloseTo(result.total, 12);
  });

  it("has a population-weighted Gini of 0.293", () => {
    expect(gini(world.grdp, world.population)).toBeCloseTo(0.293, 3);
  });

  it("has the other dispersion figures computed independently with numpy", () => {
    // numpy: std(ln y, ddof=0) = 0.574595; DKI Jakarta / Nusa Tenggara Timur = 13.836689;
    // ΣY/ΣP = 0.0694357 billion IDR (69.44 million); the median person lives in Bali, y = 0.0560930
    expect(sigmaLog(world.grdp, world.population)).toBeCloseTo(0.574595, 6);
    expect(maxMinRatio(world.grdp, world.population)).toBeCloseTo(13.836689, 6);
    expect(meanPerCapita(world.grdp, world.population) * 1e3).toBeCloseTo(69.43568, 5);
    const perCapita = world.grdp.map((value, i) => value / world.population[i]!);
    expect(weightedMedian(perCapita, world.population) * 1e3).toBeCloseTo(56.093, 5);
  });
});
