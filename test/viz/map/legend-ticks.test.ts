import { describe, expect, it } from "vitest";
import { spacedTicks } from "../../../viz/src/map/map-legend.js";

/** A tick of the colour ramp: its position and its label's width. */
const tick = (x: number, width: number) => ({ x, width });

describe("spacedTicks", () => {
  it("keeps inner ticks whose centred labels clear both ends' labels", () => {
    // Ends: [0, 40] (start-anchored) and [260, 300] (end-anchored); inner labels 40 wide, centred.
    const kept = spacedTicks([tick(0, 40), tick(100, 40), tick(200, 40), tick(300, 40)]);
    expect(kept.map((t) => t.x)).toEqual([0, 100, 200, 300]);
  });

  it("drops an inner label that would run into the end-anchored last label", () => {
    // The regency world's per-capita ramp: "Rp 1.000,0 juta" at 283 of 300 beside "Rp 1.300,0 juta" at 300.
    const kept = spacedTicks([tick(0, 60), tick(150, 60), tick(283, 90), tick(300, 90)]);
    expect(kept.map((t) => t.x)).toEqual([0, 150, 300]);
  });

  it("drops an inner label that would run into the previous kept one, but keeps a later one with room", () => {
    const kept = spacedTicks([tick(0, 50), tick(40, 30), tick(120, 30), tick(300, 50)]);
    expect(kept.map((t) => t.x)).toEqual([0, 120, 300]);
  });

  it("keeps both ends whatever their labels, and sorts by position", () => {
    expect(spacedTicks([tick(300, 200), tick(0, 200)]).map((t) => t.x)).toEqual([0, 300]);
    expect(spacedTicks([tick(5, 10)])).toHaveLength(1);
    expect(spacedTicks([])).toEqual([]);
  });
});
