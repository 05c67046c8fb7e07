import {
  createSortScratch,
  giniOfOrdered,
  klassenQuadrants,
  maxMinRatio,
  meanPerCapita,
  resortIndicesByKey,
  sigmaLog,
  sortIndicesByKey,
  theil,
  weightedMedianOfOrdered,
  williamson,
  type SortScratch,
} from "../metrics/index.js";
import type { RegionRow, YearRow } from "./results.js";
import type { ModelState, RunContext } from "./state.js";

/**
 * GRDP is held in billion IDR, but per-capita figures are written in million IDR (Rp juta) per
 * person, the unit Indonesian readers know (DKI Jakarta 2022: about 300).
 */
const MILLION_IDR_PER_BILLION = 1000;

/**
 * Turns the state at the end of a year into output rows. Holds its scratch buffers so that
 * recording a year allocates only the row itself.
 */
export class YearRecorder {
  private readonly sortScratch: SortScratch;
  private readonly theilScratch: Float64Array;
  private readonly theilOut = { total: 0, between: 0, within: 0 };
  private readonly perCapita: Float64Array;
  private readonly growth: Float64Array;
  private readonly quadrants: Int8Array;
  /** Whether region i runs an agreement in domain d, [i·D + d], while counting them. */
  private readonly seen: Uint8Array;
  /** Whether `sortScratch.order` holds a permutation from an earlier year, to re-sort from. */
  private ordered = false;
  /** Per domain, its agreements and the regions running one, counted each year into these. */
  private readonly domainAgreements: Int32Array;
  private readonly domainRegions: Int32Array;
  /** Per domain, its two column names (`agreements_<domain>`, `coop_rate_<domain>`), made once. */
  private readonly agreementColumns: readonly `agreements_${string}`[];
  private readonly rateColumns: readonly `coop_rate_${string}`[];

  constructor(private readonly context: RunContext) {
    const n = context.world.size;
    this.sortScratch = createSortScratch(n);
    this.theilScratch = new Float64Array(2 * context.world.groups.length);
    this.perCapita = new Float64Array(n);
    this.growth = new Float64Array(n);
    this.quadrants = new Int8Array(n);
    this.seen = new Uint8Array(n * context.domains.length);
    this.domainAgreements = new Int32Array(context.domains.length);
    this.domainRegions = new Int32Array(context.domains.length);
    this.agreementColumns = context.domains.map((domain) => `agreements_${domain.name}` as const);
    this.rateColumns = context.domains.map((domain) => `coop_rate_${domain.name}` as const);
  }

  yearRow(state: ModelState): YearRow {
    const { world, domains, scenario } = this.context;
    const n = world.size;
    const { grdp, population } = state;
    let total = 0;
    let totalLastYear = 0;
    let people = 0;
    const keys = this.sortScratch.keys;
    for (let i = 0; i < n; i++) {
      total += grdp[i]!;
      totalLastYear += state.grdpLastYear[i]!;
      people += population[i]!;
      this.perCapita[i] = grdp[i]! / population[i]!;
      keys[i] = this.perCapita[i]!;
    }
    // One order by income serves the Gini and the median, as `gini` and `weightedMedian` would each
    // sort it (their sums are the ones above, in the same order), kept from year to year.
    const order = this.ordered
      ? resortIndicesByKey(this.sortScratch, n)
      : sortIndicesByKey(this.sortScratch, n);
    this.ordered = true;
    const t = theil(grdp, population, world.groupOf, world.groups.length, this.theilOut, this.theilScratch);
    const row: YearRow = {
      year: state.year,
      calendar_year: scenario.startYear + state.year,
      grdp_total: total,
      growth_rate: state.year === 0 ? null : total / totalLastYear - 1,
      grdp_per_capita_mean: MILLION_IDR_PER_BILLION * meanPerCapita(grdp, population),
      grdp_per_capita_median:
        MILLION_IDR_PER_BILLION *
        (people > 0 ? weightedMedianOfOrdered(this.perCapita, population, order, people) : Number.NaN),
      population_total: people,
      williamson: williamson(grdp, population),
      theil: t.total,
      theil_between: t.between,
      theil_within: t.within,
      gini: n === 0 ? Number.NaN : giniOfOrdered(grdp, population, order, total, people),
      sigma_log: sigmaLog(grdp, population),
      max_min_ratio: maxMinRatio(grdp, population),
      agreements_total: state.agreements.count,
      agreements_formed: state.formed,
      agreements_broken: state.broken,
      agreements_repaired: state.repaired,
      mean_trust: meanTrust(this.context, state),
      mean_ego: mean(state.ego),
      mean_capacity: mean(state.capacity),
      mean_propensity: mean(state.propensity),
      net_cooperation_gain: sum(state.netGain),
      policy_cost: state.policyCost,
    };
    agreementsPerDomain(this.context, state, this.seen, this.domainAgreements, this.domainRegions);
    for (let d = 0; d < domains.length; d++) {
      row[this.agreementColumns[d]!] = this.domainAgreements[d]!;
      row[this.rateColumns[d]!] = this.domainRegions[d]! / n;
    }
    return row;
  }

