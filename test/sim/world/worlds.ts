import fc from "fast-check";
import { buildWorld, type World, type WorldRow } from "../../../sim/world/index.js";

/** A valid world row with the given place; the economic columns do not matter for geometry. */
export function placeRow(index: number, lat: number, lon: number, group: string): WorldRow {
  return {
    id: `r${index}`,
    name: `Region ${index}`,
    group,
    lat,
    lon,
    population: 1000 + index,
    grdp: 10 + index,
    share_agriculture: 0.1,
    share_mining: 0.1,
    share_manufacturing: 0.1,
    share_trade: 0.1,
    share_accommodation: 0.1,
  };
}

/**
 * Random small worlds for property tests. Coordinates come partly from a coarse grid so that equal
 * positions and equal distances (ties) are common, and partly from anywhere on the globe.
 */
export const arbitraryWorld: fc.Arbitrary<World> = fc
  .array(
    fc.record({
      lat: fc.oneof(
        fc.integer({ min: -4, max: 4 }).map((x) => x * 2.5),
        // Nearly equal latitudes, where rounding could break a naive sweep or tie order.
        fc.tuple(fc.integer({ min: -4, max: 4 }), fc.constantFrom(1e-9, -1e-12)).map(([x, e]) => x * 2.5 + e),
        fc.double({ min: -90, max: 90, noNaN: true }),
      ),
      lon: fc.oneof(
        fc.integer({ min: -4, max: 4 }).map((x) => 110 + x * 2.5),
        fc.double({ min: -180, max: 180, noNaN: true }),
      ),
      group: fc.constantFrom("A", "B", "C"),
    }),
    { minLength: 2, maxLength: 40 },
  )
  .map((places) =>
    buildWorld(
      places.map((p, i) => placeRow(i, p.lat, p.lon, p.group)),
      "arbitrary",
    ),
  );
