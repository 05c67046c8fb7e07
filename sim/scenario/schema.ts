import { z } from "zod";

/**
 * The scenario schema: the one source of truth for every parameter of the model, its default and
 * its meaning. The CLI validates scenario files with it, the dashboard validates uploads with it,
 * and `configs/scenario.schema.json` is emitted from it for editors.
 *
 * Every object is strict (an unknown key is an error that names it: a typo silently ignored is a
 * wrong experiment) and every field has a default, so a scenario file states only what differs.
 * Money is in billion IDR (miliar rupiah) per year unless a description says otherwise.
 */

const share = (defaultValue: number, description: string) =>
  z.number().min(0).max(1).default(defaultValue).describe(description);
const nonNegative = (defaultValue: number, description: string) =>
  z.number().min(0).default(defaultValue).describe(description);
const positive = (defaultValue: number, description: string) =>
  z.number().positive().default(defaultValue).describe(description);
const yearIndex = z.number().int().min(1);

/** Years (simulation steps, 1 = the first simulated year) in which a lever is in force. */
const leverTiming = {
  from: yearIndex.default(1).describe("First simulated year (1-based) in which the lever is in force."),
  until: yearIndex
    .optional()
    .describe("Last simulated year in which the lever is in force; omitted means to the end of the run."),
};

export const DOMAIN_NAMES = ["trade", "tourism", "food", "energy"] as const;
export type DomainName = (typeof DOMAIN_NAMES)[number];

const domainShape = (scale: number, decay: number, what: string) => ({
  scale: nonNegative(
    scale,
    `κ: yearly joint gain of a ${what} agreement per unit of sqrt(Y_i·Y_j)·f(d)·(domain term), before sharing.`,
  ),
  decay: nonNegative(decay, "θ: distance elasticity of the gain, f(d) = (1 + d/d0)^(−θ)."),
});

const worldSchema = z
  .union([
    z
      .string()
      .min(1)
      .describe(
        'A built-in world name ("indonesia-2022", "indonesia-regencies-2021", "indonesia-provinces-2010") or the path of a world CSV file, relative to the scenario file.',
      ),
    z.strictObject({
      synthetic: z.strictObject({
        regions: z.number().int().min(2).max(1_000_000).describe("Number of regions."),
        groups: z.number().int().min(1).max(1000).default(6).describe("Number of island groups."),
        seed: z.number().int().default(1).describe("Seed of the world generator (not of the run)."),
      }),
    }),
  ])
  .default("indonesia-2022")
  .describe("The world the scenario runs on.");

const egoSchema = z
  .strictObject({
    mean: share(
      0.3,
      "ε: regional ego (ego daerah) of every region, 0 = counts only its own gain, 1 = purely positional.",
    ),
    spread: nonNegative(
      0,
      "Standard deviation of per-region random variation around the mean (drawn once at start).",
    ),
    byGroup: z
      .record(z.string(), z.number().min(0).max(1))
      .default({})
      .describe('Ego per group (island group), e.g. {"Jawa": 0.5}; overrides the mean and the world file.'),
    byRegion: z
      .record(z.string(), z.number().min(0).max(1))
      .default({})
      .describe("Ego per region id; overrides everything else."),
  })
  .prefault({})
  .describe("Regional ego (ego daerah).");

const economySchema = z
  .strictObject({
    baseGrowth: z
      .number()
      .min(-0.5)
      .max(0.5)
      .default(0.05)
      .describe("Yearly real GRDP growth of every region without cooperation (the base path)."),
    baseGrowthByGroup: z
      .record(z.string(), z.number().min(-0.5).max(0.5))
      .default({})
      .describe(
        'Base growth per group (island group), e.g. {"Jawa": 0.052}; overrides baseGrowth for the regions of that group (see `sinergi calibrate`).',
      ),
    convergence: z
      .number()
      .min(0)
      .max(0.5)
      .default(0)
      .describe("β: speed of β-convergence; growth rises by β·(mean log y − log y_i). 0 = off."),
    populationGrowth: z
      .number()
      .min(-0.1)
      .max(0.1)
      .default(0.011)
      .describe("Yearly population growth where the world file gives none."),
    capacityMin: share(
      0.3,
      "Capacity of the poorest region when capacity is derived from log GRDP per capita.",
    ),
    capacityMax: share(
      0.9,
      "Capacity of the richest region when capacity is derived from log GRDP per capita.",
    ),
    capacitySpillover: share(
      0.02,
      "Share of the capacity gap the weaker partner closes each year per active agreement (knowledge flow).",
    ),
  })
  .prefault({});

