import { describe, expect, it } from "vitest";
import { DOMAIN_NAMES, yearColumns } from "../../../sim/index.js";
import {
  domainName,
  formatMetric,
  formatMetricDifference,
  klassenName,
  metricDescription,
  metricName,
  metricUnit,
} from "../../../viz/src/i18n/metric-format.js";

describe("the yearly columns' names", () => {
  it("names, describes and gives a unit for every column the model writes, in both languages", () => {
    for (const column of yearColumns(DOMAIN_NAMES)) {
      for (const lang of ["id", "en"] as const) {
        expect(metricName(column, lang), column).not.toBe(column);
        expect(metricDescription(column, lang), column).not.toBe("");
        expect(metricUnit(column, lang), column).not.toBe("");
      }
    }
  });

  it("falls back to the column's own name for a column it does not know", () => {
    expect(metricName("agreements_water", "id")).toBe("agreements_water");
    expect(metricDescription("agreements_water", "id")).toBe("");
  });
});

describe("formatMetric", () => {
  it("writes each column in its kind", () => {
    expect(formatMetric("williamson", 0.79781, "id")).toBe("0,798");
    expect(formatMetric("grdp_total", 19144827, "id")).toBe("Rp 19.145 triliun");
    expect(formatMetric("policy_cost", 750, "en")).toBe("Rp 750 billion");
    expect(formatMetric("growth_rate", 0.05162, "id")).toBe("5,16%");
    expect(formatMetric("growth_rate", null, "id")).toBe("–");
    expect(formatMetric("grdp_per_capita_mean", 69.43, "en")).toBe("Rp 69.4 million");
    expect(formatMetric("coop_rate_trade", 0.5, "en")).toBe("50%");
    expect(formatMetric("agreements_energy", 7, "id")).toBe("7");
    expect(formatMetric("agreements_total", 99.4, "id")).toBe("99,4");
    expect(formatMetric("calendar_year", 2052, "id")).toBe("2052");
    expect(formatMetric("max_min_ratio", 13.838, "id")).toBe("13,84");
  });

  it("writes differences with their sign", () => {
    expect(formatMetricDifference("williamson", -0.04, "id")).toBe("−0,040");
    expect(formatMetricDifference("policy_cost", 2500, "en")).toBe("+Rp 2.5 trillion");
  });
});

describe("domains and Klassen quadrants", () => {
  it("names the four domains in Indonesian and English", () => {
    expect(DOMAIN_NAMES.map((d) => domainName(d, "id"))).toEqual([
      "Perdagangan",
      "Pariwisata",
      "Pangan",
      "Energi",
    ]);
    expect(DOMAIN_NAMES.map((d) => domainName(d, "en"))).toEqual(["Trade", "Tourism", "Food", "Energy"]);
  });

  it("names the quadrants as Indonesian regional analysis does, and year 0 as undefined", () => {
    expect(klassenName(1, "id")).toBe("Daerah maju dan tumbuh cepat");
    expect(klassenName(4, "id")).toBe("Daerah relatif tertinggal");
    expect(klassenName(2, "en")).toBe("Developed but stagnating");
    expect(klassenName(null, "id")).toBe("Belum ada (tahun 0)");
    expect(klassenName(0, "en")).toBe("Not yet defined (year 0)");
  });
});
