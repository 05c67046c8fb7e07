/**
 * The historical world (configs/worlds/indonesia-provinces-2010.csv) and the observed history
 * (configs/history/indonesia-provinces-2010-2023.csv) as pure functions of the BPS source files in
 * data/bps, so that the build script writes them and a test can check that the committed files are
 * exactly what the sources give (data/bps/README.md has the sources, units and flags).
 *
 * The basis is the 33 units consistent over 2010–2023: Kalimantan Utara was split from Kalimantan Timur
 * in 2012 and BPS published per-capita figures for it only from 2013, so the two are one unit (id 64)
 * in every year: the merged row of the source for 2010–2012, the sum of the two provinces after.
 */
import { csvFormatRows, csvParse, type DSVRowString } from "d3-dsv";
import { PROVINCIAL_SHARE_COLUMNS } from "./provincial-shares.js";
import { WORLD_COLUMNS } from "../../cli/world-csv.js";

/** The source texts, as read from data/bps. */
export interface HistorySources {
  /** data/bps/provinces-2010-2023.csv */
  series: string;
  /** data/bps/provinces-2022.csv (names, capitals, coordinates, areas and sector shares) */
  provinces2022: string;
}

export const FIRST_YEAR = 2010;
export const LAST_YEAR = 2023;
/** The population growth of the world file is the compound average over these years (the fit window). */
export const GROWTH_FROM = 2010;
export const GROWTH_TO = 2019;

/** Id and name of the merged Kalimantan Timur + Kalimantan Utara unit. */
export const MERGED_ID = "64";
export const MERGED_NAME = "Kalimantan Timur (incl. Kalimantan Utara)";
const MERGED_PARTS = ["64", "65"];
const MERGED_SOURCE_CODE = "6400+6500";

export const HISTORY_COLUMNS = [
  "id",
  "name",
  "group",
  "year",
  "population",
  "grdp_constant2010",
  "grdp_current",
] as const;

/** The world format's required columns (as `sinergi world synth` writes them), then the 2010 world's own. */
export const WORLD_2010_COLUMNS = [...WORLD_COLUMNS, "population_growth", "capital", "area_km2"] as const;

/** One unit in one year, money in billion IDR. */
export interface HistoryRow {
  id: string;
  name: string;
  group: string;
  year: number;
  population: number;
  grdpConstant2010: number;
  grdpCurrent: number;
}

export interface HistoryFiles {
  /** configs/worlds/indonesia-provinces-2010.csv, header comment included. */
  world: string;
  /** configs/history/indonesia-provinces-2010-2023.csv, header comment included. */
  history: string;
  rows: HistoryRow[];
}

const MILLION_PER_BILLION = 1000;

export function buildHistoryFiles(sources: HistorySources): HistoryFiles {
  const provinces = csvParse(sources.provinces2022);
  const byCode = new Map(provinces.map((row) => [cell(row, "bps_code_2022"), row]));
  const rows = historyRows(csvParse(sources.series), byCode);
  return { world: worldText(rows, byCode), history: historyText(rows), rows };
}

/** The 33 units × 14 years, in the order of the 2022 file (BPS code order), year by year within a unit. */
function historyRows(series: DSVRowString[], byCode: Map<string, DSVRowString>): HistoryRow[] {
  const units = new Map<string, HistoryRow[]>();
  for (const source of series) {
    const code = cell(source, "prov_bps_code");
    const year = Number(cell(source, "year"));
    const merged = code === MERGED_SOURCE_CODE;
    const isPart = !merged && MERGED_PARTS.includes(code.slice(0, 2));
    const id = merged || isPart ? MERGED_ID : code.slice(0, 2);
    // 2010–2012: the source's merged row holds the unit (the parts have no population);
    // from 2013 the two provinces are added up.
    if (merged ? year >= 2013 : isPart && year < 2013) continue;
    const population = number(source, "population");
    const grdpConstant2010 = number(source, "grdp_adhk2010_million_rp") / MILLION_PER_BILLION;
    const grdpCurrent = number(source, "grdp_adhb_million_rp") / MILLION_PER_BILLION;
    const list = units.get(id) ?? [];
    units.set(id, list);
    const existing = list.find((row) => row.year === year);
    if (existing) {
      existing.population += population;
      existing.grdpConstant2010 += grdpConstant2010;
      existing.grdpCurrent += grdpCurrent;
      continue;
    }
    const name = id === MERGED_ID ? MERGED_NAME : cell(required(byCode, id), "province");
    const group = cell(source, "island_group");
    list.push({ id, name, group, year, population, grdpConstant2010, grdpCurrent });
  }
  const ordered = [...byCode.keys()].filter((code) => code !== "65");
  return ordered.flatMap((id) => {
    const list = required(units, id).sort((a, b) => a.year - b.year);
    const years = list.map((row) => row.year);
    const expected = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, k) => FIRST_YEAR + k);
    if (years.join() !== expected.join()) throw new Error(`unit ${id}: years ${years.join()} in the source`);
    return list;
  });
}

