// Small worlds, frames and outlines for the map tests.
import type { FeatureCollection, Geometry } from "geojson";
import type { RegionFrame, RegionInfo } from "../../../viz/src/run/run-data.js";
import type { RegionMapFormatters, RegionMapLabels } from "../../../viz/src/map/index.js";

export const DOMAINS = ["trade", "tourism", "food", "energy"];

/** Four regions along a west–east line with one to the north, inside the fixture outline's box. */
export const REGIONS: RegionInfo[] = [
  { id: "A", name: "Alpha", group: "West", lat: -6, lon: 106 },
  { id: "B", name: "Bravo", group: "West", lat: -7, lon: 110 },
  { id: "C", name: "Charlie", group: "East", lat: -8, lon: 115 },
  { id: "D", name: "Delta", group: "East", lat: -1, lon: 112 },
];

/** Ring order as d3-geo expects it (clockwise on the map), so each polygon is the small box, not the globe minus it. */
function box(west: number, south: number, east: number, north: number): Geometry {
  return {
    type: "Polygon",
    coordinates: [
      [
        [west, south],
        [west, north],
        [east, north],
        [east, south],
        [west, south],
      ],
    ],
  };
}

export const OUTLINE: FeatureCollection<Geometry, { name: string; iso: string; home: boolean }> = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", properties: { name: "Home", iso: "1", home: true }, geometry: box(104, -9, 117, 0) },
    {
      type: "Feature",
      properties: { name: "Neighbour", iso: "2", home: false },
      geometry: box(109, 0.5, 118, 6),
    },
  ],
};

export interface FrameInput {
  population?: number[];
  grdp?: number[];
  growth?: number[];
  klassen?: number[];
  agreements?: number[];
  links?: Array<[number, number, number]>;
  year?: number;
}

export function makeFrame(n: number, input: FrameInput = {}): RegionFrame {
  const population = Float64Array.from(
    input.population ?? Array.from({ length: n }, (_, i) => (i + 1) * 1e6),
  );
  const grdp = Float64Array.from(input.grdp ?? Array.from({ length: n }, (_, i) => (n - i) * 1e5));
  const links = input.links ?? [];
  return {
    year: input.year ?? 1,
    population,
    grdp,
    grdpPerCapita: grdp.map((g, i) => (1000 * g) / population[i]!),
    growth: Float64Array.from(input.growth ?? Array.from({ length: n }, (_, i) => 0.03 + 0.01 * i)),
    klassen: Int8Array.from(input.klassen ?? Array.from({ length: n }, (_, i) => 1 + (i % 4))),
    agreements: Int32Array.from(input.agreements ?? Array.from({ length: n }, (_, i) => i)),
    netGain: new Float64Array(n),
    capacity: new Float64Array(n),
    ego: new Float64Array(n),
    linkA: Int32Array.from(links.map(([a]) => a)),
    linkB: Int32Array.from(links.map(([, b]) => b)),
    linkDomain: Uint8Array.from(links.map(([, , d]) => d)),
  };
}

export const LABELS: RegionMapLabels = {
  title: "Map of regions",
  description: "Circles are regions. Arrow keys move between regions, Enter pins one, Escape unpins.",
  sizeBy: { population: "Population", grdp: "GRDP (billion IDR)" },
  colourBy: {
    grdpPerCapita: "GRDP per capita (million IDR)",
    growth: "GRDP growth",
    klassen: "Klassen quadrant",
    agreements: "Agreements",
  },
  domains: ["Trade", "Tourism", "Food", "Energy"],
  klassen: [
    "Undefined (year 0)",
    "Developed, fast-growing",
    "Developed, depressed",
    "Fast-developing",
    "Lagging",
  ],
  links: "Agreements by domain",
  noData: "No data",
  pinned: "Pinned",
  unpinned: "Unpinned",
  lang: "en",
};

const plain = (value: number): string =>
  Number.isFinite(value) ? String(Math.round(value * 100) / 100) : "–";

export const FORMATTERS: RegionMapFormatters = {
  population: plain,
  grdp: plain,
  grdpPerCapita: plain,
  growth: (value) => `${plain(value * 100)}%`,
  agreements: plain,
};
