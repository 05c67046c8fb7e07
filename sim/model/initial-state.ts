import { DOMAINS } from "../domains/registry.js";
import type { Domain, DomainParameters, RegionProfiles } from "../domains/domain.js";
import { regionProfiles } from "../domains/region-profiles.js";
import { InputError } from "../input-error.js";
import { bodyMembership } from "../policies/regional-body.js";
import { createRng } from "../rng.js";
import type { Scenario } from "../scenario/schema.js";
import { nearestNeighbours } from "../world/distance.js";
import { resolveRegionSet } from "../world/region-sets.js";
import type { World } from "../world/world.js";
import { AgreementTable } from "./agreement-table.js";
import { PairTerms } from "./pair-terms.js";
import { NeighbourSlots } from "./neighbour-slots.js";
import { TrustTable } from "./trust-table.js";
import { RunScratch } from "./scratch.js";
import { CandidateEvaluator } from "./phases/candidate-evaluator.js";
import { geometricSkips } from "./geometric-skips.js";
import { SHOCK_TYPES } from "./year-conditions.js";
import { ModelStateRecord, RunContextRecord, type ModelState, type RunContext } from "./state.js";
import { log } from "../math.js";
import { recordClass } from "../record-class.js";

/**
 * Every domain's parameters in one shape, read in the phases' loops: the domain files' spread literals
 * differ in keys and order from domain to domain (see record-class.ts for why shapes matter).
 */
const DomainParametersRecord = recordClass<DomainParameters>();

/**
 * Sets up a run: the fixed context (domains, pair terms, candidate lists, region sets) and the
 * year-0 state. Capacity comes from the world file where given, otherwise from log GRDP per capita
 * scaled to [capacityMin, capacityMax]; ego from the scenario's byRegion, byGroup, the world file,
 * then the mean (plus a seeded spread), in that order of precedence.
 */
export function initialise(
  world: World,
  scenario: Scenario,
  domains: readonly Domain[] = DOMAINS,
): { context: RunContext; state: ModelState } {
  const n = world.size;
  const rng = createRng(scenario.seed);
  const domainParameters = domains.map((d) => {
    const { scale, decay, buildYears, investmentYears, shockBuffer } = d.parameters(scenario);
    return new DomainParametersRecord({ scale, decay, buildYears, investmentYears, shockBuffer });
  });
  const profiles = regionProfiles(world, domains);
  const { pairs, nearest, nearestCount, neighbours, neighbourCount, poolCount } = staticTerms(
    world,
    scenario,
    domains,
    domainParameters,
    profiles,
  );

  const body = bodyMembership(scenario.policies.regionalBody, world);
  const bodyMembers = world.groups.map((_, g) => Int32Array.from(membersOf(body, g)));
  const shockRegions = scenario.shocks.map((s, k) =>
    resolveRegionSet(world, s.regions, `shocks[${k}].regions`),
  );
  const populationGrowth = Float64Array.from(world.populationGrowth, (g) =>
    Number.isNaN(g) ? scenario.economy.populationGrowth : g,
  );
  const baseGrowth = regionBaseGrowth(world, scenario);

  const context: RunContext = new RunContextRecord({
    world,
    scenario,
    domains,
    domainParameters,
    profiles,
    pairs,
    nearest,
    nearestCount,
    neighbours,
    neighbourCount,
    poolCount,
    body,
    bodyMembers,
    shockRegions,
    populationGrowth,
    baseGrowth,
    rng,
    scratch: new RunScratch(n, SHOCK_TYPES.length, domains.length),
  });

  const domainCount = domains.length;
  // Per-pair state of listed pairs in slots of the neighbour lists, where the tables have no dense
  // N×N form (they ignore it otherwise).
  const slots = neighbourCount > 0 ? new NeighbourSlots(neighbours, neighbourCount) : null;
  const propensity = new Float64Array(n * domainCount);
  const byName = scenario.cooperation.propensity as Record<string, number>;
  domains.forEach((domain, d) => {
    const p = byName[domain.name] ?? 0.5;
    for (let i = 0; i < n; i++) propensity[i * domainCount + d] = p;
  });

  const state: ModelState = new ModelStateRecord({
    year: 0,
    population: Float64Array.from(world.population),
    grdp: Float64Array.from(world.grdp),
    grdpLastYear: Float64Array.from(world.grdp),
    capacity: initialCapacity(world, scenario),
    ego: initialEgo(world, scenario, rng),
    propensity,
    trust: new TrustTable(n, slots),
    agreements: new AgreementTable(n, domainCount, slots),
    load: new Int32Array(n),
    committed: new Float64Array(n),
    netGain: new Float64Array(n),
    netGainByDomain: new Float64Array(n * domainCount),
    searched: new Uint8Array(n * domainCount),
    shockLoss: new Float64Array(n),
    incentive: new Float64Array(n),
    formed: 0,
    broken: 0,
    repaired: 0,
    policyCost: 0,
  });
  context.scratch.evaluator = new CandidateEvaluator(context, state);
  // The skip table of the scenario's own discovery probability: search remakes it in a year whose
  // probability differs (the information platform), and otherwise checks it from the first year on.
  context.scratch.skips = geometricSkips(scenario.cooperation.discovery, poolCount > 0 ? poolCount : n);
  return { context, state };
}

interface StaticTerms {
  readonly domains: readonly Domain[];
  readonly key: string;
  readonly pairs: PairTerms;
  readonly nearest: Int32Array;
  readonly nearestCount: number;
  readonly neighbours: Int32Array;
  readonly neighbourCount: number;
  readonly poolCount: number;
}

/** `discoveryPool: "auto"` keeps exact discovery over all regions in worlds up to this size… */
export const AUTO_POOL_LIMIT = 1024;
/** …and above it lets each region notice only its this many nearest regions. */
export const AUTO_POOL_SIZE = 128;

