import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseScenario, parseWorldCsv, runModel, withOverrides, type RunResult } from "../../sim/index.js";
import { lessonSchema, type Lesson } from "../../sim/lessons/lesson-schema.js";

/**
 * Lessons 1–3 make claims about what students will see when they run the preset and move its levers.
 * These tests run each preset as the CLI does (the scenario file, its world CSV next to it) over five
 * seeds and check those claims, so a model change that breaks a lesson's story fails here.
 */

const lessonsDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../configs/lessons");
const SEEDS = [1, 2, 3, 4, 5];

interface Preset {
  lesson: Lesson;
  raw: unknown;
  run: (overrides?: Record<string, unknown>, seed?: number) => RunResult;
}

function loadPreset(folder: string): Preset {
  const dir = join(lessonsDir, folder);
  const lesson = lessonSchema.parse(JSON.parse(readFileSync(join(dir, "lesson.json"), "utf8")));
  const raw = JSON.parse(readFileSync(join(dir, lesson.scenario), "utf8")) as { world: string };
  const world = parseWorldCsv(readFileSync(join(dir, raw.world), "utf8"), raw.world);
  const run = (overrides: Record<string, unknown> = {}, seed = 1): RunResult => {
    const assignments = Object.entries({ ...overrides, seed }).map(([path, value]) => ({ path, value }));
    return runModel(world, parseScenario(withOverrides(raw, assignments), folder), { regions: true });
  };
  return { lesson, raw, run };
}

const overSeeds = <T>(
  preset: Preset,
  overrides: Record<string, unknown>,
  measure: (r: RunResult) => T,
): T[] => SEEDS.map((seed) => measure(preset.run(overrides, seed)));

/** Simulated years (year 0 excluded) with at least one active agreement. */
const yearsWithAgreement = (r: RunResult): number =>
  r.years.filter((y) => y.year > 0 && y.agreements_total > 0).length;
const agreementsFormed = (r: RunResult): number => r.years.reduce((sum, y) => sum + y.agreements_formed, 0);
const firstWilliamson = (r: RunResult): number => r.years[0]!.williamson;
const lastWilliamson = (r: RunResult): number => r.years[r.years.length - 1]!.williamson;
const netGainOf = (r: RunResult, id: string): number =>
  r.regions.filter((row) => row.id === id).reduce((sum, row) => sum + row.net_cooperation_gain, 0);
const totalNetGain = (r: RunResult): number => r.years.reduce((sum, y) => sum + y.net_cooperation_gain, 0);
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("lesson 1: ego daerah and the dilemma of cooperation", () => {
  const preset = loadPreset("01-ego-daerah");

  it("with both egos at 0.2 the trade agreement forms and lasts, and both regions gain from it", () => {
    for (const r of overSeeds(preset, {}, (r) => r)) {
      expect(yearsWithAgreement(r)).toBeGreaterThanOrEqual(18);
      expect(netGainOf(r, "KOTA")).toBeGreaterThan(0);
      expect(netGainOf(r, "KAB")).toBeGreaterThan(0);
    }
  });

  it("a strong ego in the kabupaten (the smaller winner) blocks the deal in every seed", () => {
    for (const ego of [0.4, 0.6, 0.8]) {
      const formed = overSeeds(preset, { "ego.byRegion.KAB": ego }, agreementsFormed);
      expect(formed.every((n) => n === 0)).toBe(true);
    }
  });

  it("a strong ego in the kota (the bigger winner) does not block it", () => {
    const years = overSeeds(preset, { "ego.byRegion.KOTA": 0.8 }, yearsWithAgreement);
    expect(years.every((n) => n >= 15)).toBe(true);
  });

  it("equal sharing rescues the deal the kabupaten's ego of 0.4 blocks", () => {
    const years = overSeeds(
      preset,
      { "ego.byRegion.KAB": 0.4, "policies.benefitSharing.rule": "equal" },
      yearsWithAgreement,
    );
    expect(years.every((n) => n >= 18)).toBe(true);
  });

  it("the prediction's answer is what the model shows", () => {
    expect(preset.lesson.prediction.answer).toBe("kabupaten-blocks");
  });
});

