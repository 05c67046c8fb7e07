// The public API of the Sinergi model core. Everything here is pure: it runs unchanged in Node,
// in worker threads and in the browser.

export { createRng, shuffleInPlace, type Rng } from "./rng.js";
export { InputError } from "./input-error.js";

export {
  scenarioSchema,
  DOMAIN_NAMES,
  type DomainName,
  type Scenario,
  type ScenarioInput,
  type Shock,
  type ShockType,
  type Policies,
  type SharingRule,
} from "./scenario/schema.js";
export { parseScenario, parseScenarioJson, defaultScenario } from "./scenario/parse-scenario.js";
export { applyOverride, parseAssignment, readValue, withOverrides } from "./scenario/overrides.js";
export { scenarioJsonSchema } from "./scenario/json-schema.js";

export * from "./world/index.js";
export { resolveRegionSet } from "./world/region-sets.js";

export { DOMAINS } from "./domains/registry.js";
export type { Domain, DomainParameters, RegionProfiles } from "./domains/domain.js";

export * from "./metrics/index.js";

export { Model } from "./model/model.js";
export { runModel, type RunOptions, type RunResult, type RunSummary } from "./model/run-model.js";
export { yearColumns, regionColumns, type YearRow, type RegionRow } from "./model/results.js";

export * from "./experiment/index.js";
export * from "./experiment/analysis/index.js";

export * from "./lessons/index.js";

export * from "./calibration/index.js";
