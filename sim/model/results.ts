/**
 * What a run produces. Column names are the public output contract: the CLI writes them as CSV and
 * JSONL headers, sweeps prefix them with run columns, and the dashboard reads them by name.
 */

/** One row per simulated year (year 0 = the world as loaded). */
export interface YearRow {
  year: number;
  calendar_year: number;
  grdp_total: number;
  /** Growth of total GRDP over the previous year; null in year 0. */
  growth_rate: number | null;
  /** Million IDR per person (Rp juta), as are all per-capita columns. */
  grdp_per_capita_mean: number;
  grdp_per_capita_median: number;
  population_total: number;
  williamson: number;
  theil: number;
  theil_between: number;
  theil_within: number;
  gini: number;
  sigma_log: number;
  max_min_ratio: number;
  /** Active agreements per domain, keyed `agreements_<domain>`; likewise `coop_rate_<domain>`. */
  [domainColumn: `agreements_${string}` | `coop_rate_${string}`]: number;
  agreements_total: number;
  agreements_formed: number;
  agreements_broken: number;
  agreements_repaired: number;
  mean_trust: number;
  mean_ego: number;
  mean_capacity: number;
  mean_propensity: number;
  net_cooperation_gain: number;
  policy_cost: number;
}

/** One row per region per year, when requested (it is large). */
export interface RegionRow {
  year: number;
  id: string;
  name: string;
  group: string;
  population: number;
  grdp: number;
  grdp_per_capita: number;
  growth_rate: number | null;
  capacity: number;
  ego: number;
  agreements: number;
  net_cooperation_gain: number;
  /** Klassen quadrant 1–4 against the world's mean income and growth this year; null in year 0. */
  klassen: number | null;
  [propensityColumn: `propensity_${string}`]: number;
}

/**
 * The per-year columns in their documented order, for writers of tables (CLI files, sweep outputs,
 * the dashboard's export): per-domain columns follow the domains' order.
 */
export function yearColumns(domainNames: readonly string[]): string[] {
  return [
    "year",
    "calendar_year",
    "grdp_total",
    "growth_rate",
    "grdp_per_capita_mean",
    "grdp_per_capita_median",
    "population_total",
    "williamson",
    "theil",
    "theil_between",
    "theil_within",
    "gini",
    "sigma_log",
    "max_min_ratio",
    ...domainNames.map((d) => `agreements_${d}`),
    ...domainNames.map((d) => `coop_rate_${d}`),
    "agreements_total",
    "agreements_formed",
    "agreements_broken",
    "agreements_repaired",
    "mean_trust",
    "mean_ego",
    "mean_capacity",
    "mean_propensity",
    "net_cooperation_gain",
    "policy_cost",
  ];
}

/** The per-region-per-year columns in their documented order. */
export function regionColumns(domainNames: readonly string[]): string[] {
  return [
    "year",
    "id",
    "name",
    "group",
    "population",
    "grdp",
    "grdp_per_capita",
    "growth_rate",
    "capacity",
    "ego",
    "agreements",
    "net_cooperation_gain",
    "klassen",
    ...domainNames.map((d) => `propensity_${d}`),
  ];
}
