import type { SharingRule } from "../scenario/schema.js";

/**
 * The share of a joint gain that goes to party i (party j gets the rest).
 * - proportional: by GRDP, Y_i/(Y_i+Y_j): how gains fall without a negotiated rule (the default);
 * - equal: one half each;
 * - needs: by the partner's GRDP per capita, y_j/(y_i+y_j): more to the poorer party.
 */
export function shareOfParty(
  rule: SharingRule,
  grdpI: number,
  grdpJ: number,
  perCapitaI: number,
  perCapitaJ: number,
): number {
  switch (rule) {
    case "proportional":
      return grdpI / (grdpI + grdpJ);
    case "equal":
      return 0.5;
    case "needs":
      return perCapitaJ / (perCapitaI + perCapitaJ);
  }
}
