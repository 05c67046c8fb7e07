// The lever catalogue: every scenario parameter the dashboard offers as a control, in the groups of the
// strategies for kerja sama antardaerah as the source text orders them (regulation and institutions,
// capacity, financing, coordination and leadership, multi-stakeholder involvement with technology and
// data), then regional ego and the run's model settings. The shell renders controls from this list;
// the labels and help texts live in the levers bundle (../i18n/messages/levers.ts).
//
// Ranges stay inside the schema (sim/scenario/schema.ts; a test parses every end) and cover the span
// worth exploring rather than everything the schema accepts: an incentive budget of Rp 0–2 triliun a
// year, a capacity gain of up to 0.05 a year.
import { defaultScenario } from "../../../sim/index.js";
import { formatNumber, formatPercent, formatRupiah } from "../i18n/format.js";
import { getLang, type Lang } from "../i18n/i18n.js";
import { leverText, type LeverTextKey } from "../i18n/messages/levers.js";

export type LeverGroupId =
  "regulation" | "capacity" | "financing" | "coordination" | "participation" | "ego" | "model";

export interface LeverGroup {
  id: LeverGroupId;
  labelKey: LeverTextKey;
  helpKey: LeverTextKey;
}

export type LeverControl =
  /** A slider (with a number field) over [min, max] in steps of step. */
  | { kind: "range"; min: number; max: number; step: number }
  /** One of a few values; each option's label is in the levers bundle. */
  | { kind: "select"; options: readonly { value: string; labelKey: LeverTextKey }[] }
  /** A yes/no choice (a checkbox or switch). */
  | { kind: "toggle" }
  /**
   * One slider per island group of the loaded world (the groups are known only once a world is loaded),
   * writing `<path>.<group name>`; a group left unset follows ego.mean (or the world file's ego column).
   * Group names come from the world file: show them as text, never as HTML.
   */
  | { kind: "egoByGroup"; min: number; max: number; step: number }
  /**
   * One slider per region of the loaded world, writing `<path>.<region id>`; a region left unset
   * follows its island group's ego, else ego.mean. Shown as sliders only for worlds of at most
   * `maxRegions` regions (a lesson's two neighbours, the 34 provinces), since hundreds of sliders help
   * nobody; larger worlds set it in the scenario file. Region names are untrusted text.
   */
  | { kind: "egoByRegion"; min: number; max: number; step: number; maxRegions: number }
  /**
   * A set of the loaded world's island groups, or `"all"` (every group, one body each), written as the
   * array at path; an empty array means the lever is off. Region ids are also valid members in a
   * scenario file, so a loaded scenario may hold entries the group checkboxes do not show: keep them.
   */
  | { kind: "regionSets"; all: "all" };

/** How a value is written next to its control (see formatLeverValue). */
export type LeverFormat =
  /** A share in [0, 1] written as a percentage: 0.3 → "30%". */
  | "percent"
  /** Billion rupiah: 500 → "Rp 500 miliar". */
  | "rupiah"
  /** A plain number with as many decimals as the step has. */
  | "number"
  /** Whole years. */
  | "years";

export interface Lever {
  /** Dot path into the scenario, as `sinergi run --set PATH=VALUE` and applyOverride take it. */
  path: string;
  group: LeverGroupId;
  control: LeverControl;
  format: LeverFormat;
  labelKey: LeverTextKey;
  /** Its text has a {default} placeholder: use leverHelp, which fills it. */
  helpKey: LeverTextKey;
  /**
   * The policy's scenario object when the lever is a policy's main control and the policy has a timing
   * window: `<timing>.from` (first simulated year in force, default 1) and `<timing>.until` (last year,
   * absent = to the end). Simulated years count from 1; the shell bounds them by the scenario's years.
   */
  timing?: string;
  /**
   * A cost or calibration assumption of the lever rather than the policy choice itself: the shell may
   * fold these under a "details" disclosure so that the first view shows one control per policy.
   */
  detail?: true;
}

export const LEVER_GROUPS: readonly LeverGroup[] = (
  ["regulation", "capacity", "financing", "coordination", "participation", "ego", "model"] as const
).map((id) => ({ id, labelKey: `group.${id}`, helpKey: `group.${id}.help` }));

const range = (min: number, max: number, step: number): LeverControl => ({ kind: "range", min, max, step });

function lever(
  path: string,
  group: LeverGroupId,
  control: LeverControl,
  format: LeverFormat,
  detail = false,
): Lever {
  const entry: Lever = {
    path,
    group,
    control,
    format,
    labelKey: path as LeverTextKey,
    helpKey: `${path}.help` as LeverTextKey,
  };
  if (detail) entry.detail = true;
  return entry;
}

