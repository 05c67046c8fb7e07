// The map's texts and number formats in the current language (the map takes them as options).
import { formatNumber, formatPercent, formatPerCapita, formatRupiah } from "../i18n/format.js";
import { getLang } from "../i18n/i18n.js";
import { domainName, klassenName } from "../i18n/metric-format.js";
import { uiText } from "../i18n/messages/ui.js";
import type { RegionMapFormatters, RegionMapLabels } from "../map/index.js";

export function mapLabels(domains: readonly string[]): RegionMapLabels {
  return {
    title: uiText("map_title"),
    description: uiText("map_description"),
    sizeBy: { population: uiText("map_size_population"), grdp: uiText("map_size_grdp") },
    colourBy: {
      grdpPerCapita: uiText("map_colour_grdpPerCapita"),
      growth: uiText("map_colour_growth"),
      klassen: uiText("map_colour_klassen"),
      agreements: uiText("map_colour_agreements"),
    },
    domains: domains.map((domain) => domainName(domain)),
    klassen: [klassenName(0), klassenName(1), klassenName(2), klassenName(3), klassenName(4)],
    links: uiText("map_links_legend"),
    noData: uiText("map_no_data"),
    pinned: uiText("map_pinned"),
    unpinned: uiText("map_unpinned"),
    lang: getLang(),
  };
}

export function mapFormatters(): RegionMapFormatters {
  return {
    population: (value) => formatNumber(value, { digits: 0 }),
    grdp: (value) => formatRupiah(value),
    grdpPerCapita: (value) => formatPerCapita(value),
    growth: (value) => formatPercent(value, 1),
    agreements: (value) => formatNumber(value, { digits: 0 }),
  };
}
