import fc from "fast-check";
import lzString from "lz-string";
import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../../../sim/index.js";
import {
  decodeSharedState,
  DEFAULT_SHARED_STATE,
  encodeSharedState,
  MAX_SCENARIO_PART_LENGTH,
  type SharedState,
} from "../../../viz/src/scenario/url-state.js";
import { BUILTIN_WORLD_NAMES } from "../../../viz/src/run/builtin-worlds.js";

const TABS = ["map", "charts", "compare", "sweep"] as const;
const pack = (value: unknown) => lzString.compressToEncodedURIComponent(JSON.stringify(value));

/** -0 becomes 0 in JSON; the address cannot tell them apart, and neither can the model. */
const share = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0);

const scenarioArbitrary: fc.Arbitrary<ScenarioInput> = fc.record(
  {
    name: fc.string({ unit: "binary", maxLength: 30 }),
    seed: fc.integer({ min: -1_000_000, max: 1_000_000 }),
    years: fc.integer({ min: 1, max: 60 }),
    world: fc.oneof(
      fc.constantFrom(...BUILTIN_WORLD_NAMES),
      fc.constant("worlds/my world.csv"),
      fc.record({ synthetic: fc.record({ regions: fc.integer({ min: 2, max: 600 }) }) }),
    ),
    ego: fc.record(
      { mean: share, byGroup: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), share) },
      { requiredKeys: [] },
    ),
    policies: fc.record(
      {
        incentiveFund: fc.record(
          { budget: fc.integer({ min: 0, max: 2000 }), favourPoor: fc.boolean() },
          { requiredKeys: [] },
        ),
        regionalBody: fc.record({ members: fc.array(fc.constantFrom("all", "Jawa", "Sumatera")) }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const stateArbitrary: fc.Arbitrary<SharedState> = fc
  .record({
    scenario: scenarioArbitrary,
    replicates: fc.integer({ min: 1, max: 50 }),
    compare: fc.option(scenarioArbitrary, { nil: undefined }),
    yearShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    tab: fc.option(fc.constantFrom(...TABS), { nil: undefined }),
  })
  .map(({ scenario, replicates, compare, yearShare, tab }) => {
    const state: SharedState = { scenario, replicates };
    if (compare !== undefined) state.compare = compare;
    if (yearShare !== undefined) state.year = Math.floor(yearShare * (scenario.years ?? 30));
    if (tab !== undefined) state.tab = tab;
    return state;
  });

describe("the shared address", () => {
  it("round-trips every state, with no problems", () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const hash = encodeSharedState(state);
        expect(hash).toMatch(/^#[A-Za-z0-9+\-$=&%._~]*$/);
        expect(decodeSharedState(hash, { tabs: TABS })).toEqual({ state, problems: [] });
      }),
      { numRuns: 200 },
    );
  });

  it("survives the browser turning + into a space, and a missing #", () => {
    const state: SharedState = {
      scenario: { name: "a+b?c&d=e", ego: { mean: 0.55 } },
      replicates: 5,
      tab: "map",
    };
    const hash = encodeSharedState(state);
    expect(decodeSharedState(hash.replace(/\+/g, " "), { tabs: TABS }).state).toEqual(state);
    expect(decodeSharedState(hash.slice(1), { tabs: TABS }).state).toEqual(state);
  });

  it("gives the defaults for an empty address", () => {
    expect(decodeSharedState("")).toEqual({ state: DEFAULT_SHARED_STATE, problems: [] });
    expect(decodeSharedState("#")).toEqual({ state: DEFAULT_SHARED_STATE, problems: [] });
    const defaults: SharedState = { scenario: { name: "baseline" }, replicates: 5, tab: "map", year: 3 };
    expect(decodeSharedState("#x=1&lang=id", { defaults })).toEqual({ state: defaults, problems: [] });
  });
});

