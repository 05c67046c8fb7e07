// The run as CSV files, written as `sinergi run` writes its tables (cli/rows.ts, through csvText): the
// yearly rows of every replicate, each with its replicate number and seed, columns in sim's documented
// order; and the region rows of replicate 0 (the run `sinergi run FILE --seed S` would make).
import { regionColumns, yearColumns } from "../../../sim/index.js";
import { csvText, type CsvCell } from "../export/index.js";
import type { RunData } from "../run/run-data.js";

/** Leading columns of the yearly file: which replicate a row belongs to and the seed it ran with. */
export const REPLICATE_COLUMNS = ["replicate", "seed"] as const;

export function yearlyCsv(data: RunData): string {
  const columns = [...REPLICATE_COLUMNS, ...yearColumns(data.domains)];
  const rows = data.years.flatMap((rows, replicate) =>
    rows.map((row) => ({
      replicate,
      seed: data.seeds[replicate],
      ...(row as unknown as Record<string, CsvCell>),
    })),
  );
  return csvText(columns, rows);
}

/**
 * The region columns the page has for every year: the CLI's region columns (the model's, with the
 * world's `province` after `group`, empty when the world has none: cli/rows.ts) except the per-domain
 * propensities, which the worker does not send (the map does not draw them).
 */
export function regionCsvColumns(domains: readonly string[]): string[] {
  const columns = regionColumns(domains).filter((column) => !column.startsWith("propensity_"));
  const at = columns.indexOf("group") + 1;
  return [...columns.slice(0, at), "province", ...columns.slice(at)];
}

export function regionCsv(data: RunData): string {
  const rows: Record<string, CsvCell>[] = [];
  for (const frame of data.frames) {
    data.regions.forEach((region, i) => {
      const growth = frame.growth[i];
      const klassen = frame.klassen[i];
      rows.push({
        year: frame.year,
        id: region.id,
        name: region.name,
        group: region.group,
        province: region.province ?? "",
        population: frame.population[i],
        grdp: frame.grdp[i],
        grdp_per_capita: frame.grdpPerCapita[i],
        // Year 0 has no growth and no quadrant: empty cells, as the CLI writes null.
        growth_rate: growth === undefined || Number.isNaN(growth) ? null : growth,
        capacity: frame.capacity[i],
        ego: frame.ego[i],
        agreements: frame.agreements[i],
        net_cooperation_gain: frame.netGain[i],
        klassen: klassen === undefined || klassen === 0 ? null : klassen,
      });
    });
  }
  return csvText(regionCsvColumns(data.domains), rows);
}
