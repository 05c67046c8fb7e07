import type { Scenario, ShockType } from "../scenario/schema.js";

/**
 * What the domains need to know about each region, computed once from the world: location
 * quotients per domain and the sector profile (for complementarity).
 */
export interface RegionProfiles {
  readonly size: number;
  /** Location quotient of the domain's sector(s), row-major [region * domainCount + domain]. */
  readonly lq: Float64Array;
  readonly domainCount: number;
  /** Sector shares including "other" as the last entry, row-major [region * profileWidth + sector]. */
  readonly profile: Float64Array;
  readonly profileWidth: number;
}

/** A domain's parameters as the model reads them from a scenario. */
export interface DomainParameters {
  /** κ_d: scale of the yearly joint gain. */
  readonly scale: number;
  /** θ_d: distance elasticity. */
  readonly decay: number;
  /** Years of building before gains flow (0 = gains from the first year). */
  readonly buildYears: number;
  /** Up-front investment as a multiple of the yearly joint gain (0 = none). */
  readonly investmentYears: number;
  /** Share of a shock's loss one active agreement absorbs, for the shock this domain buffers. */
  readonly shockBuffer: number;
}

/**
 * A domain of cooperation (bidang kerja sama). The model's loops run over the registry of these,
 * so a new domain (river basins, waste, health) is a new file here, an entry in the registry and
 * its parameters in the scenario schema; the loop does not change.
 */
export interface Domain {
  readonly name: string;
  /** Indonesian name, for summaries and the dashboard. */
  readonly nameId: string;
  /** Sector(s) of the world file whose location quotient measures the endowment (indices into SECTORS). */
  readonly sectors: readonly number[];
  /** The shock whose losses active agreements in this domain soften, if any. */
  readonly buffers: ShockType | null;
  /** The shock that scales this domain's gains down while it lasts, if any. */
  readonly hitBy: ShockType | null;
  parameters(scenario: Scenario): DomainParameters;
  /**
   * The domain's pair factor, symmetric and non-negative: what makes this pair of regions worth
   * cooperating with in this domain, apart from their size and distance.
   */
  pairFactor(profiles: RegionProfiles, domainIndex: number, i: number, j: number): number;
}