/**
 * The discovery pool of a scenario on a world of n regions: 0 for all regions (exact), else the
 * number of nearest regions each region can notice. A pool that would hold every other region is
 * read as "all", so that the approximation switches off exactly where it would change nothing.
 */
export function discoveryPoolSize(pool: Scenario["cooperation"]["discoveryPool"], n: number): number {
  const size = pool === "all" ? 0 : pool === "auto" ? (n <= AUTO_POOL_LIMIT ? 0 : AUTO_POOL_SIZE) : pool;
  return size >= n - 1 ? 0 : size;
}

/**
 * The last static pair terms and candidate lists computed for each world. They depend only on the
 * world, the domains and a few scenario numbers, never on the seed or the levers, so a sweep or a
 * benchmark that runs one world many times computes them once (for 514 regions they cost more than
 * a year of the model). Only the last set per world is kept: a sweep over distance parameters
 * replaces it rather than piling up matrices. Worlds are immutable once built, which makes this safe.
 */
const staticCache = new WeakMap<World, StaticTerms>();

function staticTerms(
  world: World,
  scenario: Scenario,
  domains: readonly Domain[],
  domainParameters: readonly DomainParameters[],
  profiles: RegionProfiles,
): StaticTerms {
  const { d0, seaFactor } = scenario.distance;
  const n = world.size;
  const nearestCount = Math.min(scenario.cooperation.nearestPartners, n - 1);
  const poolCount = discoveryPoolSize(scenario.cooperation.discoveryPool, n);
  const decay = Float64Array.from(domainParameters, (p) => p.decay);
  const key = JSON.stringify([d0, seaFactor, nearestCount, poolCount, Array.from(decay)]);
  const cached = staticCache.get(world);
  if (cached && cached.domains === domains && cached.key === key) return cached;
  // One neighbour search serves both lists: the k nearest are the first k of the pool's M nearest.
  const neighbourCount = Math.max(nearestCount, poolCount);
  const neighbours = nearestNeighbours(world, neighbourCount, seaFactor);
  const nearest = new Int32Array(n * nearestCount);
  for (let i = 0; i < n; i++)
    nearest.set(neighbours.subarray(i * neighbourCount, i * neighbourCount + nearestCount), i * nearestCount);
  const pairs = new PairTerms(world, profiles, domains, decay, d0, seaFactor, neighbours);
  const terms = { domains, key, pairs, nearest, nearestCount, neighbours, neighbourCount, poolCount };
  staticCache.set(world, terms);
  return terms;
}

function* membersOf(body: Int32Array, group: number): Generator<number> {
  for (let i = 0; i < body.length; i++) if (body[i] === group) yield i;
}

function initialCapacity(world: World, scenario: Scenario): Float64Array {
  const n = world.size;
  const { capacityMin, capacityMax } = scenario.economy;
  if (capacityMin > capacityMax) {
    throw new InputError(
      "scenario",
      "economy.capacityMin",
      `${capacityMin} is above economy.capacityMax (${capacityMax}); the poorest region cannot have more capacity than the richest`,
    );
  }
  const logIncome = Float64Array.from({ length: n }, (_, i) => log(world.grdp[i]! / world.population[i]!));
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of logIncome) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return Float64Array.from({ length: n }, (_, i) => {
    const fromFile = world.capacity[i]!;
    if (!Number.isNaN(fromFile)) return fromFile;
    // Richer regions have deeper benches of planners and lawyers; with equal incomes, the middle.
    const position = hi > lo ? (logIncome[i]! - lo) / (hi - lo) : 0.5;
    return capacityMin + (capacityMax - capacityMin) * position;
  });
}

/**
 * Each region's base growth, computed once per run so that the year loop reads a typed array: the
 * rate of its group where economy.baseGrowthByGroup names it, else economy.baseGrowth.
 */
function regionBaseGrowth(world: World, scenario: Scenario): Float64Array {
  const { baseGrowth, baseGrowthByGroup } = scenario.economy;
  const rates = new Float64Array(world.size).fill(baseGrowth);
  for (const [group, rate] of Object.entries(baseGrowthByGroup)) {
    const g = world.groups.indexOf(group);
    if (g < 0)
      throw new InputError(
        "scenario",
        `economy.baseGrowthByGroup.${group}`,
        `no group "${group}" in the world (${world.groups.join(", ")})`,
      );
    for (let i = 0; i < world.size; i++) if (world.groupOf[i] === g) rates[i] = rate;
  }
  return rates;
}

function initialEgo(world: World, scenario: Scenario, rng: ReturnType<typeof createRng>): Float64Array {
  const n = world.size;
  const { mean, spread, byGroup, byRegion } = scenario.ego;
  const ego = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const fromFile = world.ego[i]!;
    ego[i] = Number.isNaN(fromFile) ? mean : fromFile;
    // Drawn for every region whatever else applies, so an override of one region does not shift
    // the random numbers of the others.
    if (spread > 0) ego[i] = Math.min(1, Math.max(0, ego[i]! + spread * rng.normal()));
  }
  for (const [group, value] of Object.entries(byGroup)) {
    const g = world.groups.indexOf(group);
    if (g < 0)
      throw new InputError(
        "scenario",
        `ego.byGroup.${group}`,
        `no group "${group}" in the world (${world.groups.join(", ")})`,
      );
    for (let i = 0; i < n; i++) if (world.groupOf[i] === g) ego[i] = value;
  }
  for (const [id, value] of Object.entries(byRegion)) {
    const i = world.ids.indexOf(id);
    if (i < 0)
      throw new InputError("scenario", `ego.byRegion.${id}`, `no region with id "${id}" in the world`);
    ego[i] = value;
  }
  return ego;
}
