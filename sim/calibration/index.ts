// Confronting the model with observed history: the history file, its alignment with a world, the
// disparity indices computed as the model computes them, simulated and observed paths, the parameter
// sets a calibration fits and the fit statistics. The optimiser itself runs in the CLI (sinergi calibrate).
export { parseHistoryCsv, historyYear, type History } from "./history.js";
export { alignHistory } from "./align.js";
export { disparity, groupIndices, DISPARITY_KEYS, type Disparity } from "./disparity.js";
export {
  CALIBRATION_VARIANTS,
  calibrationParameters,
  withParameters,
  type CalibrationVariant,
  type CalibrationParameter,
} from "./parameters.js";
export { simulatePaths, type Paths } from "./simulate.js";
export { observedPaths } from "./observed.js";
export { fitStatistics, logIncomeResiduals, type FitStatistics } from "./fit-statistics.js";
