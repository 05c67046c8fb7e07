// Whether the country outline belongs under a world's regions. The outline is Natural Earth's
// countries around Indonesia; a world whose coordinates lie elsewhere (a made-up grid, another part
// of the globe) would put its circles over unrelated coastlines, which misleads. So the outline is
// drawn only when every capital lies within the geographic box of some outlined country.
import { geoBounds } from "d3";
import type { FeatureCollection, GeoJsonProperties, Geometry } from "geojson";
import type { RegionInfo } from "../run/run-data.js";

/** Capitals on small islands sit just off the Natural Earth 1:50m coastline's box. */
const SLACK_DEG = 1;

type Box = [[number, number], [number, number]];

export function outlineCovers(
  outline: FeatureCollection<Geometry, GeoJsonProperties>,
  regions: readonly RegionInfo[],
): boolean {
  if (regions.length === 0 || outline.features.length === 0) return false;
  const boxes: Box[] = outline.features.map((feature) => geoBounds(feature));
  return regions.every((region) => boxes.some((box) => inBox(box, region.lon, region.lat)));
}

function inBox([[west, south], [east, north]]: Box, lon: number, lat: number): boolean {
  if (!(lat >= south - SLACK_DEG && lat <= north + SLACK_DEG)) return false;
  const west1 = west - SLACK_DEG;
  const east1 = east + SLACK_DEG;
  // d3 gives west > east for a box that crosses the antimeridian.
  return west <= east ? lon >= west1 && lon <= east1 : lon >= west1 || lon <= east1;
}
