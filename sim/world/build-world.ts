import { InputError } from "../input-error.js";
import { SECTORS, type World, type WorldRow } from "./world.js";

/** Shares are read from files rounded to a few digits, so a sum a hair above 1 is rounding, not a mistake. */
const SHARE_SUM_TOLERANCE = 1e-6;

/** Ranges of the optional model columns; a value outside is almost surely a unit mistake (percent for share). */
const OPTIONAL_RANGES = {
  capacity: [0, 1],
  ego: [0, 1],
  population_growth: [-0.1, 0.1],
} as const;

const SHARE_COLUMNS = SECTORS.map((s) => `share_${s}` as const);

/**
 * Validates world rows and stores them column-wise in typed arrays. Both the file parser and the
 * synthetic generator go through here, so every world the model sees obeys the same rules.
 * `describeRow` names a row in error messages; the parser passes file line numbers so that the
 * user can find the row, other callers get the row's position and id.
 */
export function buildWorld(
  rows: readonly WorldRow[],
  source: string,
  describeRow: (index: number) => string = (index) => defaultRowLabel(rows, index),
): World {
  const n = rows.length;
  if (n < 2) {
    throw new InputError(
      source,
      "",
      `a world needs at least 2 regions, but ${n === 0 ? "there are none" : "there is only 1"}`,
    );
  }

  const ids: string[] = [];
  const names: string[] = [];
  const groups: string[] = [];
  const groupIndex = new Map<string, number>();
  const firstRowOfId = new Map<string, number>();
  // A world has provinces (estimate notes) when any row has one; rows without one then get "".
  const provinces: string[] | undefined = rows.some((row) => row.province !== undefined) ? [] : undefined;
  const estimated: string[] | undefined = rows.some((row) => row.estimated !== undefined) ? [] : undefined;
  const groupOf = new Int32Array(n);
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const population = new Float64Array(n);
  const grdp = new Float64Array(n);
  const sectorShares = new Float64Array(n * SECTORS.length);
  const capacity = new Float64Array(n);
  const ego = new Float64Array(n);
  const populationGrowth = new Float64Array(n);

  rows.forEach((row, i) => {
    const where = (column: string) => `${describeRow(i)}, column ${column}`;
    const fail = (column: string, problem: string): never => {
      throw new InputError(source, where(column), problem);
    };

    const id = requireText(row.id, "id", fail);
    const previous = firstRowOfId.get(id);
    if (previous !== undefined) {
      fail("id", `duplicate id "${id}" (already used by ${describeRow(previous)}); ids must be unique`);
    }
    firstRowOfId.set(id, i);
    ids.push(id);
    names.push(requireText(row.name, "name", fail));

    const group = requireText(row.group, "group", fail);
    let g = groupIndex.get(group);
    if (g === undefined) {
      g = groups.length;
      groups.push(group);
      groupIndex.set(group, g);
    }
    groupOf[i] = g;
    if (provinces) provinces.push(optionalText(row.province, "province", fail));
    if (estimated) estimated.push(optionalText(row.estimated, "estimated", fail));

    lat[i] = requireInRange(row.lat, "lat", -90, 90, fail);
    lon[i] = requireInRange(row.lon, "lon", -180, 180, fail);
    population[i] = requirePositive(row.population, "population", fail);
    grdp[i] = requirePositive(row.grdp, "grdp", fail);

    let sum = 0;
    SHARE_COLUMNS.forEach((column, s) => {
      const share = requireInRange(row[column], column, 0, 1, fail);
      sectorShares[i * SECTORS.length + s] = share;
      sum += share;
    });
    if (sum > 1 + SHARE_SUM_TOLERANCE) {
      throw new InputError(
        source,
        `${describeRow(i)}, columns ${SHARE_COLUMNS.join(", ")}`,
        `the sector shares add up to ${round(sum)}, more than 1; they are shares of GRDP ` +
          `(fractions, not percent), and the rest up to 1 is the other sectors`,
      );
    }

    capacity[i] = optionalInRange(row.capacity, "capacity", fail);
    ego[i] = optionalInRange(row.ego, "ego", fail);
    populationGrowth[i] = optionalInRange(row.population_growth, "population_growth", fail);
  });

  return {
    size: n,
    ids,
    names,
    groupOf,
    groups,
    ...(provinces ? { provinces } : {}),
    ...(estimated ? { estimated } : {}),
    lat,
    lon,
    population,
    grdp,
    sectorShares,
    capacity,
    ego,
    populationGrowth,
    source,
  };
}

type Fail = (column: string, problem: string) => never;

function defaultRowLabel(rows: readonly WorldRow[], index: number): string {
  const id = rows[index]?.id;
  return typeof id === "string" && id.trim() !== ""
    ? `row ${index + 1} (id ${id.trim()})`
    : `row ${index + 1}`;
}

function requireText(value: unknown, column: string, fail: Fail): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (text === "") fail(column, `is empty; every region needs a${column === "id" ? "n" : ""} ${column}`);
  return text;
}

function optionalText(value: unknown, column: string, fail: Fail): string {
  if (value === undefined) return "";
  if (typeof value !== "string") fail(column, `must be text (got ${String(value)})`);
  return (value as string).trim();
}

function requireFinite(value: unknown, column: string, fail: Fail): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    fail(column, `must be a number (got ${String(value)})`);
  }
  return value as number;
}

function requireInRange(value: unknown, column: string, min: number, max: number, fail: Fail): number {
  const x = requireFinite(value, column, fail);
  if (x < min || x > max) fail(column, `must be between ${min} and ${max} (got ${x})`);
  return x;
}

function requirePositive(value: unknown, column: string, fail: Fail): number {
  const x = requireFinite(value, column, fail);
  if (x <= 0) fail(column, `must be greater than 0 (got ${x})`);
  return x;
}

/** Absent (or NaN, the typed-array spelling of absent) means "not given"; the model fills it in. */
function optionalInRange(value: unknown, column: keyof typeof OPTIONAL_RANGES, fail: Fail): number {
  if (value === undefined || (typeof value === "number" && Number.isNaN(value))) return Number.NaN;
  const [min, max] = OPTIONAL_RANGES[column];
  return requireInRange(value, column, min, max, fail);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
