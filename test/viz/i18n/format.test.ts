import { afterEach, describe, expect, it } from "vitest";
import {
  formatIndex,
  formatNumber,
  formatPercent,
  formatPerCapita,
  formatRupiah,
  formatSigned,
  formatYear,
} from "../../../viz/src/i18n/format.js";
import { setLang } from "../../../viz/src/i18n/i18n.js";

afterEach(() => setLang("id", { remember: false }));

describe("formatNumber", () => {
  it("uses comma decimals and dot thousands in Indonesian, the reverse in English", () => {
    expect(formatNumber(19144827.25, {}, "id")).toBe("19.144.827,25");
    expect(formatNumber(19144827.25, {}, "en")).toBe("19,144,827.25");
  });

  it("rounds to the digits asked and keeps the minimum asked", () => {
    expect(formatNumber(3.14159, { digits: 3 }, "id")).toBe("3,142");
    expect(formatNumber(2, { digits: 2, minDigits: 2 }, "en")).toBe("2.00");
    expect(formatNumber(2.5, { digits: 0 }, "en")).toBe("3");
  });

  it("writes negatives with a true minus sign", () => {
    expect(formatNumber(-1234.5, { digits: 1 }, "id")).toBe("−1.234,5");
    expect(formatNumber(-0.25, {}, "en")).toBe("−0.25");
  });

  it("shows a dash for a missing value", () => {
    for (const missing of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatNumber(missing, {}, "id")).toBe("–");
    }
  });

  it("follows the current language when none is given", () => {
    setLang("en", { remember: false });
    expect(formatNumber(1.5)).toBe("1.5");
    setLang("id", { remember: false });
    expect(formatNumber(1.5)).toBe("1,5");
  });
});

describe("formatPercent", () => {
  it("formats a share as a percentage", () => {
    expect(formatPercent(0.0516, 2, "id")).toBe("5,16%");
    expect(formatPercent(0.0516, 2, "en")).toBe("5.16%");
    expect(formatPercent(0.05, 1, "id")).toBe("5,0%");
    expect(formatPercent(-0.0012, 2, "en")).toBe("−0.12%");
    expect(formatPercent(null, 2, "en")).toBe("–");
  });
});

describe("formatRupiah", () => {
  it("chooses miliar or triliun", () => {
    expect(formatRupiah(750, "id")).toBe("Rp 750 miliar");
    expect(formatRupiah(750, "en")).toBe("Rp 750 billion");
    expect(formatRupiah(14700, "id")).toBe("Rp 14,7 triliun");
    expect(formatRupiah(14700, "en")).toBe("Rp 14.7 trillion");
    expect(formatRupiah(2.5, "id")).toBe("Rp 2,5 miliar");
  });

  it("states national totals in triliun with thousands separators", () => {
    expect(formatRupiah(19144827, "id")).toBe("Rp 19.145 triliun");
    expect(formatRupiah(19144827, "en")).toBe("Rp 19,145 trillion");
  });

  it("goes down to juta below one miliar", () => {
    expect(formatRupiah(0.2, "id")).toBe("Rp 200 juta");
    expect(formatRupiah(0.2, "en")).toBe("Rp 200 million");
  });

  it("moves to the larger unit at the rounding edge instead of writing 1.000", () => {
    expect(formatRupiah(999.7, "id")).toBe("Rp 1 triliun");
    expect(formatRupiah(0.9997, "en")).toBe("Rp 1 billion");
  });

  it("handles zero, negatives and missing values", () => {
    expect(formatRupiah(0, "id")).toBe("Rp 0");
    expect(formatRupiah(-0, "en")).toBe("Rp 0");
    expect(formatRupiah(-2500, "id")).toBe("−Rp 2,5 triliun");
    expect(formatRupiah(-40, "en")).toBe("−Rp 40 billion");
    expect(formatRupiah(Number.NaN, "id")).toBe("–");
  });
});

describe("formatPerCapita", () => {
  it("writes million rupiah per person with one decimal", () => {
    expect(formatPerCapita(62.31, "id")).toBe("Rp 62,3 juta");
    expect(formatPerCapita(62.31, "en")).toBe("Rp 62.3 million");
    expect(formatPerCapita(312, "id")).toBe("Rp 312,0 juta");
    expect(formatPerCapita(null, "en")).toBe("–");
  });
});

describe("formatIndex", () => {
  it("always shows three decimals", () => {
    expect(formatIndex(0.7978, "id")).toBe("0,798");
    expect(formatIndex(0.7978, "en")).toBe("0.798");
    expect(formatIndex(0.2, "en")).toBe("0.200");
  });
});

describe("formatSigned", () => {
  it("always shows the sign of a difference, with a true minus", () => {
    expect(formatSigned(-0.04, (v) => formatIndex(v, "id"))).toBe("−0,040");
    expect(formatSigned(0.012, (v) => formatIndex(v, "en"))).toBe("+0.012");
    expect(formatSigned(-2500, (v) => formatRupiah(v, "id"))).toBe("−Rp 2,5 triliun");
  });

  it("shows no sign for zero or for a difference that rounds to zero", () => {
    expect(formatSigned(0, (v) => formatIndex(v, "en"))).toBe("0.000");
    expect(formatSigned(-0.0001, (v) => formatIndex(v, "en"))).toBe("0.000");
    expect(formatSigned(Number.NaN, (v) => formatIndex(v, "en"))).toBe("–");
  });
});

describe("formatYear", () => {
  it("writes a year without a thousands separator", () => {
    expect(formatYear(2052, "id")).toBe("2052");
    expect(formatYear(2052, "en")).toBe("2052");
    expect(formatYear(null, "id")).toBe("–");
  });
});
