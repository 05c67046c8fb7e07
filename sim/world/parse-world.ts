import { csvParseRows } from "d3-dsv";
import { InputError } from "../input-error.js";
import { buildWorld } from "./build-world.js";
import type { World, WorldRow } from "./world.js";

export { buildWorld } from "./build-world.js";

const REQUIRED_TEXT = ["id", "name", "group"] as const;
const REQUIRED_NUMBERS = [
  "lat",
  "lon",
  "population",
  "grdp",
  "share_agriculture",
  "share_mining",
  "share_manufacturing",
  "share_trade",
  "share_accommodation",
] as const;
const OPTIONAL_NUMBERS = ["capacity", "ego", "population_growth"] as const;
/**
 * Optional text the world carries: the province into region outputs (results can be summed by province),
 * the estimate notes for display (a region's figures that are not as published).
 */
const OPTIONAL_TEXT = ["province", "estimated"] as const;
/** Kept in files for people (and for provenance) but not read by the model. */
const INFORMATIONAL = ["capital", "area_km2", "note", "source"] as const;

const REQUIRED: readonly string[] = [...REQUIRED_TEXT, ...REQUIRED_NUMBERS];
const KNOWN: readonly string[] = [...REQUIRED, ...OPTIONAL_NUMBERS, ...OPTIONAL_TEXT, ...INFORMATIONAL];

/** Plain decimal numbers only: Number() would accept "", "0x1A" and "Infinity", none of which a data cell means. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses a world file: CSV with a header line, where lines starting with `#` (after blanks) are comments
 * and blank lines are skipped. Every problem is an InputError naming the file line, the region id
 * and the column, because a world file is written by hand and the user must be able to find the cell.
 * Unknown columns are errors, not ignored: a misspelt optional column (`capacty`) silently dropped
 * would run a different experiment from the one the user meant.
 */
export function parseWorldCsv(text: string, source: string): World {
  const records = readRecords(text);
  const headerRecord = records[0];
  if (!headerRecord) {
    throw new InputError(
      source,
      "",
      `the file has no header line; expected the columns ${REQUIRED.join(",")}`,
    );
  }
  const columnIndex = readHeader(headerRecord, source);
  const width = headerRecord.cells.length;

  const dataRecords = records.slice(1);
  const labels: string[] = [];
  const rows = dataRecords.map((record): WorldRow => {
    const idCell = record.cells[columnIndex.get("id") ?? -1]?.trim() ?? "";
    const label = idCell === "" ? `line ${record.line}` : `line ${record.line} (id ${idCell})`;
    labels.push(label);
    if (record.cells.length !== width) {
      throw new InputError(
        source,
        label,
        `has ${record.cells.length} cells but the header has ${width} columns ` +
          `(a missing or extra comma, or a value with a comma that is not in quotes?)`,
      );
    }
    const cell = (column: string) => record.cells[columnIndex.get(column) ?? -1]?.trim() ?? "";
    const number = (column: string) => parseNumber(cell(column), source, `${label}, column ${column}`);

    const row: WorldRow = {
      id: cell("id"),
      name: cell("name"),
      group: cell("group"),
      lat: number("lat"),
      lon: number("lon"),
      population: number("population"),
      grdp: number("grdp"),
      share_agriculture: number("share_agriculture"),
      share_mining: number("share_mining"),
      share_manufacturing: number("share_manufacturing"),
      share_trade: number("share_trade"),
      share_accommodation: number("share_accommodation"),
    };
    // A present column gives every row its text, blank or not, so the world has it for all or none.
    for (const column of OPTIONAL_TEXT) if (columnIndex.has(column)) row[column] = cell(column);
    for (const column of OPTIONAL_NUMBERS) {
      // Optional columns may be absent from the file or blank in a row: both mean "the model decides".
      if (columnIndex.has(column) && cell(column) !== "") row[column] = number(column);
    }
    return row;
  });

  if (rows.length < 2) {
    throw new InputError(
      source,
      "",
      `a world needs at least 2 regions, but the file has ${rows.length === 0 ? "none" : "only 1"}`,
    );
  }
  return buildWorld(rows, source, (index) => labels[index] ?? `row ${index + 1}`);
}

interface CsvRecord {
  /** 1-based line of the file where the record starts, counting comment and blank lines. */
  readonly line: number;
  readonly cells: readonly string[];
}

/** Non-blank, non-comment CSV records with the file line each starts on. */
function readRecords(text: string): CsvRecord[] {
  const normalised = blankComments(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  const records: CsvRecord[] = [];
  let line = 1;
  for (const cells of csvParseRows(normalised)) {
    const start = line;
    // A quoted cell may span lines; counting its newlines keeps later records on their file lines.
    line += 1;
    for (const c of cells) for (let k = c.indexOf("\n"); k !== -1; k = c.indexOf("\n", k + 1)) line += 1;
    if (cells.every((c) => c.trim() === "")) continue;
    records.push({ line: start, cells });
  }
  return records;
}

/**
 * Empties comment lines but keeps their line breaks, so that record line numbers stay those of the file.
 * Quotes are tracked as the CSV reader does (a quote opens a cell only at its start, `""` is an escaped
 * quote), so that a `#` at the start of a line inside a multi-line quoted note is not taken for a comment.
 */
function blankComments(text: string): string {
  let inQuotes = false;
  return text
    .split("\n")
    .map((line) => {
      if (!inQuotes && /^\s*#/.test(line)) return "";
      for (let i = 0; i < line.length; i++) {
        if (line[i] !== '"') continue;
        if (inQuotes) {
          if (line[i + 1] === '"') i++;
          else inQuotes = false;
        } else if (i === 0 || line[i - 1] === ",") {
          inQuotes = true;
        }
      }
      return line;
    })
    .join("\n");
}

function readHeader(header: CsvRecord, source: string): Map<string, number> {
  const where = `header (line ${header.line})`;
  const columnIndex = new Map<string, number>();
  header.cells.forEach((raw, index) => {
    const column = raw.trim();
    if (column === "") {
      throw new InputError(source, where, `column ${index + 1} has no name`);
    }
    if (!KNOWN.includes(column)) {
      const guess = closest(column, KNOWN);
      throw new InputError(
        source,
        `${where}, column ${column}`,
        `unknown column "${column}"${guess ? ` (did you mean "${guess}"?)` : ""}; ` +
          `the columns a world file may have are ${KNOWN.join(", ")}`,
      );
    }
    if (columnIndex.has(column)) {
      throw new InputError(source, `${where}, column ${column}`, `column "${column}" appears twice`);
    }
    columnIndex.set(column, index);
  });
  const missing = REQUIRED.filter((column) => !columnIndex.has(column));
  if (missing.length > 0) {
    throw new InputError(
      source,
      where,
      `missing required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`,
    );
  }
  return columnIndex;
}

function parseNumber(cell: string, source: string, field: string): number {
  if (cell === "") throw new InputError(source, field, "is empty; a number is required here");
  if (!DECIMAL.test(cell)) {
    const hint = cell.includes(",")
      ? " (use a dot as the decimal separator and no thousands separators, e.g. 1234.5)"
      : "";
    throw new InputError(source, field, `"${cell}" is not a number${hint}`);
  }
  return Number(cell);
}

/** The known column within edit distance 2 of a misspelt one, to suggest the fix. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
