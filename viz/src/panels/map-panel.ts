// The map of the regions with its options (size by, colour by, agreement links) and a region select
// for keyboard and screen-reader users, beside the pinned region's details. The map is built once per
// world and redrawn for the year the cursor shows.
import outline from "virtual:sinergi/outline";
import { el, replaceChildren, uniqueId } from "../app/dom.js";
import { liveText, onRelabel } from "../app/live-text.js";
import type { RegionSelection } from "../app/selection.js";
import { getLang } from "../i18n/i18n.js";
import { uiText } from "../i18n/messages/ui.js";
import {
  COLOUR_MODES,
  colourDomain,
  createRegionMap,
  regionOptions,
  SIZE_MODES,
  sizeDomain,
  type ColourBy,
  type RegionMap,
  type SizeBy,
} from "../map/index.js";
import type { RunData } from "../run/run-data.js";
import { mapFormatters, mapLabels } from "./map-labels.js";
import { createRegionDetails } from "./region-details.js";
import { regionFigures } from "./region-figures.js";

export interface MapPanel {
  element: HTMLElement;
  /** Draws `year` of `data` (a new world rebuilds the map). */
  show(data: RunData, year: number): void;
}

/** A key of the world's regions: the map is rebuilt only when it changes. */
function worldKey(data: RunData): string {
  return JSON.stringify([data.domains, data.regions.map((r) => [r.id, r.name, r.group, r.lat, r.lon])]);
}

export function createMapPanel(selection: RegionSelection): MapPanel {
  let sizeBy: SizeBy = "population";
  let colourBy: ColourBy = "grdpPerCapita";
  let showLinks = true;
  let map: RegionMap | null = null;
  let key = "";
  let current: { data: RunData; year: number } | null = null;

  const labelled = <E extends HTMLElement>(
    control: E,
    labelKey: Parameters<typeof uiText>[0],
    extraClass = "",
  ) => {
    control.id = uniqueId("map-option");
    return el("div", { class: `field ${extraClass}` }, [
      liveText(el("label", { attrs: { for: control.id } }), () => uiText(labelKey)),
      control,
    ]);
  };

  const sizeSelect = el("select", {
    attrs: { "data-testid": "map-size-by" },
    on: { change: () => ((sizeBy = sizeSelect.value as SizeBy), redraw()) },
  });
  for (const mode of SIZE_MODES) sizeSelect.append(el("option", { attrs: { value: mode } }));
  const colourSelect = el("select", {
    attrs: { "data-testid": "map-colour-by" },
    on: { change: () => ((colourBy = colourSelect.value as ColourBy), redraw()) },
  });
  for (const mode of COLOUR_MODES) colourSelect.append(el("option", { attrs: { value: mode } }));
  const linksBox = el("input", {
    attrs: { type: "checkbox", checked: true, "data-testid": "map-links" },
    on: { change: () => ((showLinks = linksBox.checked), redraw()) },
  });
  const regionSelect = el("select", {
    attrs: { "data-testid": "region-select" },
    on: { change: () => selection.set(regionSelect.value === "" ? null : Number(regionSelect.value)) },
  });
  onRelabel(sizeSelect, () => {
    const labels = mapLabels([]);
    for (const option of Array.from(sizeSelect.options))
      option.textContent = labels.sizeBy[option.value as SizeBy];
    for (const option of Array.from(colourSelect.options)) {
      option.textContent = labels.colourBy[option.value as ColourBy];
    }
    const none = regionSelect.options[0];
    if (none) none.textContent = uiText("region_select_none");
  });

  const options = el("div", { class: "field-row map-options" }, [
    labelled(sizeSelect, "map_size_by"),
    labelled(colourSelect, "map_colour_by"),
    labelled(linksBox, "map_show_links", "checkbox"),
    labelled(regionSelect, "region_select"),
  ]);
  const frame = el("div", { class: "map-frame", attrs: { "data-testid": "map" } });
  const details = createRegionDetails(() => selection.set(null));
  const element = el("section", { class: "panel map-panel", attrs: { "aria-labelledby": "map-heading" } }, [
    liveText(el("h2", { attrs: { id: "map-heading" } }), () => uiText("map_heading")),
    options,
    el("div", { class: "map-layout" }, [frame, details.element]),
  ]);

  function fillRegionSelect(data: RunData): void {
    const none = el("option", { attrs: { value: "" }, text: uiText("region_select_none") });
    const groups = new Map<string, HTMLOptGroupElement>();
    for (const option of regionOptions(data.regions, getLang())) {
      let group = groups.get(option.group);
      if (!group) {
        group = el("optgroup");
        // Group names are untrusted world-file text; an attribute value never becomes markup.
        group.label = option.group;
        groups.set(option.group, group);
      }
      // new Option sets the label as text.
      group.append(new Option(option.label, option.value));
    }
    replaceChildren(regionSelect, [none, ...groups.values()]);
  }

  function build(data: RunData): void {
    map?.destroy();
    replaceChildren(frame, []);
    map = createRegionMap(frame, {
      // A synthetic world's regions are invented: Indonesia's coastline under them would mislead.
      outline: typeof data.scenario.world === "object" ? null : outline,
      regions: data.regions,
      domains: data.domains,
      labels: mapLabels(data.domains),
      formatters: mapFormatters(),
      describe: (index) => {
        const shown = current;
        const year = shown ? Math.min(shown.year, shown.data.frames.length - 1) : 0;
        const regionFrame = shown?.data.frames[year];
        return shown && regionFrame ? regionFigures(shown.data, regionFrame, index) : [];
      },
      onSelect: (index) => selection.set(index),
    });
    fillRegionSelect(data);
  }

  function redraw(): void {
    if (!current || !map) return;
    const { data, year } = current;
    const regionFrame = data.frames[year];
    const selected = selection.current;
    regionSelect.value = selected === null ? "" : String(selected);
    details.show(data, year, selected);
    if (!regionFrame) return;
    map.update(regionFrame, {
      sizeBy,
      colourBy,
      selected,
      showLinks,
      sizeDomain: sizeDomain(data.frames, sizeBy),
      colourDomain: colourDomain(data.frames, colourBy),
    });
  }

  selection.subscribe(redraw);
  onRelabel(element, () => {
    if (!current || !map) return;
    map.setLabels(mapLabels(current.data.domains), mapFormatters());
    redraw();
  });

  return {
    element,
    show(data, year) {
      const nextKey = worldKey(data);
      if (nextKey !== key) {
        key = nextKey;
        const selected = selection.current;
        if (selected !== null && selected >= data.regions.length) selection.set(null);
        current = { data, year };
        build(data);
      }
      current = { data, year };
      redraw();
    },
  };
}
