// How the sweep view names what a results file holds: a parameter by its lever's plain-language label
// when the dashboard knows the dot path, its values in the reader's number format, a group of many
// values as a range, and a year with its calendar year. Names and values from the file stay text.
import { formatNumber, formatYear } from "../i18n/format.js";
import { getLang, type Lang } from "../i18n/i18n.js";
import { sweepText } from "../i18n/messages/sweep.js";
import { leverByPath, leverLabel } from "../scenario/levers.js";
import type { SweepGroup } from "./sweep-groups.js";
import type { ParameterColumn, SweepTable } from "./sweep-table.js";

/** Significant digits a parameter's value is shown with (a sampled 437.18274 reads 437,2). */
const VALUE_DIGITS = 4;

/** "Anggaran Dana Insentif (policies.incentiveFund.budget)", or the dot path alone when unknown. */
export function parameterLabel(name: string, lang: Lang = getLang()): string {
  const lever = leverByPath(name);
  return lever ? `${leverLabel(lever, lang)} (${name})` : name;
}

function formatParameterNumber(value: number, lang: Lang): string {
  const magnitude = Math.abs(value);
  const digits = magnitude === 0 ? 0 : Math.max(0, VALUE_DIGITS - 1 - Math.floor(Math.log10(magnitude)));
  return formatNumber(value, { digits: Math.min(digits, 6) }, lang);
}

/** A parameter's value as the reader writes numbers; text values as the file has them. */
export function parameterValueLabel(
  parameter: ParameterColumn,
  code: number,
  lang: Lang = getLang(),
): string {
  if (parameter.numeric) return formatParameterNumber(parameter.numbers[code]!, lang);
  return parameter.values[code] ?? "";
}

export function groupLabel(
  group: Pick<SweepGroup, "value" | "range">,
  parameter: ParameterColumn | undefined,
  lang: Lang = getLang(),
): string {
  if (group.range) {
    return `${formatParameterNumber(group.range.low, lang)}–${formatParameterNumber(group.range.high, lang)}`;
  }
  if (!parameter || group.value === undefined) return sweepText.inLang(lang, "all_runs");
  const code = parameter.values.indexOf(group.value);
  return parameterValueLabel(parameter, code, lang);
}

/** "Tahun ke-30 (2052)" / "Year 30 (2052)". */
export function yearLabel(table: SweepTable, year: number, lang: Lang = getLang()): string {
  const calendar = table.calendarYears.get(year);
  const params = { year: formatYear(year, lang) };
  return calendar === undefined
    ? sweepText.inLang(lang, "year_option_plain", params)
    : sweepText.inLang(lang, "year_option", { ...params, calendar: formatYear(calendar, lang) });
}
