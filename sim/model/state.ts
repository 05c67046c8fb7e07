import type { Domain, DomainParameters, RegionProfiles } from "../domains/domain.js";
import type { Rng } from "../rng.js";
import type { Scenario } from "../scenario/schema.js";
import type { World } from "../world/world.js";
import type { AgreementTable } from "./agreement-table.js";
import type { PairTerms } from "./pair-terms.js";
import type { RunScratch } from "./scratch.js";
import type { TrustTable } from "./trust-table.js";
import { recordClass } from "../record-class.js";

/**
 * Everything that is fixed for a run: the world, the scenario, the domains and their parameters,
 * precomputed pair terms and region sets. Phases read it; they never change it.
 */
export interface RunContext {
  readonly world: World;
  readonly scenario: Scenario;
  readonly domains: readonly Domain[];
  readonly domainParameters: readonly DomainParameters[];
  readonly profiles: RegionProfiles;
  readonly pairs: PairTerms;
  /** k nearest candidate partners per region, row-major [region * k + rank]. */
  readonly nearest: Int32Array;
  readonly nearestCount: number;
  /**
   * Each region's nearest regions, sorted, row-major [region * neighbourCount + rank]: the k nearest
   * are the first `nearestCount`, the discovery pool the first `poolCount`.
   */
  readonly neighbours: Int32Array;
  readonly neighbourCount: number;
  /** Regions each region can notice by discovery, its nearest; 0 = every region (exact). */
  readonly poolCount: number;
  /** Regional body of each region (its group) or −1. */
  readonly body: Int32Array;
  /** Members of each body, by body (group) index. */
  readonly bodyMembers: readonly Int32Array[];
  /** Per shock (scenario order), which regions it hits. */
  readonly shockRegions: readonly Uint8Array[];
  /** Yearly population growth of each region. */
  readonly populationGrowth: Float64Array;
  /** Yearly base GRDP growth of each region: its group's rate (economy.baseGrowthByGroup), else baseGrowth. */
  readonly baseGrowth: Float64Array;
  readonly rng: Rng;
  /** Working memory of the yearly loops (contents carry no meaning between uses). */
  readonly scratch: RunScratch;
}

/**
 * The state that changes year by year, as typed arrays indexed by region (and domain, row-major
 * [region * D + domain]). Trust is kept only for pairs that have interacted (directed: i's trust
 * in j), so worlds of any size fit.
 */
export interface ModelState {
  /** Simulated years completed; 0 before the first step. */
  year: number;
  readonly population: Float64Array;
  readonly grdp: Float64Array;
  readonly grdpLastYear: Float64Array;
  readonly capacity: Float64Array;
  readonly ego: Float64Array;
  readonly propensity: Float64Array;
  readonly trust: TrustTable;
  readonly agreements: AgreementTable;
  /** Agreements each region runs (all domains). */
  readonly load: Int32Array;
  /** Yearly cost each region has committed to its agreements, billion IDR (the budget check). */
  readonly committed: Float64Array;
  /** This year's net cooperation gain per region and per region-domain, billion IDR. */
  readonly netGain: Float64Array;
  readonly netGainByDomain: Float64Array;
  /** Whether region i searched in domain d this year (for reinforcement learning). */
  readonly searched: Uint8Array;
  /** This year's shock loss per region, billion IDR. */
  readonly shockLoss: Float64Array;
  /** This year's incentive bonus per region, billion IDR. */
  readonly incentive: Float64Array;
  /** Counters of this year's events and spending. */
  formed: number;
  broken: number;
  repaired: number;
  policyCost: number;
}

/** A run's context and state are made with these, not as object literals (see record-class.ts). */
export const RunContextRecord = recordClass<RunContext>();
export const ModelStateRecord = recordClass<ModelState>();
