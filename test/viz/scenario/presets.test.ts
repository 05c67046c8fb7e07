import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../../sim/index.js";
import { PRESETS, splitQuestion } from "../../../viz/src/scenario/presets.js";

const folder = new URL("../../../configs/scenarios/", import.meta.url);
const fileNames = readdirSync(folder).filter((name) => name.endsWith(".json"));

describe("PRESETS", () => {
  it("holds every scenario of configs/scenarios, baseline first, then by name", () => {
    expect(PRESETS.map((p) => p.name)).toEqual([
      "baseline",
      ...fileNames
        .map((name) => name.replace(/\.json$/, ""))
        .filter((name) => name !== "baseline")
        .sort((a, b) => a.localeCompare(b)),
    ]);
  });

  it.each(PRESETS.map((p) => [p.name, p] as const))(
    "%s parses and is its file without $schema",
    (name, preset) => {
      const file = JSON.parse(readFileSync(new URL(`${name}.json`, folder), "utf8")) as Record<
        string,
        unknown
      >;
      const { $schema: _schema, ...expected } = file;
      expect(preset.input).toEqual(expected);
      expect(preset.input.name).toBe(name);
      expect(() => parseScenario(preset.input, name)).not.toThrow();
    },
  );

  it("asks each question in English and in Indonesian", () => {
    for (const { question } of PRESETS) {
      expect(question.en).toMatch(/\?$/);
      expect(question.id).toMatch(/\?$/);
      expect(question.id).not.toBe(question.en);
      expect(question.en).not.toContain(" / ");
      expect(question.id).not.toContain(" / ");
    }
    expect(PRESETS[0]!.question.en).toMatch(/^How do cooperation and regional disparity evolve/);
    expect(PRESETS[0]!.question.id).toMatch(/^Bagaimana kerja sama antardaerah/);
  });
});

describe("splitQuestion", () => {
  it("splits at the first ' / ' and serves both languages without one", () => {
    expect(splitQuestion("What? / Apa?")).toEqual({ en: "What?", id: "Apa?" });
    expect(splitQuestion("Input/output? / Masukan/keluaran?")).toEqual({
      en: "Input/output?",
      id: "Masukan/keluaran?",
    });
    expect(splitQuestion("Only one")).toEqual({ en: "Only one", id: "Only one" });
  });
});