  regionRows(state: ModelState): RegionRow[] {
    const { world, domains } = this.context;
    const n = world.size;
    const domainCount = domains.length;
    let total = 0;
    let totalLast = 0;
    let people = 0;
    for (let i = 0; i < n; i++) {
      total += state.grdp[i]!;
      totalLast += state.grdpLastYear[i]!;
      people += state.population[i]!;
      this.perCapita[i] = state.grdp[i]! / state.population[i]!;
      this.growth[i] = state.grdp[i]! / state.grdpLastYear[i]! - 1;
    }
    const hasGrowth = state.year > 0;
    if (hasGrowth)
      klassenQuadrants(this.perCapita, this.growth, total / people, total / totalLast - 1, this.quadrants);
    const rows: RegionRow[] = [];
    for (let i = 0; i < n; i++) {
      const row: RegionRow = {
        year: state.year,
        id: world.ids[i]!,
        name: world.names[i]!,
        group: world.groups[world.groupOf[i]!]!,
        population: state.population[i]!,
        grdp: state.grdp[i]!,
        grdp_per_capita: MILLION_IDR_PER_BILLION * this.perCapita[i]!,
        growth_rate: hasGrowth ? this.growth[i]! : null,
        capacity: state.capacity[i]!,
        ego: state.ego[i]!,
        agreements: state.load[i]!,
        net_cooperation_gain: state.netGain[i]!,
        klassen: hasGrowth ? this.quadrants[i]! : null,
      };
      domains.forEach((domain, d) => {
        row[`propensity_${domain.name}`] = state.propensity[i * domainCount + d]!;
      });
      rows.push(row);
    }
    return rows;
  }
}

/** Counts each domain's agreements and the regions running one into `agreements` and `regions`. */
function agreementsPerDomain(
  context: RunContext,
  state: ModelState,
  seen: Uint8Array,
  agreements: Int32Array,
  regions: Int32Array,
): void {
  const domainCount = context.domains.length;
  agreements.fill(0);
  regions.fill(0);
  seen.fill(0);
  const table = state.agreements;
  for (let r = 0; r < table.count; r++) {
    const d = table.domain[r]!;
    agreements[d]!++;
    const a = table.a[r]! * domainCount + d;
    const b = table.b[r]! * domainCount + d;
    if (!seen[a]) {
      seen[a] = 1;
      regions[d]!++;
    }
    if (!seen[b]) {
      seen[b] = 1;
      regions[d]!++;
    }
  }
}

/** Mean trust over the pairs that have ever worked together; the initial trust before any have. */
function meanTrust(context: RunContext, state: ModelState): number {
  if (state.trust.size === 0) return context.scenario.cooperation.initialTrust;
  return state.trust.sum() / state.trust.size;
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}

function mean(values: ArrayLike<number>): number {
  return values.length === 0 ? 0 : sum(values) / values.length;
}
