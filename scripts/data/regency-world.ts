/**
 * The regency world (configs/worlds/indonesia-regencies-2021.csv) as a pure function of the BPS source
 * files in data/bps, so that the build script writes it and a test can check that the committed file is
 * exactly what the sources give (see data/bps/README.md for the sources, units and caveats).
 */
import { csvFormatRows, csvParse, type DSVRowString } from "d3-dsv";
import { PROVINCIAL_SHARE_COLUMNS } from "./provincial-shares.js";
import { WORLD_COLUMNS } from "../../cli/world-csv.js";

/** The source texts, as read from data/bps. */
export interface RegencySources {
  /** data/bps/regencies-2021.csv */
  regencies: string;
  /** data/bps/provinces-2022.csv (names and sector shares of the 34 provinces) */
  provinces2022: string;
  /** data/bps/provinces-2010-2023.csv (provincial GRDP 2021, to report how the regencies add up) */
  provincesSeries: string;
}

/** The world format's required columns with `province` after `group` (as cli/world-csv.ts writes it), then the notes. */
const [ID, NAME, GROUP, ...FIGURES] = WORLD_COLUMNS;
export const REGENCY_WORLD_COLUMNS = [ID, NAME, GROUP, "province", ...FIGURES, "estimated", "note"] as const;

/** What the `estimated` cell of a regency without BPS GRDP says: which figures, and how they were made. */
export const ESTIMATED_TEXT =
  "grdp and population: BPS GRDP 2021 missing; population = Dukcapil registered population (2nd half 2021); " +
  "grdp = BPS GRDP per capita 2021 (current prices) x that population";

/** The source flag of regencies whose per-capita figure BPS published only in the parent province's table. */
const PARENT_TABLE_FLAG = "percap_2021_from_parent_province_table_in_publication";
const PARENT_TABLE_NOTE =
  "BPS GRDP per capita 2021 from the parent province's table in the publication (Papua and Papua Barat " +
  "before the 2022 split); population = GRDP / that per capita";

/** Tolerance of the BPS discrepancy between regency sums and the provincial GRDP (data/bps/README.md). */
const PROVINCE_SUM_TOLERANCE = 0.02;

export interface ProvinceCheck {
  province: string;
  regencies: number;
  estimated: number;
  /** Sum of the regencies' world `grdp`, billion IDR. */
  regencyGrdp: number;
  /** BPS provincial GRDP 2021 at current prices, billion IDR. */
  provinceGrdp: number;
}

export interface RegencyWorld {
  /** The world file's text, header comment included. */
  text: string;
  /** Per province, how the regencies' GRDP adds up against BPS's provincial figure for 2021. */
  checks: ProvinceCheck[];
}

/** Builds the regency world from the source texts; throws if a source does not look as expected. */
export function buildRegencyWorld(sources: RegencySources): RegencyWorld {
  const provinces = provincesByCode(sources.provinces2022);
  const provincialGrdp2021 = provincialGrdpByCode(sources.provincesSeries, "2021");
  const regencies = csvParse(sources.regencies);
  if (regencies.length !== 514) {
    throw new Error(`data/bps/regencies-2021.csv: expected 514 regencies, found ${regencies.length}`);
  }

  const checks = new Map<string, ProvinceCheck>();
  const rows = regencies.map((regency) => {
    const id = field(regency, "bps_code");
    const code = id.slice(0, 2);
    const province = provinces.get(code);
    if (!province) throw new Error(`regency ${id}: no province with BPS code ${code} in provinces-2022.csv`);
    if (field(regency, "island_group") !== field(province, "island_group")) {
      throw new Error(`regency ${id}: island group differs from its province's`);
    }

    const published = (regency["grdp_adhb_million_rp"] ?? "").trim() !== "";
    let population: string;
    let grdp: string;
    if (published) {
      population = field(regency, "population_bps_implied");
      grdp = millionToBillion(field(regency, "grdp_adhb_million_rp"));
    } else {
      population = field(regency, "population_dukcapil_2021s2");
      const perCapitaThousand = Number(field(regency, "grdp_per_capita_adhb_thousand_rp"));
      // thousand IDR per person × persons = thousand IDR; / 10^6 = billion IDR, kept to the million.
      grdp = trimZeros(((perCapitaThousand * Number(population)) / 1e6).toFixed(3));
    }

    const provinceName = field(province, "province");
    const check = checks.get(code) ?? {
      province: provinceName,
      regencies: 0,
      estimated: 0,
      regencyGrdp: 0,
      provinceGrdp: provincialGrdp2021.get(code) ?? Number.NaN,
    };
    check.regencies += 1;
    if (!published) check.estimated += 1;
    check.regencyGrdp += Number(grdp);
    checks.set(code, check);

    return [
      id,
      field(regency, "name"),
      field(regency, "island_group"),
      provinceName,
      field(regency, "lat"),
      field(regency, "lon"),
      population,
      grdp,
      ...PROVINCIAL_SHARE_COLUMNS.map(([, column]) => field(province, column)),
      published ? "" : ESTIMATED_TEXT,
      (regency["flags"] ?? "").includes(PARENT_TABLE_FLAG) ? PARENT_TABLE_NOTE : "",
    ];
  });

  const provinceChecks = [...checks.values()];
  for (const check of provinceChecks) {
    if (!Number.isFinite(check.provinceGrdp)) {
      throw new Error(`no provincial GRDP 2021 for ${check.province} in provinces-2010-2023.csv`);
    }
  }
  const body = csvFormatRows([[...REGENCY_WORLD_COLUMNS], ...rows]);
  return { text: `${headerComment(provinceChecks)}${body}\n`, checks: provinceChecks };
}

