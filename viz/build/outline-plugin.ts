// A Vite plugin that serves the map's country outlines as a virtual module, cut down at build time
// from Natural Earth (the world-atlas package) to the countries around the Indonesian archipelago, so
// the page ships a few tens of kilobytes of outline instead of the whole world's.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Plugin } from "vite";

const MODULE_ID = "virtual:sinergi/outline";
const RESOLVED_ID = "\0" + MODULE_ID;

/** The window of the map (degrees): countries that reach into it are kept, with their whole outline. */
const WINDOW = { west: 90, east: 145, south: -15, north: 12 } as const;
/** Coordinates are rounded to this many decimals (about 100 m): finer than the 1:50m scale needs. */
const DECIMALS = 3;

export interface OutlineProperties {
  name: string;
  /** ISO 3166-1 numeric code as world-atlas gives it ("360" is Indonesia). */
  iso: string;
  /** The country whose regions the default worlds hold; drawn stronger than its neighbours. */
  home: boolean;
}

export function outlinePlugin(): Plugin {
  return {
    name: "sinergi-outline",
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export default ${JSON.stringify(await outlineCollection())};`;
    },
  };
}

export async function outlineCollection(): Promise<FeatureCollection<Geometry, OutlineProperties>> {
  const require = createRequire(import.meta.url);
  const path = require.resolve("world-atlas/countries-50m.json");
  const topology = JSON.parse(await readFile(path, "utf8")) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries);
  const kept: Array<Feature<Geometry, OutlineProperties>> = [];
  for (const country of countries.features) {
    if (!country.geometry || !touchesWindow(country.geometry)) continue;
    kept.push({
      type: "Feature",
      id: String(country.id),
      properties: { name: country.properties.name, iso: String(country.id), home: country.id === "360" },
      geometry: roundGeometry(country.geometry),
    });
  }
  return { type: "FeatureCollection", features: kept };
}

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case "Point":
      return [geometry.coordinates];
    case "MultiPoint":
    case "LineString":
      return geometry.coordinates;
    case "MultiLineString":
    case "Polygon":
      return geometry.coordinates.flat();
    case "MultiPolygon":
      return geometry.coordinates.flat(2);
    case "GeometryCollection":
      return geometry.geometries.flatMap(positions);
  }
}

function touchesWindow(geometry: Geometry): boolean {
  return positions(geometry).some(
    ([lon = NaN, lat = NaN]) =>
      lon >= WINDOW.west && lon <= WINDOW.east && lat >= WINDOW.south && lat <= WINDOW.north,
  );
}

function roundGeometry(geometry: Geometry): Geometry {
  const factor = 10 ** DECIMALS;
  const round = (p: Position): Position => p.map((v) => Math.round(v * factor) / factor);
  switch (geometry.type) {
    case "Point":
      return { ...geometry, coordinates: round(geometry.coordinates) };
    case "MultiPoint":
    case "LineString":
      return { ...geometry, coordinates: geometry.coordinates.map(round) };
    case "MultiLineString":
    case "Polygon":
      return { ...geometry, coordinates: geometry.coordinates.map((ring) => ring.map(round)) };
    case "MultiPolygon":
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(round))),
      };
    case "GeometryCollection":
      return { ...geometry, geometries: geometry.geometries.map(roundGeometry) };
  }
}