describe("an invalid address", () => {
  it("names the field of a scenario the schema rejects, and keeps the other parts", () => {
    const hash = `#s=${pack({ ego: { mean: 2 } })}&r=7&t=charts`;
    expect(decodeSharedState(hash, { tabs: TABS })).toEqual({
      state: { scenario: {}, replicates: 7, tab: "charts" },
      problems: ["address: scenario: ego.mean: Too big: expected number to be <=1"],
    });
    const compare = decodeSharedState(`#s=${pack({ years: 5 })}&b=${pack({ policies: { nope: 1 } })}`);
    expect(compare.state).toEqual({ scenario: { years: 5 }, replicates: 1 });
    expect(compare.problems).toEqual([
      "address: comparison: policies.nope: unknown key (a typo? see `sinergi schema` for the fields)",
    ]);
  });

  it("keeps a shipped world's name, and runs a world name it does not know on the default world", () => {
    const regencies: SharedState = {
      scenario: { world: "indonesia-regencies-2021", years: 5 },
      replicates: 1,
    };
    expect(decodeSharedState(encodeSharedState(regencies))).toEqual({ state: regencies, problems: [] });
    const unknown = `#s=${pack({ world: "indonesia-2045", years: 5 })}&b=${pack({ world: "kabupaten" })}`;
    const { state, problems } = decodeSharedState(unknown);
    expect(state).toEqual({ scenario: { years: 5 }, compare: {}, replicates: 1 });
    expect(problems).toEqual(
      ["scenario", "comparison"].map(
        (part, i) =>
          `address: ${part}: world: no built-in world named "${["indonesia-2045", "kabupaten"][i]}" ` +
          "(built-in: indonesia-2022, indonesia-regencies-2021, indonesia-provinces-2010); " +
          "a world file's name must end in .csv; the run uses indonesia-2022",
      ),
    );
  });

  it("reports each bad part in words and falls back to its default", () => {
    const hash = `#s=${pack({ years: 10 })}&r=0&y=11&t=%3Cscript%3E`;
    const { state, problems } = decodeSharedState(hash, { tabs: TABS });
    expect(state).toEqual({ scenario: { years: 10 }, replicates: 1 });
    expect(problems).toEqual([
      'address: replicates: must be a whole number from 1 to 50, not "0"',
      'address: year: must be a whole number from 0 to 10, not "11"',
      'address: tab: must be one of map, charts, compare, sweep, not "%3Cscript%3E"',
    ]);
    expect(decodeSharedState("#r=2.5&y=-1").problems).toEqual([
      'address: replicates: must be a whole number from 1 to 50, not "2.5"',
      'address: year: must be a whole number from 0 to 30, not "-1"',
    ]);
  });

  it("says a cut-off or altered scenario cannot be read", () => {
    const full = pack({ name: "incentive", policies: { incentiveFund: { budget: 500 } } });
    for (const text of [full.slice(0, 12), "!!!", "%E0%A4%A", pack("not an object").slice(0, 3)]) {
      const { state, problems } = decodeSharedState(`#s=${text}&r=3`);
      expect(state).toEqual({ scenario: {}, replicates: 3 });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^address: scenario: /);
    }
    expect(decodeSharedState(`#s=${pack([1, 2])}`).problems).toEqual([
      "address: scenario: (top level): Invalid input: expected object, received array",
    ]);
  });

  it("refuses an oversized scenario before decompressing it", () => {
    const huge = "A".repeat(MAX_SCENARIO_PART_LENGTH + 1);
    expect(decodeSharedState(`#s=${huge}`).problems).toEqual([
      `address: scenario: too long (${huge.length} characters; at most ${MAX_SCENARIO_PART_LENGTH})`,
    ]);
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 200 }),
          fc.string({ maxLength: 60 }).map((s) => `#s=${s}&r=${s}&b=${s}&y=${s}&t=${s}`),
          fc.jsonValue().map((v) => `#s=${pack(v)}&b=${pack(v)}`),
        ),
        (hash) => {
          const { state, problems } = decodeSharedState(hash, { tabs: TABS });
          expect(Array.isArray(problems)).toBe(true);
          expect(state.replicates).toBeGreaterThanOrEqual(1);
          expect(state.replicates).toBeLessThanOrEqual(50);
        },
      ),
      { numRuns: 300 },
    );
  });
});
