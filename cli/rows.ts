import { csvFormatValue } from "d3-dsv";
import { extname } from "node:path";
import { InputError } from "../sim/input-error.js";
import { regionColumns, yearColumns } from "../sim/model/results.js";
import { DOMAIN_NAMES } from "../sim/scenario/schema.js";
import { ChunkedWriter, type Sink } from "./output.js";

export type RowFormat = "csv" | "jsonl";
/** The formats of a sweep's runs file: the text formats, and Parquet (cli/sweep/parquet.ts). */
export type SweepFormat = RowFormat | "parquet";
export type Cell = number | string | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

/** The output format of a file, from its extension; anything but .csv or .jsonl is a user error. */
export function formatOfPath(path: string, option: string): RowFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".jsonl") return "jsonl";
  throw new InputError(
    option,
    path,
    `unknown output format ${ext ? `"${ext}"` : "(no extension)"}: the file name must end in .csv or .jsonl`,
  );
}

/** Per-year columns, in their documented order (sim/model/results.ts). */
export const YEAR_COLUMNS: readonly string[] = yearColumns(DOMAIN_NAMES);

/**
 * Per-region-per-year columns, in their documented order: the model's, with the world's `province`
 * after `group` (always there, empty when the world has none, so that a table's schema does not depend
 * on the world; cli/region-rows.ts fills it).
 */
export const REGION_COLUMNS: readonly string[] = withProvinceColumn(regionColumns(DOMAIN_NAMES));

/** Inserts `province` after `group`; the dashboard's region export does the same (viz/src/app/run-csv.ts). */
export function withProvinceColumn(columns: readonly string[]): string[] {
  const at = columns.indexOf("group") + 1;
  return [...columns.slice(0, at), "province", ...columns.slice(at)];
}

/**
 * The header of a table: the known columns in their documented order (those the rows have), then
 * any further column the model adds, in the order the first row lists them. Stable for a given model.
 */
export function columnsFor(rows: readonly Row[], known: readonly string[]): string[] {
  const first = rows[0];
  if (!first) return [...known];
  const present = new Set(Object.keys(first));
  const columns = known.filter((c) => present.has(c));
  const knownSet = new Set(known);
  for (const key of Object.keys(first)) if (!knownSet.has(key)) columns.push(key);
  return columns;
}

/**
 * Writes numbers one way everywhere: a finite number as its shortest round-trip text (`String(n)`),
 * null (and a non-finite number, which the model should never produce) as an empty CSV cell / JSON null.
 */
export class RowEncoder {
  /** Columns in which a non-finite number was met, for one warning each. */
  readonly nonFinite = new Set<string>();

  constructor(
    readonly format: RowFormat,
    readonly columns: readonly string[],
  ) {}

  header(): string {
    return this.format === "csv" ? `${this.columns.map(csvFormatValue).join(",")}\n` : "";
  }

  row(row: Row): string {
    if (this.format === "csv") {
      // One string built cell by cell: a sweep writes thousands of rows a second, and mapping to an
      // array of cells and joining it cost four times the numbers' own formatting.
      const columns = this.columns;
      let line = "";
      for (let c = 0; c < columns.length; c++) {
        if (c > 0) line += ",";
        const column = columns[c]!;
        const value = row[column];
        line += typeof value === "number" ? (this.number(column, value) ?? "") : this.csvCell(column, value);
      }
      return `${line}\n`;
    }
    const object: Record<string, string | number | boolean | null> = {};
    for (const c of this.columns) object[c] = this.jsonCell(c, row[c]);
    return `${JSON.stringify(object)}\n`;
  }

  private csvCell(column: string, value: Cell): string {
    if (value === null || value === undefined) return "";
    if (typeof value === "number") return this.number(column, value) ?? "";
    if (typeof value === "boolean") return value ? "true" : "false";
    return csvFormatValue(value);
  }

  private jsonCell(column: string, value: Cell): string | number | boolean | null {
    if (value === null || value === undefined) return null;
    if (typeof value === "number") return Number.isFinite(value) ? value : (this.number(column, value), null);
    return value;
  }

  private number(column: string, value: number): string | null {
    if (Number.isFinite(value)) return String(value);
    this.nonFinite.add(column);
    return null;
  }
}

/** Writes a header and rows to a sink, in chunks. */
export async function writeRows(sink: Sink, encoder: RowEncoder, rows: Iterable<Row>): Promise<void> {
  const out = new ChunkedWriter(sink);
  await out.write(encoder.header());
  for (const row of rows) await out.write(encoder.row(row));
  await out.flush();
}
