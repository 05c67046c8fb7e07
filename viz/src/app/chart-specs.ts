// The charts of the simulation view: which yearly columns each draws and how its values are written.
// Column names are sim's output contract (sim/model/results.ts); per-domain columns follow the run's
// domains.
import type { UiKey } from "../i18n/messages/ui.js";

export interface ChartSpec {
  id: string;
  titleKey: UiKey;
  descriptionKey: UiKey;
  /** The columns drawn, one line each; a function of the run's domains for per-domain charts. */
  columns: (domains: readonly string[]) => string[];
  /** The column whose formatter writes the y axis (all columns of a chart share a unit). */
  unitColumn: string;
  includeZero?: boolean;
  referenceY?: number;
}

export const CHART_SPECS: readonly ChartSpec[] = [
  {
    id: "disparity",
    titleKey: "chart_disparity",
    descriptionKey: "chart_disparity_desc",
    // Williamson and Gini apart: on one axis (0.29 and 0.80) each one's change over a run looks flat.
    columns: () => ["williamson"],
    unitColumn: "williamson",
  },
  {
    id: "gini",
    titleKey: "chart_gini",
    descriptionKey: "chart_gini_desc",
    columns: () => ["gini"],
    unitColumn: "gini",
  },
  {
    id: "theil",
    titleKey: "chart_theil",
    descriptionKey: "chart_theil_desc",
    columns: () => ["theil", "theil_between", "theil_within"],
    unitColumn: "theil",
    includeZero: true,
  },
  {
    id: "grdp",
    titleKey: "chart_grdp",
    descriptionKey: "chart_grdp_desc",
    columns: () => ["grdp_total"],
    unitColumn: "grdp_total",
  },
  {
    id: "growth",
    titleKey: "chart_growth",
    descriptionKey: "chart_growth_desc",
    columns: () => ["growth_rate"],
    unitColumn: "growth_rate",
    referenceY: 0,
  },
  {
    id: "per-capita",
    titleKey: "chart_per_capita",
    descriptionKey: "chart_per_capita_desc",
    columns: () => ["grdp_per_capita_mean", "grdp_per_capita_median"],
    unitColumn: "grdp_per_capita_mean",
  },
  {
    id: "cooperation",
    titleKey: "chart_cooperation",
    descriptionKey: "chart_cooperation_desc",
    columns: (domains) => [...domains.map((domain) => `agreements_${domain}`), "agreements_total"],
    unitColumn: "agreements_total",
    includeZero: true,
  },
];
