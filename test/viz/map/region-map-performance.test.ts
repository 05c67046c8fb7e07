// @vitest-environment jsdom
// A 514-region world with thousands of agreements, redrawn year after year: the map must reuse its
// elements (nothing accumulates) and stay cheap. jsdom's timings are only indicative (no layout, no
// paint); the real figure comes from the Chromium benchmark, so the time is logged, not asserted.
import { describe, expect, it } from "vitest";
import { defaultScenario, syntheticWorld } from "../../../sim/index.js";
import { colourDomain, createRegionMap, sizeDomain } from "../../../viz/src/map/index.js";
import type { RegionFrame } from "../../../viz/src/run/run-data.js";
import { createRunStepper } from "../../../viz/src/run/run-stepper.js";
import { FORMATTERS, LABELS, OUTLINE } from "./map-fixtures.js";

/** Adds agreements between neighbouring indices until the frame holds `count`, as a dense year would. */
function withLinks(frame: RegionFrame, count: number, domains: number): RegionFrame {
  const n = frame.population.length;
  const a = Int32Array.from({ length: count }, (_, k) =>
    k < frame.linkA.length ? frame.linkA[k]! : k % (n - 7),
  );
  const b = Int32Array.from({ length: count }, (_, k) =>
    k < frame.linkB.length ? frame.linkB[k]! : (k % (n - 7)) + 1 + (k % 7),
  );
  const d = Uint8Array.from({ length: count }, (_, k) =>
    k < frame.linkDomain.length ? frame.linkDomain[k]! : k % domains,
  );
  return { ...frame, linkA: a, linkB: b, linkDomain: d };
}

describe("the map of a 514-region world", () => {
  it("redraws a year with ~3000 agreements by updating the same elements", () => {
    const world = syntheticWorld({ regions: 514, seed: 3 });
    const stepper = createRunStepper(world, defaultScenario(), 1);
    const frames: RegionFrame[] = [];
    for (let t = 0; t <= 6; t++) {
      const year = stepper.next();
      if (year) frames.push(withLinks(year.frame, 3000, stepper.start.domains.length));
    }
    const container = document.createElement("div");
    document.body.append(container);
    const map = createRegionMap(container, {
      outline: OUTLINE,
      regions: stepper.start.regions,
      domains: stepper.start.domains,
      labels: LABELS,
      formatters: FORMATTERS,
      describe: () => [],
      transitionMs: 0,
    });
    const view = {
      sizeBy: "population" as const,
      colourBy: "growth" as const,
      selected: 40,
      showLinks: true,
      sizeDomain: sizeDomain(frames, "population"),
      colourDomain: colourDomain(frames, "growth"),
    };
    // Year 0 has no growth, so its legend carries a "no data" entry; later years share one legend.
    map.update(frames[0]!, view);
    map.update(frames[1]!, view);
    const elements = map.svg.getElementsByTagName("*").length;
    const circles = [...map.svg.querySelectorAll("g.regions circle")];
    expect(circles).toHaveLength(514);

    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const frame of frames.slice(1)) {
        const start = performance.now();
        map.update(frame, view);
        times.push(performance.now() - start);
      }
    }
    times.sort((x, y) => x - y);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(
      `map update, 514 regions, 3000 agreements (jsdom): median ${median.toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(1)} ms`,
    );

    expect(map.svg.getElementsByTagName("*").length).toBe(elements);
    expect(new Set(map.svg.querySelectorAll("g.regions circle"))).toEqual(new Set(circles));
    const arcs = [...map.svg.querySelectorAll("g.links path")].reduce(
      (sum, path) => sum + (path.getAttribute("d")?.match(/M/g) ?? []).length,
      0,
    );
    expect(arcs).toBe(3000);
    map.destroy();
  });
});