const cooperationSchema = z
  .strictObject({
    budgetShare: nonNegative(
      0.0005,
      "B_i: share of GRDP a region can spend on cooperation each year (from APBD).",
    ),
    maxAgreements: positive(
      12,
      "Agreements a region of capacity 1 can run at once; a region runs at most ceil(c_i·this).",
    ),
    transactionCost: nonNegative(
      2,
      "Yearly legal and institutional cost per agreement per party, billion IDR.",
    ),
    friction: share(
      0.3,
      "Share of every agreement's joint gain lost to legal and institutional friction (permits, levies, conflicting Perda).",
    ),
    coordinationCost: nonNegative(
      0.5,
      "Yearly coordination cost per agreement per party, times (agreements run)/capacity, billion IDR.",
    ),
    shirkLoss: share(0.5, "Share of a party's gain lost in a year its partner shirks."),
    initialTrust: share(0.5, "T_ij of a pair that has not interacted."),
    trustLearningRate: share(
      0.3,
      "λ: trust moves this share of the way to what the partner did (1 complied, 0 shirked).",
    ),
    breakTrust: share(0.25, "An agreement breaks when either party's trust in the other falls below this."),
    breakAfterLossYears: z
      .number()
      .int()
      .min(1)
      .default(2)
      .describe(
        "An agreement breaks when a party's realised utility has been negative this many years in a row.",
      ),
    planningHorizon: z
      .number()
      .int()
      .min(1)
      .default(10)
      .describe("Years over which a region weighs an up-front investment against yearly gains."),
    nearestPartners: z
      .number()
      .int()
      .min(0)
      .default(6)
      .describe("Every region knows its k nearest regions as candidate partners."),
    discovery: share(
      0.15,
      "Probability that a region notices any other given region (of its discovery pool) as a candidate in a search.",
    ),
    discoveryPool: z
      .union([z.enum(["auto", "all"]), z.number().int().min(1)])
      .default("auto")
      .describe(
        'Regions a region can notice by discovery: "all" other regions (O(N²) assessments a year), a number M (its M nearest regions: O(N·M), an approximation that converges to "all" as M grows), or "auto": "all" in worlds of up to 1,024 regions, else the 128 nearest.',
      ),
    propensity: z
      .strictObject({
        trade: share(0.5, "p: yearly probability of seeking a trade partner."),
        tourism: share(0.4, "p: yearly probability of seeking a tourism partner."),
        food: share(0.4, "p: yearly probability of seeking a food partner."),
        energy: share(0.3, "p: yearly probability of seeking an energy partner."),
      })
      .prefault({}),
  })
  .prefault({});

const complianceSchema = z
  .strictObject({
    base: z.number().default(1).describe("Intercept of the logistic compliance probability."),
    capacityWeight: nonNegative(2, "Weight of capacity c_i in compliance."),
    egoWeight: nonNegative(2, "Weight of ego ε_i against compliance."),
    monitoringWeight: nonNegative(2, "Weight of the monitoring level in compliance."),
  })
  .prefault({})
  .describe("q_i = 1 / (1 + exp(−(base + wc·c_i + wm·m − we·ε_i))).");

const distanceSchema = z
  .strictObject({
    d0: positive(100, "d0 of the distance decay, km."),
    seaFactor: z
      .number()
      .min(1)
      .default(1.5)
      .describe(
        "Distance multiplier between regions of different groups (a sea crossing); no sourced value.",
      ),
  })
  .prefault({});

