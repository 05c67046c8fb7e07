// Confronting the model with observed history: the history file, its alignment with a world, the
// disparity indices computed as the model computes them, and the fit statistics of a calibration.
export { parseHistoryCsv, historyYear, type History } from "./history.js";
export { alignHistory } from "./align.js";
export { disparity, groupIndices, DISPARITY_KEYS, type Disparity } from "./disparity.js";
