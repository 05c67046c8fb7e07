// The choices of the sweep view for one loaded file: the outcome, the year, the parameter on the x axis
// and a filter on each other parameter. Built once per file; a change of language relabels the
// controls in place, so focus stays where the reader left it.
import { el, uniqueId } from "../app/dom.js";
import { metricName } from "../i18n/metric-format.js";
import { sweepText } from "../i18n/messages/sweep.js";
import { groupLabel, parameterLabel, yearLabel } from "./sweep-labels.js";
import { parameterLevels, type SweepSelection } from "./sweep-groups.js";
import type { SweepTable } from "./sweep-table.js";

export interface SweepControls {
  element: HTMLElement;
  relabel(): void;
}

/** A labelled select; `label` is re-read on relabel. */
function field(select: HTMLSelectElement, label: () => string, relabels: (() => void)[]): HTMLElement {
  select.id = uniqueId("sweep-control");
  // Long column names and lever labels must not push a phone's page wider than the screen.
  select.style.maxWidth = "100%";
  const labelElement = el("label", { attrs: { for: select.id } });
  relabels.push(() => (labelElement.textContent = label()));
  const wrapper = el("div", { class: "field" }, [labelElement, select]);
  wrapper.style.minWidth = "0";
  wrapper.style.maxWidth = "100%";
  return wrapper;
}

function option(value: string, text: () => string, relabels: (() => void)[]): HTMLOptionElement {
  const element = el("option", { attrs: { value } });
  relabels.push(() => (element.textContent = text()));
  return element;
}

/**
 * Controls for `table` starting from `selection`; `onChange` receives each new selection. Every
 * text from the file (column names, values) is set as textContent.
 */
export function createSweepControls(
  table: SweepTable,
  selection: SweepSelection,
  onChange: (selection: SweepSelection) => void,
): SweepControls {
  const relabels: (() => void)[] = [];
  const current = { ...selection, filters: [...selection.filters] };
  const emit = () => onChange({ ...current, filters: [...current.filters] });

  const outcome = el("select", {
    attrs: { "data-testid": "sweep-outcome" },
    on: { change: () => ((current.outcome = outcome.value), emit()) },
  });
  for (const name of table.outcomes) {
    outcome.append(
      option(name, () => (metricName(name) === name ? name : `${metricName(name)} (${name})`), relabels),
    );
  }
  outcome.value = current.outcome;

  const year = el("select", {
    attrs: { "data-testid": "sweep-year" },
    on: { change: () => ((current.year = Number(year.value)), emit()) },
  });
  for (const y of table.years) year.append(option(String(y), () => yearLabel(table, y), relabels));
  year.value = String(current.year);

  const filterFields = table.parameters.map((parameter, k) => {
    const select = el("select", {
      attrs: { "data-testid": `sweep-filter-${k}` },
      on: {
        change: () => {
          current.filters[k] = select.value === "" ? null : Number(select.value);
          emit();
        },
      },
    });
    select.append(option("", () => sweepText("filter_all"), relabels));
    // A sampled parameter (thousands of values) is filtered by ranges, as it is grouped.
    parameterLevels(parameter).levels.forEach((level, index) =>
      select.append(option(String(index), () => groupLabel(level, parameter), relabels)),
    );
    select.value = current.filters[k] === null ? "" : String(current.filters[k]);
    return field(select, () => parameterLabel(parameter.name), relabels);
  });
  const showFilters = () => {
    filterFields.forEach((fieldElement, k) => (fieldElement.hidden = k === current.xParameter));
  };

  const x = el("select", {
    attrs: { "data-testid": "sweep-x" },
    on: {
      change: () => {
        current.xParameter = Number(x.value);
        showFilters();
        emit();
      },
    },
  });
  table.parameters.forEach((parameter, k) =>
    x.append(option(String(k), () => parameterLabel(parameter.name), relabels)),
  );
  if (current.xParameter !== null) x.value = String(current.xParameter);
  showFilters();

  const filtersHeading = el("legend");
  relabels.push(() => (filtersHeading.textContent = sweepText("filters_heading")));
  const noParameters = el("p", { class: "help" });
  relabels.push(() => (noParameters.textContent = sweepText("no_parameters")));

  const element = el("div", { class: "sweep-controls" }, [
    el("div", { class: "field-row" }, [
      field(outcome, () => sweepText("outcome_label"), relabels),
      field(year, () => sweepText("year_label"), relabels),
      table.parameters.length > 0 ? field(x, () => sweepText("x_label"), relabels) : noParameters,
    ]),
    table.parameters.length > 1 &&
      el("fieldset", { class: "sweep-filters" }, [
        filtersHeading,
        el("div", { class: "field-row" }, filterFields),
      ]),
  ]);
  const relabel = () => relabels.forEach((apply) => apply());
  relabel();
  return { element, relabel };
}
