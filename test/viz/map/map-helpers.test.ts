import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { colourDomain, outlineCovers, regionOptions, sizeDomain } from "../../../viz/src/map/index.js";
import { nearestInDirection } from "../../../viz/src/map/keyboard-navigation.js";
import { createLinkPaths } from "../../../viz/src/map/link-paths.js";
import { regionColourScale } from "../../../viz/src/map/colour-scales.js";
import { parseWorldCsv } from "../../../sim/index.js";
import { outlineCollection } from "../../../viz/build/outline-plugin.js";
import { makeFrame, OUTLINE, REGIONS } from "./map-fixtures.js";

describe("colourDomain and sizeDomain", () => {
  const frames = [
    makeFrame(3, { population: [1, 5, 2], growth: [NaN, NaN, NaN], agreements: [0, 1, 2], year: 0 }),
    makeFrame(3, { population: [2, 9, 3], growth: [0.02, 0.04, 0.12], agreements: [3, 7, 0] }),
  ];

  it("spans every frame of the run", () => {
    expect(sizeDomain(frames, "population")).toEqual([0, 9]);
    expect(colourDomain(frames, "agreements")).toEqual([0, 7]);
    const [low, high] = colourDomain(frames, "grdpPerCapita");
    const all = frames.flatMap((f) => Array.from(f.grdpPerCapita));
    expect(low).toBe(Math.min(...all));
    expect(high).toBe(Math.max(...all));
  });

  it("centres growth on its median, ignores year 0's undefined growth, and is symmetric", () => {
    const [low = 0, mid = 0, high = 0] = colourDomain(frames, "growth");
    expect(mid).toBeCloseTo(0.04);
    expect(mid - low).toBeCloseTo(high - mid);
    expect(high).toBeGreaterThan(0.1);
  });

  it("never collapses to a single value", () => {
    const flat = [makeFrame(2, { growth: [0.05, 0.05], population: [0, 0], agreements: [0, 0] })];
    const [low = 0, , high = 0] = colourDomain(flat, "growth");
    expect(high - low).toBeGreaterThan(0);
    expect(sizeDomain(flat, "population")[1]).toBeGreaterThan(0);
    expect(colourDomain(flat, "agreements")).toEqual([0, 1]);
  });
});

describe("regionColourScale", () => {
  it("orders income from dark to light on viridis and leaves non-positive income grey", () => {
    const scale = regionColourScale("grdpPerCapita", [10, 1000]);
    expect(scale.colour(10)).toBe("#440154");
    expect(scale.colour(1000)).toBe("#fde725");
    expect(scale.colour(0)).toBe(scale.colour(NaN));
    expect(scale.legend.kind === "ramp" && scale.legend.position(100)).toBeCloseTo(0.5);
  });
});

describe("createLinkPaths", () => {
  const frame = makeFrame(4, {
    links: [
      [0, 1, 0],
      [0, 2, 0],
      [1, 3, 1],
    ],
  });
  const x = Float64Array.from([0, 10, 20, 30]);
  const y = Float64Array.from([0, 0, 10, 10]);
  const linkPaths = createLinkPaths(x, y);
  const arcs = (d: string): number => (d.match(/M/g) ?? []).length;

  it("gives one string per domain with an arc per agreement from one capital to the other", () => {
    const paths = linkPaths(frame, { domains: 3 });
    expect(paths.map(arcs)).toEqual([2, 1, 0]);
    expect(paths[0]).toMatch(/^M0,0Q[-\d.]+,[-\d.]+ 10,0M0,0Q[-\d.]+,[-\d.]+ 20,10$/);
  });

  it("keeps only one region's agreements, or only the shown domains", () => {
    expect(linkPaths(frame, { domains: 3, onlyRegion: 2 }).map(arcs)).toEqual([1, 0, 0]);
    expect(linkPaths(frame, { domains: 3, domainsShown: [false, true, true] }).map(arcs)).toEqual([0, 1, 0]);
  });
});

describe("nearestInDirection", () => {
  // A plus sign around the centre 0, a far point 5 straight right, and 6 on the same spot as 0.
  const x = [0, 10, -10, 0, 0, 40, 0];
  const y = [0, 0, 0, -10, 10, 0, 0];

  it("steps to the nearest region in the arrow's direction", () => {
    expect(nearestInDirection(x, y, 0, "right")).toBe(6);
    expect(nearestInDirection(x, y, 6, "right")).toBe(1);
    expect(nearestInDirection(x, y, 1, "right")).toBe(5);
    expect(nearestInDirection(x, y, 0, "left")).toBe(2);
    expect(nearestInDirection(x, y, 0, "up")).toBe(3);
    expect(nearestInDirection(x, y, 6, "down")).toBe(4);
    expect(nearestInDirection(x, y, 6, "left")).toBe(0);
  });

  it("stays put when nothing lies that way, and prefers a region ahead to one off to the side", () => {
    expect(nearestInDirection(x, y, 5, "right")).toBe(5);
    expect(nearestInDirection([0, 9, 8], [0, 6, 0], 0, "right")).toBe(2);
  });
});

describe("regionOptions", () => {
  it("lists every region by group, then by name, with its index as the value", () => {
    const options = regionOptions([
      { id: "1", name: "Zeta", group: "Sumatra", lat: 0, lon: 100 },
      { id: "2", name: "Bali", group: "Bali–Nusa", lat: 0, lon: 115 },
      { id: "3", name: "aceh", group: "Sumatra", lat: 0, lon: 96 },
    ]);
    expect(options.map((o) => [o.label, o.value, o.group])).toEqual([
      ["aceh", "2", "Sumatra"],
      ["Zeta", "0", "Sumatra"],
      ["Bali", "1", "Bali–Nusa"],
    ]);
  });

  it("lists the regions of a world with provinces under their province, in the world's order", () => {
    const options = regionOptions([
      { id: "1101", name: "Kab. Simeulue", group: "Sumatera", province: "Aceh", lat: 0, lon: 96 },
      { id: "1201", name: "Kab. Nias", group: "Sumatera", province: "Sumatera Utara", lat: 0, lon: 97 },
      { id: "1171", name: "Kota Banda Aceh", group: "Sumatera", province: "Aceh", lat: 0, lon: 95 },
    ]);
    expect(options.map((o) => [o.label, o.group])).toEqual([
      ["Kab. Simeulue", "Aceh"],
      ["Kota Banda Aceh", "Aceh"],
      ["Kab. Nias", "Sumatera Utara"],
    ]);
  });
});

describe("outlineCovers", () => {
  it("accepts regions within the outlined countries' boxes and rejects any region far outside", () => {
    expect(outlineCovers(OUTLINE, REGIONS)).toBe(true);
    expect(
      outlineCovers(OUTLINE, [...REGIONS, { id: "far", name: "Far", group: "x", lat: 40, lon: 10 }]),
    ).toBe(false);
    expect(outlineCovers(OUTLINE, [])).toBe(false);
  });

  it("draws Indonesia's outline under the 514 regencies of the shipped regency world", async () => {
    const world = parseWorldCsv(
      readFileSync("configs/worlds/indonesia-regencies-2021.csv", "utf8"),
      "indonesia-regencies-2021.csv",
    );
    const regions = world.ids.map((id, i) => ({
      id,
      name: world.names[i]!,
      group: "",
      lat: world.lat[i]!,
      lon: world.lon[i]!,
    }));
    expect(regions).toHaveLength(514);
    expect(outlineCovers(await outlineCollection(), regions)).toBe(true);
  });
});