describe("lesson 2: who gains? disparity and benefit sharing", () => {
  const preset = loadPreset("02-pembagian-manfaat");
  const rule = (name: string, ego?: number) => ({
    "policies.benefitSharing.rule": name,
    ...(ego === undefined ? {} : { "ego.mean": ego }),
  });

  it("at ego 0.3 only equal sharing brings the two to an agreement", () => {
    expect(overSeeds(preset, rule("proportional"), agreementsFormed).every((n) => n === 0)).toBe(true);
    expect(overSeeds(preset, rule("needs"), agreementsFormed).every((n) => n === 0)).toBe(true);
    expect(overSeeds(preset, rule("equal"), yearsWithAgreement).every((n) => n >= 25)).toBe(true);
  });

  it("proportional sharing is refused by the poor regency, needs-based by the rich city", () => {
    const poorLessEgo = { ...rule("proportional"), "ego.byRegion.KAB": 0.1 };
    const richLessEgo = { ...rule("needs"), "ego.byRegion.KOTA": 0.1 };
    expect(overSeeds(preset, poorLessEgo, yearsWithAgreement).every((n) => n >= 25)).toBe(true);
    expect(overSeeds(preset, richLessEgo, yearsWithAgreement).every((n) => n >= 25)).toBe(true);
  });

  it("at ego 0.3 the Williamson index falls only under equal sharing", () => {
    for (const r of overSeeds(preset, rule("proportional"), (r) => r)) {
      expect(lastWilliamson(r)).toBeCloseTo(firstWilliamson(r), 9);
    }
    for (const r of overSeeds(preset, rule("equal"), (r) => r)) {
      expect(lastWilliamson(r)).toBeLessThan(firstWilliamson(r) - 0.05);
    }
  });

  it("at ego 0.1 all three rules cooperate; proportional leaves the gap, needs narrows it most", () => {
    const prop = overSeeds(preset, rule("proportional", 0.1), (r) => r);
    const equal = overSeeds(preset, rule("equal", 0.1), lastWilliamson);
    const needs = overSeeds(preset, rule("needs", 0.1), lastWilliamson);
    const w0 = firstWilliamson(prop[0]!);
    for (const r of prop) {
      expect(yearsWithAgreement(r)).toBeGreaterThanOrEqual(25);
      expect(Math.abs(lastWilliamson(r) - w0)).toBeLessThan(0.01);
    }
    SEEDS.forEach((_, k) => {
      expect(equal[k]!).toBeLessThan(w0 - 0.05);
      expect(needs[k]!).toBeLessThan(equal[k]! - 0.05);
    });
  });

  it("the prediction's answer is what the model shows", () => {
    expect(preset.lesson.prediction.answer).toBe("only-equal");
  });
});

describe("lesson 3: capacity and knowledge transfer", () => {
  const preset = loadPreset("03-kapasitas");
  const training = { "policies.capacityBuilding.increment": 0.02 };
  const weakIds = ["UTARA", "TIMUR", "SELATAN"];
  /** Agreements the three weak regencies run, summed over years 1–10. */
  const weakAgreementYears = (r: RunResult): number =>
    r.regions
      .filter((row) => weakIds.includes(row.id) && row.year > 0 && row.year <= 10)
      .reduce((sum, row) => sum + row.agreements, 0);
  const firstYearOf = (r: RunResult, id: string): number =>
    r.regions.find((row) => row.id === id && row.agreements > 0)?.year ?? Infinity;

  const base = overSeeds(preset, {}, (r) => r);
  const trained = overSeeds(preset, training, (r) => r);
  const intensive = overSeeds(preset, { "policies.capacityBuilding.increment": 0.05 }, (r) => r);

  it("without training, the weakest regency waits years for its first agreement; with it, it starts soon", () => {
    expect(base.every((r) => firstYearOf(r, "UTARA") >= 4)).toBe(true);
    expect(trained.every((r) => firstYearOf(r, "UTARA") <= 3)).toBe(true);
  });

  it("training raises the weak regencies' agreements in the first decade and the net gain, in every seed", () => {
    SEEDS.forEach((_, k) => {
      expect(weakAgreementYears(trained[k]!)).toBeGreaterThan(weakAgreementYears(base[k]!));
      expect(totalNetGain(trained[k]!)).toBeGreaterThan(totalNetGain(base[k]!));
    });
    expect(mean(trained.map(weakAgreementYears)) - mean(base.map(weakAgreementYears))).toBeGreaterThan(6);
  });

  it("training costs about Rp 0.9 trillion over 20 years; without it there is no policy cost", () => {
    for (const r of base) expect(r.summary.totalPolicyCost).toBe(0);
    for (const r of trained) {
      expect(r.summary.totalPolicyCost).toBeGreaterThan(800);
      expect(r.summary.totalPolicyCost).toBeLessThan(950);
    }
  });

  it("more intensive training costs more but adds little: the threshold and knowledge transfer do the rest", () => {
    const extraGainFirst = mean(trained.map(totalNetGain)) - mean(base.map(totalNetGain));
    const extraGainSecond = mean(intensive.map(totalNetGain)) - mean(trained.map(totalNetGain));
    expect(mean(intensive.map((r) => r.summary.totalPolicyCost))).toBeGreaterThan(
      mean(trained.map((r) => r.summary.totalPolicyCost)) + 200,
    );
    expect(extraGainSecond).toBeLessThan(extraGainFirst / 2);
  });

  it("knowledge transfer along agreements raises the weak regencies' capacity even without training", () => {
    for (const r of base) {
      const end = r.regions.filter((row) => row.year === r.years.length - 1 && weakIds.includes(row.id));
      const start = r.regions.filter((row) => row.year === 0 && weakIds.includes(row.id));
      expect(mean(end.map((row) => row.capacity))).toBeGreaterThan(
        mean(start.map((row) => row.capacity)) + 0.2,
      );
    }
  });

  it("the prediction's answer is what the model shows", () => {
    expect(preset.lesson.prediction.answer).toBe("sooner-and-more");
  });
});