/** Relative gap of the regencies' sum from the provincial figure. */
export function provinceGap(check: ProvinceCheck): number {
  return check.regencyGrdp / check.provinceGrdp - 1;
}

function headerComment(checks: readonly ProvinceCheck[]): string {
  const complete = checks.filter((c) => c.estimated === 0);
  const within = complete.filter((c) => Math.abs(provinceGap(c)) <= PROVINCE_SUM_TOLERANCE);
  const worst = Math.max(...complete.map((c) => Math.abs(provinceGap(c))));
  const filled = checks.filter((c) => c.estimated > 0);
  const percent = (x: number) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
  const filledText = filled
    .map((c) => `${c.province} ${c.estimated} (sum ${percent(provinceGap(c))})`)
    .join(", ");
  const estimatedCount = filled.reduce((n, c) => n + c.estimated, 0);
  const lines = [
    "Sinergi world: the 514 regencies and cities (kabupaten/kota) of Indonesia, 2021, in the 34 provinces of 2022.",
    "Built by `npm run data:regencies` (scripts/data/build-regency-world.ts) from data/bps; do not edit by hand.",
    "Sources: Badan Pusat Statistik (BPS) regency GRDP (PDRB) at current prices 2021 and GRDP per capita",
    '  ("Produk Domestik Regional Bruto Kabupaten/Kota di Indonesia 2021-2025", BPS WebAPI tables);',
    "  registered population from Dukcapil (Kemendagri), 2nd half 2021; codes: BPS (pre-2022); see data/bps/README.md.",
    "id = BPS regency code; its first two digits are the province's BPS code (the id in indonesia-2022).",
    "group = BPS island group; province = the province's name as in the indonesia-2022 world (Papua and",
    "  Papua Barat before the 2022 split).",
    "grdp: billion IDR, current prices 2021 (BPS million rupiah / 1000).",
    "population = GRDP / GRDP per capita (the mid-year population BPS used), derived, not a census count.",
    `Gap 1, GRDP: BPS GRDP 2021 is missing for ${estimatedCount} regencies (the only copy found was corrupted):`,
    ...wrap(`${filledText}.`, 100).map((line) => `  ${line}`),
    "  For these rows population = Dukcapil registered population and grdp = BPS GRDP per capita 2021 x that",
    "  population; the `estimated` column says so. Sums in brackets: the regencies' grdp against BPS's",
    "  provincial GRDP 2021 (data/bps/provinces-2010-2023.csv).",
    `  Check: in ${within.length} of the ${complete.length} provinces with complete data the regencies add up to the`,
    `  provincial GRDP 2021 within 2% (largest gap ${(worst * 100).toFixed(2)}%, the usual BPS discrepancy).`,
    "Gap 2, sector shares: BPS publishes none per regency in these data. Every regency carries its province's",
    "  2022 shares of GRDP (data/bps/provinces-2022.csv: KBLI A, B, C, G, I), provincial 2022 shares, not the",
    "  regency's own; location quotients and domain complementarity between regencies of one province are",
    "  therefore equal, and only differ across provinces.",
    "Note: for 26 regencies of Papua and Papua Barat the per-capita figure (hence the derived population) was",
    "  taken from the parent province's table in the BPS publication; the `note` column marks them.",
    "Coordinates: centroids of simplified boundary polygons (not the seat of government).",
  ];
  return lines.map((line) => `# ${line}\n`).join("");
}

/** Splits text at spaces into lines of at most `width` characters (a longer word gets its own line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

function provincesByCode(text: string): Map<string, DSVRowString> {
  const byCode = new Map<string, DSVRowString>();
  for (const row of csvParse(text)) byCode.set(field(row, "bps_code_2022"), row);
  if (byCode.size !== 34) throw new Error(`provinces-2022.csv: expected 34 provinces, found ${byCode.size}`);
  return byCode;
}

/** Provincial GRDP at current prices in billion IDR for one year, by two-digit BPS code. */
function provincialGrdpByCode(text: string, year: string): Map<string, number> {
  const byCode = new Map<string, number>();
  for (const row of csvParse(text)) {
    if (field(row, "year") !== year) continue;
    byCode.set(field(row, "prov_bps_code").slice(0, 2), Number(field(row, "grdp_adhb_million_rp")) / 1000);
  }
  return byCode;
}

function field(row: DSVRowString, column: string): string {
  const value = row[column]?.trim();
  if (value === undefined || value === "")
    throw new Error(`source row has no ${column}: ${JSON.stringify(row)}`);
  return value;
}

/** Million to billion by moving the decimal point, so that no binary rounding enters the file. */
export function millionToBillion(million: string): string {
  if (!/^\d+(\.\d+)?$/.test(million)) throw new Error(`not a plain decimal: ${million}`);
  const [whole = "", fraction = ""] = million.split(".");
  const padded = whole.padStart(4, "0");
  const integer = padded.slice(0, -3).replace(/^0+(?=\d)/, "");
  return trimZeros(`${integer}.${padded.slice(-3)}${fraction}`);
}

function trimZeros(decimal: string): string {
  return decimal.includes(".") ? decimal.replace(/0+$/, "").replace(/\.$/, "") : decimal;
}
