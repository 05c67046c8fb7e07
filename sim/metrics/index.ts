// The disparity and growth measures reported each year, and the run-level convergence measures.
export { williamson } from "./williamson.js";
export { theil, type TheilDecomposition } from "./theil.js";
export { gini, giniOfOrdered } from "./gini.js";
export {
  meanPerCapita,
  sigmaLog,
  maxMinRatio,
  weightedMedian,
  weightedMedianOfOrdered,
} from "./dispersion.js";
export {
  KLASSEN_LABELS,
  klassenQuadrant,
  klassenQuadrants,
  klassenTransitions,
  type KlassenQuadrant,
  type KlassenTransitionMatrix,
} from "./klassen.js";
export { betaConvergence, type BetaConvergence } from "./convergence.js";
export { createSortScratch, resortIndicesByKey, sortIndicesByKey, type SortScratch } from "./sort-scratch.js";
