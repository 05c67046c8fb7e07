import { describe, expect, it } from "vitest";
import { axisFormat } from "../../../viz/src/panels/compare-axis.js";

describe("axis labels", () => {
  it("give an index as many decimals as its tick step needs, never fewer than three", () => {
    // A Gini axis over 0.2925–0.2935 steps by 0.0002: four decimals tell its ticks apart.
    const narrow = axisFormat("gini", [0.2925, 0.2935], { lang: "id" });
    expect([0.2926, 0.2928].map(narrow)).toEqual(["0,2926", "0,2928"]);
    const wide = axisFormat("williamson", [0.7, 0.85], { lang: "en" });
    expect(wide(0.75)).toBe("0.750");
  });

  it("sign a difference, and keep zero unsigned", () => {
    const difference = axisFormat("williamson", [0, 0.0021], { signed: true, lang: "en" });
    expect([-0.0005, 0, 0.0015].map(difference)).toEqual(["−0.0005", "0.0000", "+0.0015"]);
  });

  it("leave money and percentages in their own writing, and ignore missing values", () => {
    expect(axisFormat("policy_cost", [0, 500], { lang: "id" })(500)).toBe("Rp 500 miliar");
    expect(axisFormat("growth_rate", [null, 0.05, NaN], { lang: "en" })(0.0512)).toBe("5.12%");
    expect(axisFormat("agreements_total", [null, 80, 120], { lang: "en" })(100)).toBe("100");
  });
});
