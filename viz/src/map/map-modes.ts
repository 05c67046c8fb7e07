// What the map can encode: circle size and circle colour, each chosen by the user.

export const SIZE_MODES = ["population", "grdp"] as const;
export type SizeBy = (typeof SIZE_MODES)[number];

export const COLOUR_MODES = ["grdpPerCapita", "growth", "klassen", "agreements"] as const;
export type ColourBy = (typeof COLOUR_MODES)[number];

/** The figures the map writes in its legends, one number formatter each (the shell's, in its language). */
export type NumericMeasure = SizeBy | Exclude<ColourBy, "klassen">;
