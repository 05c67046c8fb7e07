// The pinned region: its figures in the year shown, its agreements that year (partner and domain), and
// its own path over the run (GRDP per capita and agreements, from replicate 0's frames). Region names
// are untrusted text from the world file and are only ever set as text.
import { el, replaceChildren } from "../app/dom.js";
import { liveText, onRelabel } from "../app/live-text.js";
import { lineChart } from "../charts/line-chart.js";
import { formatNumber, formatPerCapita, formatYear } from "../i18n/format.js";
import { getLang } from "../i18n/i18n.js";
import { uiText } from "../i18n/messages/ui.js";
import type { RunData } from "../run/run-data.js";
import { agreementLabel, regionAgreements, regionFigures } from "./region-figures.js";

export interface RegionDetails {
  element: HTMLElement;
  show(data: RunData | undefined, year: number, region: number | null): void;
}

export function createRegionDetails(onRelease: () => void): RegionDetails {
  const body = el("div", { class: "region-body" });
  const element = el(
    "aside",
    {
      class: "region-details",
      attrs: { "aria-labelledby": "region-heading", "data-testid": "region-details" },
    },
    [liveText(el("h3", { attrs: { id: "region-heading" } }), () => uiText("region_heading")), body],
  );
  let last: { data: RunData | undefined; year: number; region: number | null } = {
    data: undefined,
    year: 0,
    region: null,
  };

  function render(): void {
    const { data, year, region } = last;
    const frame = data?.frames[year];
    const info = region === null ? undefined : data?.regions[region];
    if (!data || !frame || region === null || !info) {
      replaceChildren(body, [el("p", { class: "help", text: uiText("region_none") })]);
      return;
    }
    const figures = el(
      "dl",
      {},
      regionFigures(data, frame, region).flatMap(([label, value]) => [
        el("dt", { text: label }),
        el("dd", { text: value }),
      ]),
    );
    const agreements = regionAgreements(data, frame, region);
    const list =
      agreements.length === 0
        ? el("p", { class: "help", text: uiText("region_no_agreements") })
        : el(
            "ul",
            {},
            agreements.map((agreement) => el("li", { text: agreementLabel(data, agreement) })),
          );
    const release = el("button", {
      attrs: { type: "button" },
      text: uiText("region_release"),
      on: { click: onRelease },
    });
    replaceChildren(body, [
      el("p", { class: "region-name", text: info.name, attrs: { "data-testid": "region-name" } }),
      el("p", {
        class: "muted",
        text: uiText("region_year", { year: formatYear(data.scenario.startYear + year) }),
      }),
      figures,
      // The world file's own words (untrusted text, set as text) on which of its figures are estimates.
      ...(info.estimated
        ? [
            el("p", {
              class: "help",
              text: uiText("region_estimated", { note: info.estimated }),
              attrs: { "data-testid": "region-estimated" },
            }),
          ]
        : []),
      el("h4", {
        text: uiText("region_agreements", { count: formatNumber(agreements.length, { digits: 0 }) }),
      }),
      list,
      trends(data, region, year),
      release,
    ]);
  }

  /** Small charts of the region over the run so far, with the year shown marked. */
  function trends(data: RunData, region: number, year: number): HTMLElement {
    const xs = data.frames.map((frame) => frame.year);
    const common = {
      width: 320,
      height: 160,
      legend: false,
      lang: getLang(),
      cursorX: year,
      xDomain: [0, data.scenario.years] as const,
      formatX: (value: number) => formatYear(data.scenario.startYear + value),
    };
    const perCapita = lineChart(
      [
        {
          key: "grdp_per_capita",
          label: uiText("figure_grdp_per_capita"),
          points: data.frames.map((frame, t) => ({ x: xs[t] ?? t, y: frame.grdpPerCapita[region] ?? null })),
        },
      ],
      { ...common, title: uiText("figure_grdp_per_capita"), formatY: (value) => formatPerCapita(value) },
    );
    const agreements = lineChart(
      [
        {
          key: "agreements",
          label: uiText("figure_agreements"),
          points: data.frames.map((frame, t) => ({ x: xs[t] ?? t, y: frame.agreements[region] ?? null })),
        },
      ],
      {
        ...common,
        title: uiText("figure_agreements"),
        includeZero: true,
        formatY: (value) => formatNumber(value, { digits: 0 }),
      },
    );
    return el("div", { class: "region-trends", attrs: { "data-testid": "region-trends" } }, [
      perCapita,
      agreements,
    ]);
  }

  onRelabel(element, render);
  render();
  return {
    element,
    show(data, year, region) {
      last = { data, year, region };
      render();
    },
  };
}
