/**
 * Klassen typology: each region is placed by its per-capita GRDP and its growth against a
 * reference (usually the national figures of the same year).
 *
 *                      growth ≥ reference   growth < reference
 *   income ≥ reference         1                    2
 *   income < reference         3                    4
 *
 * A value equal to its reference counts as high, so a world of identical regions lands in 1.
 * "Equal" allows a relative tolerance of 1e-9: when every region grows at the same rate, rounding
 * in the sums must not scatter regions across quadrants.
 */
const RELATIVE_TOLERANCE = 1e-9;

function atLeast(value: number, reference: number): boolean {
  return value >= reference - RELATIVE_TOLERANCE * Math.max(Math.abs(reference), Math.abs(value), 1e-12);
}
export type KlassenQuadrant = 1 | 2 | 3 | 4;

/** The quadrants as they are named in Indonesian planning documents, and in English. */
export const KLASSEN_LABELS = {
  1: { id: "maju dan tumbuh cepat", en: "developed and fast-growing" },
  2: { id: "maju tapi tertekan", en: "developed but depressed" },
  3: { id: "berkembang cepat", en: "fast-developing" },
  4: { id: "relatif tertinggal", en: "relatively underdeveloped" },
} as const satisfies Record<KlassenQuadrant, { id: string; en: string }>;

export function klassenQuadrant(
  perCapita: number,
  growth: number,
  perCapitaReference: number,
  growthReference: number,
): KlassenQuadrant {
  const highIncome = atLeast(perCapita, perCapitaReference);
  const highGrowth = atLeast(growth, growthReference);
  if (highIncome) return highGrowth ? 1 : 2;
  return highGrowth ? 3 : 4;
}

/**
 * Classifies every region into `out` (one quadrant per region), for the per-region output of a
 * year without allocating.
 */
export function klassenQuadrants(
  perCapita: ArrayLike<number>,
  growth: ArrayLike<number>,
  perCapitaReference: number,
  growthReference: number,
  out: Int8Array,
): Int8Array {
  if (growth.length !== perCapita.length || out.length < perCapita.length) {
    throw new RangeError(
      `klassenQuadrants: perCapita has ${perCapita.length} entries, growth ${growth.length}, out ${out.length}`,
    );
  }
  for (let i = 0; i < perCapita.length; i++) {
    out[i] = klassenQuadrant(perCapita[i]!, growth[i]!, perCapitaReference, growthReference);
  }
  return out;
}

/**
 * How regions moved between quadrants over a run: `matrix[from − 1][to − 1]` counts the regions
 * in quadrant `from` at the start and `to` at the end. The diagonal holds those that stayed.
 */
export type KlassenTransitionMatrix = [
  [number, number, number, number],
  [number, number, number, number],
  [number, number, number, number],
  [number, number, number, number],
];

export function klassenTransitions(
  start: ArrayLike<number>,
  end: ArrayLike<number>,
): KlassenTransitionMatrix {
  if (start.length !== end.length) {
    throw new RangeError(`klassenTransitions: start has ${start.length} regions but end has ${end.length}`);
  }
  const matrix: KlassenTransitionMatrix = [
    [0, 0, 0, 0],
    [0, 0, 0, 0],
    [0, 0, 0, 0],
    [0, 0, 0, 0],
  ];
  for (let i = 0; i < start.length; i++) {
    const from = start[i]!;
    const to = end[i]!;
    if (!isQuadrant(from) || !isQuadrant(to)) {
      throw new RangeError(
        `klassenTransitions: region ${i} goes from ${from} to ${to}; quadrants are 1 to 4`,
      );
    }
    const row = matrix[from - 1]!;
    row[to - 1] = row[to - 1]! + 1;
  }
  return matrix;
}

function isQuadrant(value: number): value is KlassenQuadrant {
  return value === 1 || value === 2 || value === 3 || value === 4;
}
