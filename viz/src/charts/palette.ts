// Colours shared by the charts and the map, chosen to stay distinguishable with the common forms of
// colour-vision deficiency (and in greyscale print, together with the dashes and patterns the charts add).

/**
 * Okabe & Ito's (2008) qualitative palette, in the order series take it: the strongest contrasts on white
 * first, yellow (weak on white) last.
 */
export const OKABE_ITO = [
  "#0072B2", // blue
  "#D55E00", // vermillion
  "#009E73", // bluish green
  "#E69F00", // orange
  "#CC79A7", // reddish purple
  "#56B4E9", // sky blue
  "#000000", // black
  "#F0E442", // yellow
] as const;

/** The colour of the i-th category (series, group): Okabe–Ito, cycling when there are more than eight. */
export function categoryColour(index: number): string {
  const n = OKABE_ITO.length;
  return OKABE_ITO[((index % n) + n) % n]!;
}

/**
 * The cooperation domains (sim's DOMAIN_NAMES), each with a fixed Okabe–Ito colour, so that trade is the
 * same blue in the cooperation chart, the map's agreement links and their legends.
 */
export const DOMAIN_COLOURS: Readonly<Record<string, string>> = {
  trade: "#0072B2",
  tourism: "#CC79A7",
  food: "#009E73",
  energy: "#E69F00",
};

/** A domain's colour; a domain the palette does not know (a model extension) takes one by its position. */
export function domainColour(domain: string, index: number): string {
  return DOMAIN_COLOURS[domain] ?? categoryColour(index + 4);
}

/**
 * Klassen quadrants 1–4 (sim/metrics/klassen.ts), from ColorBrewer's colour-blind-safe BrBG scheme, so
 * they never look like the domain colours of the links drawn over them: teal for growth at or above the
 * reference, brown for growth below it; the dark tone for income at or above the reference.
 * Key 0 is year 0, when growth (and so the quadrant) is undefined.
 */
export const KLASSEN_COLOURS: Readonly<Record<0 | 1 | 2 | 3 | 4, string>> = {
  0: "#bdbdbd",
  1: "#018571", // developed and fast-growing
  2: "#a6611a", // developed but depressed
  3: "#80cdc1", // fast-developing
  4: "#dfc27d", // relatively underdeveloped
};

/** Ink for text, axes and reference lines: dark grey rather than black, but still above 10:1 on white. */
export const INK = "#333333";
/** Grid lines and other marks that must stay behind the data. */
export const GRID = "#e0e0e0";
/** The neutral band of a difference chart, where the colour already says A or B. */
export const NEUTRAL = "#7f7f7f";
