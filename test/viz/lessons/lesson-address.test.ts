import { describe, expect, it } from "vitest";
import { decodeSharedState, encodeSharedState } from "../../../viz/src/scenario/url-state.js";

describe("a lesson in the address", () => {
  it("round-trips the open lesson's id with the view", () => {
    const hash = encodeSharedState({
      scenario: { years: 5 },
      replicates: 1,
      tab: "lessons",
      lesson: "ego-daerah",
    });
    expect(hash).toMatch(/&t=lessons&l=ego-daerah$/);
    const { state, problems } = decodeSharedState(hash, { tabs: ["simulate", "lessons"] });
    expect(problems).toEqual([]);
    expect(state).toMatchObject({ tab: "lessons", lesson: "ego-daerah", scenario: { years: 5 } });
  });

  it("drops a malformed lesson id with a problem, keeping the rest", () => {
    const { state, problems } = decodeSharedState("#t=lessons&l=%3Cscript%3E");
    expect(state.lesson).toBeUndefined();
    expect(state.tab).toBe("lessons");
    expect(problems).toEqual([expect.stringMatching(/^address: lesson: must be a lesson's id/)]);
  });
});
