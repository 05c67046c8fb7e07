import { describe, expect, it } from "vitest";
import { DOMAINS, parseScenario, regionColumns, runModel, yearColumns } from "../../../sim/index.js";
import { indonesia2022 } from "../../support/worlds.js";

describe("output columns", () => {
  const names = DOMAINS.map((d) => d.name);
  const result = runModel(indonesia2022(), parseScenario({ years: 2 }), { regions: true });

  it("lists exactly the fields of every year row", () => {
    for (const row of result.years) expect(Object.keys(row).sort()).toEqual(yearColumns(names).sort());
  });

  it("lists exactly the fields of every region row", () => {
    for (const row of result.regions) expect(Object.keys(row).sort()).toEqual(regionColumns(names).sort());
  });
});
