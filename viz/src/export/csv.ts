import { csvFormatRows } from "d3-dsv";

export type CsvCell = number | string | boolean | null | undefined;

/**
 * A CSV file's text, written exactly as the CLI writes its tables (cli/rows.ts): the header, then one
 * line per row, each ending in a newline; a finite number as its shortest round-trip text (String(n)),
 * so that 1.0 is "1" and nothing is rounded; null, undefined and non-finite numbers as empty cells;
 * booleans as true/false; text quoted by d3-dsv where it needs it.
 */
export function csvText(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, CsvCell>>[],
): string {
  const lines = [[...columns], ...rows.map((row) => columns.map((column) => cellText(row[column])))];
  return `${csvFormatRows(lines)}\n`;
}

function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return value;
}
