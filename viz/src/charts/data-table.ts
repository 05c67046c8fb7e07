import type { NumberFormat } from "./chart-options.js";
import { isValue, type LineSeries } from "./series.js";

export type CellValue = number | string | boolean | null | undefined;

export interface TableColumn {
  key: string;
  /** Header text (translated by the caller). */
  label: string;
  /** Formats a finite number of this column (e.g. Indonesian decimals); other values are shown as text. */
  format?: NumberFormat;
  /** Right-aligned with tabular figures, so digits line up down the column. */
  numeric?: boolean;
  /** The cells of this column head their rows (<th scope="row">), e.g. the year. */
  rowHeader?: boolean;
}

export interface DataTableOptions {
  /** Names the table for screen readers and sighted readers alike. */
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly Readonly<Record<string, CellValue>>[];
  /** Text of an empty cell (null, undefined, NaN); default empty. */
  missing?: string;
  document?: Document;
}

/**
 * A plain HTML table: a caption, column headers with scope="col", one row per record. Every text goes in
 * through textContent, so names from a world or results file can never become markup.
 */
export function dataTable(options: DataTableOptions): HTMLTableElement {
  const doc = options.document ?? document;
  const table = doc.createElement("table");
  table.className = "sinergi-table";
  const caption = table.createCaption();
  caption.textContent = options.caption;

  const headRow = table.createTHead().insertRow();
  for (const column of options.columns) {
    const th = doc.createElement("th");
    th.scope = "col";
    th.textContent = column.label;
    if (column.numeric) th.style.textAlign = "right";
    headRow.append(th);
  }

  const body = table.createTBody();
  for (const row of options.rows) {
    const tr = body.insertRow();
    for (const column of options.columns) {
      const cell = doc.createElement(column.rowHeader ? "th" : "td");
      if (column.rowHeader) (cell as HTMLTableCellElement).scope = "row";
      cell.textContent = cellText(row[column.key], column.format, options.missing ?? "");
      if (column.numeric) {
        cell.style.textAlign = "right";
        cell.style.fontVariantNumeric = "tabular-nums";
      }
      tr.append(cell);
    }
  }
  return table;
}

function cellText(value: CellValue, format: NumberFormat | undefined, missing: string): string {
  if (value === null || value === undefined) return missing;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return missing;
    return format ? format(value) : String(value);
  }
  return String(value);
}

export interface SeriesTableOptions {
  caption: string;
  /** Header of the x column (e.g. "Tahun"). */
  xLabel: string;
  formatX?: NumberFormat;
  formatY?: NumberFormat;
  /** Headers of a series' band columns; by default "<label> (5%)" and "<label> (95%)". */
  lowLabel?: (seriesLabel: string) => string;
  highLabel?: (seriesLabel: string) => string;
  missing?: string;
  document?: Document;
}

/**
 * The table view of a line chart: one row per x (the union of every series' x, ascending), one column
 * per series, and the band's low and high after a series that has one.
 */
export function seriesTable(series: readonly LineSeries[], options: SeriesTableOptions): HTMLTableElement {
  const xs = new Set<number>();
  for (const s of series) {
    for (const p of s.points) xs.add(p.x);
    for (const b of s.band ?? []) xs.add(b.x);
  }
  const rows = new Map<number, Record<string, CellValue>>();
  for (const x of [...xs].sort((a, b) => a - b)) rows.set(x, { x });

  const lowLabel = options.lowLabel ?? ((label: string) => `${label} (5%)`);
  const highLabel = options.highLabel ?? ((label: string) => `${label} (95%)`);
  const yColumn = (key: string, label: string): TableColumn => ({
    key,
    label,
    numeric: true,
    ...(options.formatY ? { format: options.formatY } : {}),
  });
  const columns: TableColumn[] = [
    {
      key: "x",
      label: options.xLabel,
      numeric: true,
      rowHeader: true,
      ...(options.formatX ? { format: options.formatX } : {}),
    },
  ];
  // Column keys are positional, so two series with the same key (A and B of one metric) stay apart.
  series.forEach((s, i) => {
    columns.push(yColumn(`s${i}`, s.label));
    for (const p of s.points) rows.get(p.x)![`s${i}`] = isValue(p.y) ? p.y : null;
    if (s.band && s.band.length > 0) {
      columns.push(yColumn(`s${i}_low`, lowLabel(s.label)), yColumn(`s${i}_high`, highLabel(s.label)));
      for (const b of s.band) {
        const row = rows.get(b.x)!;
        row[`s${i}_low`] = b.low;
        row[`s${i}_high`] = b.high;
      }
    }
  });
  return dataTable({
    caption: options.caption,
    columns,
    rows: [...rows.values()],
    ...(options.missing !== undefined ? { missing: options.missing } : {}),
    ...(options.document ? { document: options.document } : {}),
  });
}
