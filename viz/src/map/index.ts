// The map's public face for the shell: the factory, the helpers that fix its scales over a run, and
// the region choices for a <select> beside it.
export {
  createRegionMap,
  type OutlineCollection,
  type RegionMap,
  type RegionMapFormatters,
  type RegionMapLabels,
  type RegionMapOptions,
  type RegionMapView,
} from "./region-map.js";
export { colourDomain, sizeDomain } from "./map-domains.js";
export { COLOUR_MODES, SIZE_MODES, type ColourBy, type NumericMeasure, type SizeBy } from "./map-modes.js";
export { outlineCovers } from "./outline-coverage.js";
export { regionOptions, type RegionOption } from "./region-options.js";
export type { DescriptionRows } from "./region-tooltip.js";
