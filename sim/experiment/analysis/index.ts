// Sensitivity analysis of a sweep's outputs: Sobol indices (Saltelli design), Morris screening
// (Morris design) and standardized regression coefficients (any design).
export { sobolIndices, type SobolIndices, type SobolOptions } from "./sobol.js";
export { morrisIndices, type MorrisIndices } from "./morris.js";
export { standardizedRegression, type StandardizedRegression } from "./regression.js";
export { percentileBootstrap, quantile } from "./bootstrap.js";