const domainsSchema = z
  .strictObject({
    trade: z.strictObject(domainShape(0.01, 1, "trade")).prefault({}),
    tourism: z.strictObject(domainShape(0.01, 1.5, "tourism")).prefault({}),
    food: z
      .strictObject({
        ...domainShape(0.02, 1, "food"),
        shockBuffer: share(0.5, "Share of a food-price shock's loss an active food agreement absorbs."),
      })
      .prefault({}),
    energy: z
      .strictObject({
        ...domainShape(0.03, 1, "energy"),
        buildYears: z
          .number()
          .int()
          .min(0)
          .default(3)
          .describe("Years of interconnection build before gains flow."),
        investmentYears: nonNegative(
          2.5,
          "Up-front investment as a multiple of the agreement's yearly joint gain, paid during the build.",
        ),
        shockBuffer: share(0.5, "Share of an energy-crisis loss a working energy agreement absorbs."),
      })
      .prefault({}),
  })
  .prefault({});

const learningSchema = z
  .strictObject({
    rule: z
      .enum(["fermi", "aspiration", "none"])
      .default("fermi")
      .describe("How regions adapt their propensities: Fermi imitation, Bush–Mosteller aspiration, or none."),
    noise: positive(0.1, "K: noise of the Fermi rule, in percentage points of GRDP."),
    mutation: share(0.01, "Probability per region and domain per year of trying a random propensity."),
    imitateEgo: z.boolean().default(false).describe("Whether imitation also copies the model region's ego."),
    aspiration: z.number().default(0).describe("A: aspiration level of the Bush–Mosteller rule, % of GRDP."),
    aspirationRate: share(0.2, "Learning rate of the Bush–Mosteller rule."),
  })
  .prefault({});

const policiesSchema = z
  .strictObject({
    harmonisation: z
      .strictObject({
        level: share(
          0,
          "Harmonisasi Perda: share of transaction cost and of friction removed by harmonised regulation.",
        ),
        costAtFullLevel: nonNegative(50, "Yearly national cost at level 1, billion IDR (scaled by level)."),
        ...leverTiming,
      })
      .prefault({}),
    regionalBody: z
      .strictObject({
        members: z
          .array(z.string())
          .default([])
          .describe(
            'Badan Kerja Sama Regional: member groups or region ids; ["all"] = every region. One body per group.',
          ),
        coordinationCostReduction: share(0.5, "Share of coordination cost a body removes for its members."),
        feePerMember: nonNegative(2, "Yearly fee per member region, billion IDR."),
        ...leverTiming,
      })
      .prefault({}),
    incentiveFund: z
      .strictObject({
        budget: nonNegative(0, "Dana Insentif: yearly central budget for cooperation bonuses, billion IDR."),
        perAgreement: nonNegative(5, "Yearly bonus per party per active agreement, billion IDR."),
        favourPoor: z
          .boolean()
          .default(false)
          .describe("Weight bonuses by the inverse of the party's GRDP per capita relative to the mean."),
        ...leverTiming,
      })
      .prefault({}),
    capacityBuilding: z
      .strictObject({
        increment: share(
          0,
          "Pelatihan / pertukaran ASN: yearly capacity gain of each region below the threshold.",
        ),
        threshold: share(0.6, "Regions with capacity below this are trained."),
        costPerRegion: nonNegative(
          10,
          "Yearly cost per trained region at an increment of 0.01, billion IDR.",
        ),
        ...leverTiming,
      })
      .prefault({}),
    disputeResolution: z
      .strictObject({
        repairShare: share(0, "Mekanisme penyelesaian sengketa: share of failing agreements repaired."),
        costPerCase: nonNegative(1, "Cost per dispute handled, billion IDR."),
        ...leverTiming,
      })
      .prefault({}),
    benefitSharing: z
      .strictObject({
        rule: z
          .enum(["proportional", "equal", "needs"])
          .default("proportional")
          .describe(
            "How a joint gain is split: proportional to GRDP (as it is), equal, or needs-based (more to the poorer).",
          ),
      })
      .prefault({}),
    facilitation: z
      .strictObject({
        egoDamping: share(0, "Fasilitasi provinsi/pusat: share of ego's effect removed by a mediator."),
        costAtFullLevel: nonNegative(20, "Yearly national cost at damping 1, billion IDR (scaled)."),
        ...leverTiming,
      })
      .prefault({}),
    ppp: z
      .strictObject({
        investmentShare: share(
          0,
          "KPBU: share of an agreement's up-front investment a private partner finances.",
        ),
        premium: nonNegative(
          0.1,
          "Return the private partner earns on its share, repaid over the planning horizon.",
        ),
        costPerProject: nonNegative(1, "Preparation cost per KPBU project, billion IDR."),
        ...leverTiming,
      })
      .prefault({}),
    informationPlatform: z
      .strictObject({
        level: share(0, "Sistem informasi terpadu: 0 = none, 1 = full platform."),
        discoveryAtFullLevel: share(0.3, "Discovery probability added at level 1."),
        monitoringAtFullLevel: nonNegative(0.5, "Monitoring level added at level 1."),
        costAtFullLevel: nonNegative(30, "Yearly national cost at level 1, billion IDR (scaled)."),
        ...leverTiming,
      })
      .prefault({}),
    monitoring: z
      .strictObject({
        level: nonNegative(0, "Akuntabilitas dan pengawasan: monitoring level m added to compliance."),
        costPerAgreement: nonNegative(
          0.2,
          "Yearly cost per monitored agreement at level 1, billion IDR (scaled).",
        ),
        ...leverTiming,
      })
      .prefault({}),
  })
  .prefault({})
  .describe("The policy levers; each is neutral by default and its cost is counted in policy_cost.");