/** A policy's main control, which also carries the policy's timing window. */
function policy(path: string, group: LeverGroupId, control: LeverControl, format: LeverFormat): Lever {
  return { ...lever(path, group, control, format), timing: path.split(".").slice(0, 2).join(".") };
}

export const LEVERS: readonly Lever[] = [
  // 1. Penguatan kerangka regulasi dan kelembagaan
  policy("policies.harmonisation.level", "regulation", range(0, 1, 0.05), "percent"),
  lever("policies.harmonisation.costAtFullLevel", "regulation", range(0, 500, 10), "rupiah", true),
  policy("policies.regionalBody.members", "regulation", { kind: "regionSets", all: "all" }, "number"),
  lever("policies.regionalBody.coordinationCostReduction", "regulation", range(0, 1, 0.05), "percent", true),
  lever("policies.regionalBody.feePerMember", "regulation", range(0, 50, 1), "rupiah", true),
  policy("policies.disputeResolution.repairShare", "regulation", range(0, 1, 0.05), "percent"),
  lever("policies.disputeResolution.costPerCase", "regulation", range(0, 20, 0.5), "rupiah", true),

  // 2. Peningkatan kapasitas dan kualitas sumber daya manusia
  policy("policies.capacityBuilding.increment", "capacity", range(0, 0.05, 0.005), "number"),
  lever("policies.capacityBuilding.threshold", "capacity", range(0, 1, 0.05), "number"),
  lever("policies.capacityBuilding.costPerRegion", "capacity", range(0, 100, 1), "rupiah", true),

  // 3. Inovasi pembiayaan dan alokasi anggaran
  policy("policies.incentiveFund.budget", "financing", range(0, 2000, 10), "rupiah"),
  lever("policies.incentiveFund.perAgreement", "financing", range(0, 50, 0.5), "rupiah"),
  lever("policies.incentiveFund.favourPoor", "financing", { kind: "toggle" }, "number"),
  policy("policies.ppp.investmentShare", "financing", range(0, 1, 0.05), "percent"),
  lever("policies.ppp.premium", "financing", range(0, 0.5, 0.01), "percent", true),
  lever("policies.ppp.costPerProject", "financing", range(0, 20, 0.5), "rupiah", true),
  lever(
    "policies.benefitSharing.rule",
    "financing",
    {
      kind: "select",
      options: (["proportional", "equal", "needs"] as const).map((value) => ({
        value,
        labelKey: `option.benefitSharing.${value}` as const,
      })),
    },
    "number",
  ),

  // 4. Penguatan koordinasi dan kepemimpinan
  policy("policies.facilitation.egoDamping", "coordination", range(0, 1, 0.05), "percent"),
  lever("policies.facilitation.costAtFullLevel", "coordination", range(0, 200, 5), "rupiah", true),

  // 5–6. Pelibatan multipihak; penggunaan teknologi dan data
  policy("policies.informationPlatform.level", "participation", range(0, 1, 0.05), "percent"),
  lever(
    "policies.informationPlatform.discoveryAtFullLevel",
    "participation",
    range(0, 1, 0.05),
    "percent",
    true,
  ),
  lever(
    "policies.informationPlatform.monitoringAtFullLevel",
    "participation",
    range(0, 2, 0.1),
    "number",
    true,
  ),
  lever("policies.informationPlatform.costAtFullLevel", "participation", range(0, 300, 5), "rupiah", true),
  policy("policies.monitoring.level", "participation", range(0, 2, 0.1), "number"),
  lever("policies.monitoring.costPerAgreement", "participation", range(0, 5, 0.1), "rupiah", true),

  // Ego daerah
  lever("ego.mean", "ego", range(0, 1, 0.05), "number"),
  lever("ego.byGroup", "ego", { kind: "egoByGroup", min: 0, max: 1, step: 0.05 }, "number"),
  lever("ego.byRegion", "ego", { kind: "egoByRegion", min: 0, max: 1, step: 0.05, maxRegions: 40 }, "number"),
  lever("ego.spread", "ego", range(0, 0.3, 0.01), "number", true),
  lever("learning.imitateEgo", "ego", { kind: "toggle" }, "number", true),

  // The run and the model's assumptions
  lever("years", "model", range(5, 100, 1), "years"),
  lever("economy.baseGrowth", "model", range(-0.05, 0.1, 0.005), "percent"),
  lever("economy.convergence", "model", range(0, 0.1, 0.005), "number"),
  lever("cooperation.budgetShare", "model", range(0, 0.005, 0.0001), "percent"),
  lever("cooperation.friction", "model", range(0, 0.8, 0.05), "percent"),
  lever("cooperation.transactionCost", "model", range(0, 20, 0.5), "rupiah"),
  lever("cooperation.coordinationCost", "model", range(0, 5, 0.1), "rupiah"),
  lever("cooperation.maxAgreements", "model", range(1, 33, 1), "number"),
  lever("cooperation.initialTrust", "model", range(0, 1, 0.05), "number"),
  lever("cooperation.discovery", "model", range(0, 1, 0.05), "percent"),
  lever("cooperation.planningHorizon", "model", range(1, 30, 1), "years"),
  lever("cooperation.propensity.trade", "model", range(0, 1, 0.05), "percent"),
  lever("cooperation.propensity.tourism", "model", range(0, 1, 0.05), "percent"),
  lever("cooperation.propensity.food", "model", range(0, 1, 0.05), "percent"),
  lever("cooperation.propensity.energy", "model", range(0, 1, 0.05), "percent"),
  lever("economy.capacitySpillover", "model", range(0, 0.1, 0.005), "percent", true),
  lever("domains.energy.investmentYears", "model", range(0, 10, 0.5), "number", true),
  lever("distance.seaFactor", "model", range(1, 3, 0.1), "number", true),
  lever(
    "learning.rule",
    "model",
    {
      kind: "select",
      options: (["fermi", "aspiration", "none"] as const).map((value) => ({
        value,
        labelKey: `option.learning.${value}` as const,
      })),
    },
    "number",
    true,
  ),
];

