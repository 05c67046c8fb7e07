import type { RunResult } from "../sim/index.js";
import { KLASSEN_LABELS } from "../sim/metrics/klassen.js";
import type { YearRow } from "../sim/model/results.js";
import { DOMAIN_NAMES, type Scenario } from "../sim/scenario/schema.js";
import type { World } from "../sim/world/world.js";

/** Thousands separated by commas, a fixed number of decimals; the same on every machine and locale. */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = value < 0 && Number(value.toFixed(decimals)) !== 0 ? "-" : "";
  return `${sign}${grouped}${fraction !== undefined ? `.${fraction}` : ""}`;
}

/** Billion IDR as Rupiah in miliar (10^9) or triliun (10^12). */
export function formatRupiah(billion: number): string {
  if (billion === 0) return "Rp 0";
  if (Math.abs(billion) >= 1000) return `Rp ${formatNumber(billion / 1000, 1)} triliun`;
  return `Rp ${formatNumber(billion, Math.abs(billion) >= 10 ? 0 : 1)} miliar`;
}

function percent(rate: number, decimals = 2): string {
  return `${formatNumber(rate * 100, decimals)}%`;
}

function counts(quadrants: ArrayLike<number>): number[] {
  const result = [0, 0, 0, 0];
  for (let i = 0; i < quadrants.length; i++) {
    const q = quadrants[i]!;
    if (q >= 1 && q <= 4) result[q - 1]! += 1;
  }
  return result;
}

function describeConvergence(c: RunResult["summary"]["convergence"]): string {
  if (c === null) return "undefined for this run (e.g. every region starts at the same income)";
  const fit = `slope ${c.slope >= 0 ? "+" : ""}${c.slope.toFixed(4)}, R² ${
    Number.isFinite(c.rSquared) ? c.rSquared.toFixed(2) : "n/a"
  }, ${c.n} regions over ${c.years} years`;
  if (c.beta !== null && c.beta > 0) {
    const halfLife = c.halfLife !== null ? `, half-life ${formatNumber(c.halfLife, 0)} years` : "";
    return `β = ${c.beta.toFixed(4)} a year${halfLife} (${fit})`;
  }
  if (c.beta === null) return `poorer regions overtake richer ones outright, β undefined (${fit})`;
  return `none, incomes diverge (${fit})`;
}

/** The short, readable summary of a run that `sinergi run` prints. */
export function formatSummary(
  result: RunResult,
  scenario: Scenario,
  world: World,
  worldLabel: string,
): string {
  const first = result.years[0] as YearRow | undefined;
  const last = result.years[result.years.length - 1] as YearRow | undefined;
  if (!first || !last) return "Sinergi: the run produced no rows.\n";
  const years = last.year - first.year;
  const lines: string[] = [];
  const pad = (text: string, width: number): string => text.padStart(width);
  const label = (text: string): string => `  ${text.padEnd(22)}`;

  lines.push(
    `Sinergi: ${scenario.name} on ${worldLabel} (${formatNumber(world.size)} regions, ${world.groups.length} groups), ` +
      `${first.calendar_year}–${last.calendar_year}, seed ${scenario.seed}`,
  );
  lines.push("");
  lines.push(`${label("")}${pad(String(first.calendar_year), 10)}${pad(String(last.calendar_year), 10)}`);
  const metric = (name: string, key: keyof YearRow & string, decimals: number): void => {
    const a = first[key] as number;
    const b = last[key] as number;
    lines.push(`${label(name)}${pad(a.toFixed(decimals), 10)}${pad(b.toFixed(decimals), 10)}`);
  };
  metric("Williamson index", "williamson", 3);
  metric("Theil T", "theil", 4);
  metric("  between groups", "theil_between", 4);
  metric("Gini", "gini", 3);
  const growth = years > 0 ? Math.pow(last.grdp_total / first.grdp_total, 1 / years) - 1 : 0;
  lines.push(
    `${label("GRDP total, Rp triliun")}${pad(formatNumber(first.grdp_total / 1000), 10)}` +
      `${pad(formatNumber(last.grdp_total / 1000), 10)}   average growth ${percent(growth)} a year`,
  );
  lines.push("");

  const active = DOMAIN_NAMES.map(
    (d) => `${d} ${formatNumber((last[`agreements_${d}`] as number | undefined) ?? 0)}`,
  );
  const total = DOMAIN_NAMES.reduce(
    (sum, d) => sum + ((last[`agreements_${d}`] as number | undefined) ?? 0),
    0,
  );
  lines.push(`  Agreements active at the end: ${active.join(", ")} (${formatNumber(total)} in all)`);

  lines.push(`  β-convergence: ${describeConvergence(result.summary.convergence)}`);

  const start = counts(result.summary.klassenStart);
  const end = counts(result.summary.klassenEnd);
  const names = ([1, 2, 3, 4] as const).map((q) => `${q} ${KLASSEN_LABELS[q].en} / ${KLASSEN_LABELS[q].id}`);
  const width = Math.max(...names.map((n) => n.length)) + 2;
  lines.push(`  ${"Klassen quadrants, regions".padEnd(width + 2)}${pad("start", 6)}${pad("end", 6)}`);
  names.forEach((name, q) => {
    lines.push(`    ${name.padEnd(width)}${pad(String(start[q]), 6)}${pad(String(end[q]), 6)}`);
  });

  const cost = result.summary.totalPolicyCost;
  lines.push(
    `  Policy cost: ${formatRupiah(cost)} over ${years} years` +
      (cost === 0 ? " (no lever on)" : ` (${formatRupiah(cost / Math.max(1, years))} a year on average)`),
  );
  return `${lines.join("\n")}\n`;
}
