// A region's figures in one year, as [label, value] rows in the current language: the map's tooltip
// and the pinned region's details list the same figures the same way.
import { formatNumber, formatPercent, formatPerCapita, formatRupiah } from "../i18n/format.js";
import { domainName, klassenName } from "../i18n/metric-format.js";
import { metricText } from "../i18n/messages/metrics.js";
import { uiText } from "../i18n/messages/ui.js";
import type { DescriptionRows } from "../map/index.js";
import type { RegionFrame, RunData } from "../run/run-data.js";

export function regionFigures(data: RunData, frame: RegionFrame, index: number): DescriptionRows {
  const region = data.regions[index];
  const at = (values: ArrayLike<number>): number | undefined => values[index];
  return [
    [metricText("island_group"), region?.group ?? ""],
    // Worlds with a province column (the regencies) say which province a kabupaten/kota belongs to.
    ...(region?.province ? [[uiText("figure_province"), region.province] as const] : []),
    // A region whose figures the world file marks as estimates says so; its details give the file's note.
    ...(region?.estimated ? [[uiText("figure_data"), uiText("figure_data_estimated")] as const] : []),
    [uiText("figure_population"), formatNumber(at(frame.population), { digits: 0 })],
    [uiText("figure_grdp"), formatRupiah(at(frame.grdp))],
    [uiText("figure_grdp_per_capita"), formatPerCapita(at(frame.grdpPerCapita))],
    [uiText("figure_growth"), formatPercent(at(frame.growth), 1)],
    [metricText("klassen"), klassenName(at(frame.klassen))],
    [uiText("figure_agreements"), formatNumber(at(frame.agreements), { digits: 0 })],
    [uiText("figure_net_gain"), formatRupiah(at(frame.netGain))],
    [uiText("figure_capacity"), formatNumber(at(frame.capacity), { digits: 2, minDigits: 2 })],
    [uiText("figure_ego"), formatNumber(at(frame.ego), { digits: 2, minDigits: 2 })],
  ];
}

export interface RegionAgreement {
  partner: number;
  domain: string;
}

/** The agreements region `index` is party to in this frame, by domain then partner name. */
export function regionAgreements(data: RunData, frame: RegionFrame, index: number): RegionAgreement[] {
  const found: RegionAgreement[] = [];
  for (let k = 0; k < frame.linkA.length; k++) {
    const a = frame.linkA[k];
    const b = frame.linkB[k];
    const domain = data.domains[frame.linkDomain[k] ?? -1] ?? "";
    if (a === index && b !== undefined) found.push({ partner: b, domain });
    else if (b === index && a !== undefined) found.push({ partner: a, domain });
  }
  const name = (i: number): string => data.regions[i]?.name ?? "";
  return found.sort(
    (x, y) =>
      data.domains.indexOf(x.domain) - data.domains.indexOf(y.domain) ||
      name(x.partner).localeCompare(name(y.partner)),
  );
}

/** "Perdagangan · Jawa Barat" — the domain's name in the current language and the partner as written. */
export function agreementLabel(data: RunData, agreement: RegionAgreement): string {
  return `${domainName(agreement.domain)} · ${data.regions[agreement.partner]?.name ?? ""}`;
}
