/**
 * The worlds shipped in configs/worlds/, by the name a scenario's `world` gives them, with the calendar
 * year their figures describe. A scenario that names one of them and sets no `startYear` starts in that
 * year, so that `calendar_year` in the output says what year the data are (2021 for the regencies, 2010 for
 * the historical provinces) rather than the default world's 2022.
 */
export const BUILTIN_WORLD_DATA_YEARS: Readonly<Record<string, number>> = Object.freeze({
  "indonesia-2022": 2022,
  "indonesia-regencies-2021": 2021,
  "indonesia-provinces-2010": 2010,
});

/** The data year of a built-in world, or undefined for any other world reference. */
export function builtinWorldDataYear(name: string): number | undefined {
  return Object.hasOwn(BUILTIN_WORLD_DATA_YEARS, name) ? BUILTIN_WORLD_DATA_YEARS[name] : undefined;
}
