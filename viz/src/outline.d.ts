// The virtual module of viz/build/outline-plugin.ts: Natural Earth country outlines around Indonesia.
declare module "virtual:sinergi/outline" {
  import type { FeatureCollection, Geometry } from "geojson";
  const outline: FeatureCollection<Geometry, { name: string; iso: string; home: boolean }>;
  export default outline;
}
