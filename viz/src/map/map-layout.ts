// Where the map draws: a Mercator projection fitted to the regions' own coordinates (not to a fixed
// box around Indonesia), so that any world file with coordinates fills the map: the 34 provinces,
// the 514 regencies, a synthetic archipelago or a world somewhere else entirely.
import { geoMercator, type GeoProjection } from "d3";
import type { MultiPoint } from "geojson";
import type { RegionInfo } from "../run/run-data.js";

/** Width of the drawing in viewBox units unless the page asks for another; the SVG scales to its container. */
export const DEFAULT_MAP_WIDTH = 960;
/** The map's height stays between these fractions of its width, whatever the regions' extent. */
const MIN_ASPECT = 0.3;
const MAX_ASPECT = 0.9;
/** Mercator goes to infinity at the poles; a world file will not put a capital beyond this. */
const MAX_LATITUDE = 85;
/** Degrees of sea around the outermost capitals, at least, and as a share of the extent. */
const MIN_PAD_DEG = 0.5;
const PAD_SHARE = 0.04;

export interface MapLayout {
  projection: GeoProjection;
  width: number;
  /** Height of the map area; the legend is drawn below it. */
  height: number;
  /** Projected capital of each region, index = region index. */
  x: Float64Array;
  y: Float64Array;
  /** Largest circle radius: fewer regions get larger circles, and the margin leaves room for them. */
  maxRadius: number;
}

/** Fewer regions get larger circles; a narrower drawing, smaller ones (but not below 60%). */
export function maxRadiusFor(regionCount: number, width: number): number {
  const forCount = Math.min(26, Math.max(10, 140 / Math.sqrt(Math.max(regionCount, 1))));
  return forCount * Math.min(1, Math.max(0.6, width / DEFAULT_MAP_WIDTH));
}

export function fitRegions(regions: readonly RegionInfo[], width: number = DEFAULT_MAP_WIDTH): MapLayout {
  const maxRadius = maxRadiusFor(regions.length, width);
  const margin = maxRadius + 6;
  const box = paddedBox(regions);
  const projection = geoMercator().fitWidth(width - 2 * margin, box);
  const [[, top], [, bottom]] = boxBounds(projection, box);
  const height = Math.round(
    Math.min(MAX_ASPECT * width, Math.max(MIN_ASPECT * width, bottom - top + 2 * margin)),
  );
  projection.fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin],
    ],
    box,
  );
  const x = new Float64Array(regions.length);
  const y = new Float64Array(regions.length);
  regions.forEach((region, i) => {
    const [px = NaN, py = NaN] = projection([region.lon, clampLatitude(region.lat)]) ?? [];
    x[i] = px;
    y[i] = py;
  });
  return { projection, width, height, x, y, maxRadius };
}

function clampLatitude(lat: number): number {
  return Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
}

/**
 * The regions' extent with some sea around it, as two corner points: fitting to points (not a polygon)
 * avoids spherical winding surprises, and the padding keeps a single region, or regions on one line,
 * from giving an infinitely zoomed map.
 */
function paddedBox(regions: readonly RegionInfo[]): MultiPoint {
  const lons = regions.map((r) => r.lon).filter(Number.isFinite);
  const lats = regions.map((r) => clampLatitude(r.lat)).filter(Number.isFinite);
  const west = lons.length ? Math.min(...lons) : 95;
  const east = lons.length ? Math.max(...lons) : 141;
  const south = lats.length ? Math.min(...lats) : -11;
  const north = lats.length ? Math.max(...lats) : 6;
  const padLon = Math.max(MIN_PAD_DEG, PAD_SHARE * (east - west));
  const padLat = Math.max(MIN_PAD_DEG, PAD_SHARE * (north - south));
  return {
    type: "MultiPoint",
    coordinates: [
      [west - padLon, clampLatitude(south - padLat)],
      [east + padLon, clampLatitude(north + padLat)],
    ],
  };
}

function boxBounds(projection: GeoProjection, box: MultiPoint): [[number, number], [number, number]] {
  const corners = box.coordinates.map(([lon = 0, lat = 0]) => projection([lon, lat]) ?? [0, 0]);
  const ys = corners.map(([, py = 0]) => py);
  const xs = corners.map(([px = 0]) => px);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}