const LEVERS_BY_PATH: ReadonlyMap<string, Lever> = new Map(LEVERS.map((entry) => [entry.path, entry]));

export function leverByPath(path: string): Lever | undefined {
  return LEVERS_BY_PATH.get(path);
}

export function leversInGroup(group: LeverGroupId): Lever[] {
  return LEVERS.filter((entry) => entry.group === group);
}

/** The value at a dot path of a scenario (or any plain object); undefined where the path does not lead. */
export function valueAtPath(scenario: unknown, path: string): unknown {
  let node: unknown = scenario;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Decimals a step needs: 0.05 → 2, 0.0001 → 4, 10 → 0. */
function stepDecimals(step: number): number {
  const text = String(step);
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Number(exponent[1]);
  return text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
}

/** Writes a lever's value as its control shows it: "30%", "Rp 500 miliar", "0,30", "30 tahun". */
export function formatLeverValue(entry: Lever, value: unknown, lang: Lang = getLang()): string {
  if (typeof value === "boolean") return leverText.inLang(lang, value ? "value.on" : "value.off");
  if (entry.control.kind === "select" && typeof value === "string") {
    const option = entry.control.options.find((o) => o.value === value);
    return option ? leverText.inLang(lang, option.labelKey) : value;
  }
  if (entry.control.kind === "regionSets" && Array.isArray(value)) {
    if (value.length === 0) return leverText.inLang(lang, "value.none");
    if (value.includes(entry.control.all)) return leverText.inLang(lang, "value.allGroups");
    return value.map(String).join(", ");
  }
  if (typeof value !== "number") return leverText.inLang(lang, "value.inherit");
  const step =
    entry.control.kind === "range" ||
    entry.control.kind === "egoByGroup" ||
    entry.control.kind === "egoByRegion"
      ? entry.control.step
      : 1;
  switch (entry.format) {
    case "percent":
      return formatPercent(value, Math.max(0, stepDecimals(step) - 2), lang);
    case "rupiah":
      return formatRupiah(value, lang);
    case "years":
      return leverText.inLang(lang, value === 1 ? "value.oneYear" : "value.years", {
        n: formatNumber(value, { digits: 0 }, lang),
      });
    case "number":
      return formatNumber(value, { digits: stepDecimals(step), minDigits: stepDecimals(step) }, lang);
  }
}

let defaults: unknown;

/** The lever's default as the model reads it (every scenario default filled in). */
export function leverDefault(entry: Lever): unknown {
  defaults ??= defaultScenario();
  return valueAtPath(defaults, entry.path);
}

export function leverLabel(entry: Lever, lang: Lang = getLang()): string {
  return leverText.inLang(lang, entry.labelKey);
}

/** The help text, with the lever's default written in as the control would show it. */
export function leverHelp(entry: Lever, lang: Lang = getLang()): string {
  return leverText.inLang(lang, entry.helpKey, {
    default: formatLeverValue(entry, leverDefault(entry), lang),
  });
}