const shockSchema = z.strictObject({
  type: z.enum(["foodPrice", "energyCrisis", "disaster", "pandemic"]).describe("What hits."),
  year: yearIndex.describe("Simulated year (1-based) in which the shock starts."),
  duration: z.number().int().min(1).default(1).describe("Years the shock lasts."),
  regions: z
    .array(z.string())
    .default(["all"])
    .describe('Regions hit: group names or region ids; ["all"] = every region.'),
  size: share(0.1, "Severity in [0, 1]; what it scales depends on the type (see docs/model.md)."),
});

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Path of the JSON Schema, for editors."),
    name: z.string().default("baseline").describe("Short name of the scenario."),
    description: z.string().default("").describe("The question this scenario answers."),
    world: worldSchema,
    startYear: z
      .number()
      .int()
      .default(2022)
      .describe(
        "Calendar year of year 0 (the world's data year). Default: the data year of a built-in world " +
          "(2022 for indonesia-2022, 2021 for indonesia-regencies-2021, 2010 for indonesia-provinces-2010), else 2022.",
      ),
    years: z.number().int().min(1).max(1000).default(30).describe("Number of simulated years."),
    seed: z.number().int().default(1).describe("Seed of the run's random number generator."),
    ego: egoSchema,
    economy: economySchema,
    cooperation: cooperationSchema,
    compliance: complianceSchema,
    distance: distanceSchema,
    domains: domainsSchema,
    learning: learningSchema,
    policies: policiesSchema,
    shocks: z.array(shockSchema).default([]).describe("Scheduled shocks."),
  })
  .describe("A Sinergi scenario: what differs from the defaults of the model.");

/** A scenario with every default filled in, as the model reads it. */
export type Scenario = z.output<typeof scenarioSchema>;
/** A scenario as written in a file: every field optional. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Shock = Scenario["shocks"][number];
export type ShockType = Shock["type"];
export type Policies = Scenario["policies"];
export type SharingRule = Policies["benefitSharing"]["rule"];
