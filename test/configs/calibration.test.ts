import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../sim/index.js";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

interface FitJson {
  variant: string;
  fit: string;
  test: string;
  parameters: Array<{ path: string; value: number }>;
  inSample: { rmseLogIncome: number };
  outOfSample: { rmseLogIncome: number };
  pandemic: { year: number; type: string; size: number };
}

/**
 * The committed calibration is one output of `sinergi calibrate --out docs/validation --scenarios-dir
 * configs/scenarios`: the two scenarios must carry the parameters and the statistics of the committed fit.json,
 * so that a re-run that was only partly committed, or a hand edit, shows up here.
 */
describe("the committed calibration", () => {
  const fit = JSON.parse(read("docs/validation/fit.json")) as FitJson;
  const history = parseScenario(JSON.parse(read("configs/scenarios/history-2010.json")), "history-2010.json");
  const projection = parseScenario(
    JSON.parse(read("configs/scenarios/projection-2045.json")),
    "projection-2045.json",
  );

  it("puts the fitted parameters in both scenarios", () => {
    expect(fit.parameters.length).toBeGreaterThan(0);
    for (const scenario of [history, projection]) {
      for (const { path, value } of fit.parameters) {
        const [, field, group] = path.split(".");
        const economy = scenario.economy as unknown as Record<string, unknown>;
        const actual =
          group === undefined ? economy[field!] : (economy[field!] as Record<string, number>)[group];
        expect(actual, path).toBe(value);
      }
    }
  });

  it("replays the history from the 2010 world with the fitted 2020 shock, and projects from 2022 to 2045", () => {
    expect(history.world).toBe("indonesia-provinces-2010");
    expect([history.startYear, history.startYear + history.years]).toEqual([2010, 2023]);
    expect(history.shocks).toEqual([
      {
        type: fit.pandemic.type,
        year: fit.pandemic.year - 2010,
        duration: 1,
        regions: ["all"],
        size: fit.pandemic.size,
      },
    ]);
    expect(projection.world).toBe("indonesia-2022");
    expect([projection.startYear, projection.startYear + projection.years]).toEqual([2022, 2045]);
    expect(projection.shocks).toEqual([]);
  });

  it("states the fit statistics of fit.json in both descriptions", () => {
    for (const scenario of [history, projection]) {
      expect(scenario.description).toContain(
        `RMSE of ln per-capita GRDP ${fit.inSample.rmseLogIncome.toFixed(3)}`,
      );
      expect(scenario.description).toContain(
        `RMSE ln PDRB per kapita ${fit.inSample.rmseLogIncome.toFixed(3)}`,
      );
      expect(scenario.description).toContain(
        `${fit.outOfSample.rmseLogIncome.toFixed(3)} out of sample ${fit.test}`,
      );
    }
  });
});
