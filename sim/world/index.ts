// The public API of worlds: what a world is, how one is read, generated and measured.
export { SECTORS, type Sector, type World, type WorldRow } from "./world.js";
export { buildWorld } from "./build-world.js";
export { BUILTIN_WORLD_DATA_YEARS, builtinWorldDataYear } from "./builtin-worlds.js";
export { parseWorldCsv } from "./parse-world.js";
export {
  EARTH_RADIUS_KM,
  distanceMatrix,
  greatCircleKm,
  nearestNeighbours,
  pairDistanceKm,
  pairDistanceLookup,
} from "./distance.js";
export { syntheticWorld, type SyntheticWorldOptions } from "./synthetic.js";
export { locationQuotients, nationalShares } from "./location-quotients.js";
