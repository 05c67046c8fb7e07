// The dashboard's chart factories: (data, options) → SVG element, all text and number formats from the
// caller, plus the table view of each chart.
export { boxStats, type BoxStats } from "./box-stats.js";
export { CHART_FONT, type ChartOptions, type NumberFormat } from "./chart-options.js";
export {
  dataTable,
  seriesTable,
  type CellValue,
  type DataTableOptions,
  type SeriesTableOptions,
  type TableColumn,
} from "./data-table.js";
export { differenceChart, type DifferenceChartOptions, type DifferenceSeries } from "./difference-chart.js";
export {
  distributionChart,
  type DistributionChartOptions,
  type DistributionGroup,
} from "./distribution-chart.js";
export { lineChart, type LineChartOptions } from "./line-chart.js";
export * from "./palette.js";
export {
  scatterChart,
  type ScatterChartOptions,
  type ScatterGroup,
  type ScatterPoint,
} from "./scatter-chart.js";
export type { BandPoint, LineSeries, SeriesPoint } from "./series.js";