function worldText(rows: HistoryRow[], byCode: Map<string, DSVRowString>): string {
  const lines: string[][] = [[...WORLD_2010_COLUMNS]];
  for (const row of rows.filter((r) => r.year === FIRST_YEAR)) {
    const end = required(
      new Map(rows.filter((r) => r.id === row.id && r.year === GROWTH_TO).map((r) => [r.id, r])),
      row.id,
    );
    const growth = (end.population / row.population) ** (1 / (GROWTH_TO - GROWTH_FROM)) - 1;
    const parts = row.id === MERGED_ID ? MERGED_PARTS : [row.id];
    const sources = parts.map((code) => required(byCode, code));
    const capital = sources[0]!;
    // Shares of the merged unit: the parts' 2022 shares weighted by their 2022 GRDP.
    const weights = sources.map((s) => number(s, "grdp_adhb_2022_billion_idr"));
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const shares = PROVINCIAL_SHARE_COLUMNS.map(([, column]) => {
      const share = sources.reduce((sum, s, k) => sum + number(s, column) * weights[k]!, 0) / totalWeight;
      return round(share, 4);
    });
    const area = sources.reduce((sum, s) => sum + number(s, "area_km2_big_2024"), 0);
    lines.push([
      row.id,
      row.name,
      row.group,
      cell(capital, "capital_lat"),
      cell(capital, "capital_lon"),
      String(row.population),
      money(row.grdpConstant2010),
      ...shares.map(String),
      growth.toFixed(6),
      cell(capital, "capital"),
      String(round(area, 3)),
    ]);
  }
  return comment(WORLD_HEADER) + csvFormatRows(lines) + "\n";
}

function historyText(rows: HistoryRow[]): string {
  const lines: string[][] = [[...HISTORY_COLUMNS]];
  for (const row of rows) {
    lines.push([
      row.id,
      row.name,
      row.group,
      String(row.year),
      String(row.population),
      money(row.grdpConstant2010),
      money(row.grdpCurrent),
    ]);
  }
  return comment(HISTORY_HEADER) + csvFormatRows(lines) + "\n";
}

const WORLD_HEADER = [
  "Sinergi world: Indonesia's provinces in 2010, on the 33-unit basis consistent over 2010-2023 (the start of the historical run).",
  "Source: Badan Pusat Statistik (BPS), compiled in data/bps (see data/bps/README.md); built by `npm run data:history`",
  "  (scripts/data/build-history.ts), which also writes configs/history/indonesia-provinces-2010-2023.csv.",
  "grdp: GRDP (PDRB) 2010, billion IDR; in 2010 constant 2010 prices equal current prices.",
  "population: GRDP / GRDP per capita, the mid-year population BPS used (derived, not a census count).",
  `Unit ${MERGED_ID} "${MERGED_NAME}": Kalimantan Utara was split from Kalimantan Timur in 2012; the two are one`,
  "  unit here (2010: BPS per capita of the old Kaltim boundary, GRDP of both), so the basis is the same in every year.",
  `population_growth: compound average yearly growth of that population over ${GROWTH_FROM}-${GROWTH_TO} (the calibration window).`,
  "Gaps: sector shares are the 2022 shares (provinces-2022.csv; the merged unit's weighted by 2022 GRDP), not 2010's;",
  "  capital coordinates and area are today's (the merged unit: Samarinda; area of both provinces, BIG 2024).",
];

const HISTORY_HEADER = [
  "Sinergi observed history: GRDP and population of Indonesia's provinces 2010-2023, 33 units consistent over the period.",
  "Source: Badan Pusat Statistik (BPS), compiled in data/bps/provinces-2010-2023.csv (see data/bps/README.md); built by",
  "  `npm run data:history` (scripts/data/build-history.ts).",
  "grdp_constant2010: GRDP (PDRB ADHK, constant 2010 prices), billion IDR; grdp_current: GRDP at current prices (ADHB), billion IDR.",
  "population: GRDP / GRDP per capita, the mid-year population BPS used (derived, not a census count).",
  `Unit ${MERGED_ID} "${MERGED_NAME}": 2010-2012 the merged row of the source (old Kaltim boundary),`,
  "  2013-2023 the sum of Kalimantan Timur and Kalimantan Utara.",
  "Status: 2022 preliminary (angka sementara), 2023 very preliminary (angka sangat sementara); Papua and Papua Barat",
  "  2023 population is an estimate (flagged in the source).",
];

function comment(lines: string[]): string {
  return lines.map((line) => `# ${line}\n`).join("");
}

/** Billion IDR with the source's precision (the source is in million IDR with 2 decimals). */
function money(value: number): string {
  return String(round(value, 5));
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

function cell(row: DSVRowString, column: string): string {
  const value = row[column];
  if (value === undefined || value === "") throw new Error(`missing ${column} in ${JSON.stringify(row)}`);
  return value;
}

function number(row: DSVRowString, column: string): number {
  const value = Number(cell(row, column));
  if (!Number.isFinite(value)) throw new Error(`${column} is not a number in ${JSON.stringify(row)}`);
  return value;
}

function required<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`no entry for ${String(key)}`);
  return value;
}
