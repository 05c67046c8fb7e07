// `sinergi analyze` as a user runs it: the built CLI on small sweeps of the default world (few years).
import { cpSync, existsSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { beforeAll, describe, expect, it } from "vitest";
import { expectUserError, sinergi, tempDir, type CliResult } from "./helpers.js";

const read = (path: string): string => readFileSync(path, "utf8");

const RANGES = {
  "ego.mean": { min: 0.1, max: 0.8 },
  "policies.incentiveFund.budget": { min: 0, max: 1000 },
  "cooperation.discovery": { min: 0.05, max: 0.3 },
};
const PARAMETERS = Object.keys(RANGES);
const YEARS = 3;
const DEFAULT_OUTPUTS = ["williamson", "gini", "grdp_total", "agreements_total"].map((m) => `${m}@${YEARS}`);

const SOBOL = {
  name: "test-sobol",
  description: "Which lever moves disparity? / Kebijakan mana yang menggerakkan ketimpangan?",
  parameters: RANGES,
  design: { type: "saltelli", samples: 8 },
  replicates: 2,
  years: YEARS,
  seed: 5,
};
const MORRIS = {
  name: "test-morris",
  parameters: RANGES,
  design: { type: "morris", trajectories: 4 },
  years: YEARS,
  seed: 6,
};
const GRID = {
  name: "test-grid",
  parameters: { "ego.mean": [0.2, 0.5, 0.8], "policies.incentiveFund.budget": [0, 500] },
  design: { type: "grid" },
  replicates: 2,
  years: YEARS,
  seed: 7,
};

function ok(result: CliResult): string {
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result.stdout;
}

interface IndexRow {
  output: string;
  parameter: string;
  index: string;
  value: string;
  lower: string;
  upper: string;
}

function indices(path: string): IndexRow[] {
  return csvParse(read(path)) as unknown as IndexRow[];
}

/** The report is one self-contained HTML page: charts as inline SVG, nothing fetched. */
function expectSelfContained(html: string, charts: number): void {
  expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
  expect(html.trimEnd().endsWith("</html>")).toBe(true);
  expect(html.match(/<svg /g)).toHaveLength(charts);
  expect(html.match(/<\/svg>/g)).toHaveLength(charts);
  // Every chart has a text alternative: a <title> and a <desc>, and a data table.
  expect(
    html.match(/<svg [^>]*role="img"[^>]*><title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/g),
  ).toHaveLength(charts);
  expect(html).toContain("<table>");
  // Nothing from the network: no http(s) in any src or href, no external script or style sheet.
  expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
  expect(html).not.toMatch(/<script[^>]*\bsrc=/i);
  expect(html).not.toMatch(/<link\b/i);
  expect(html).not.toMatch(/@import|url\(/i);
  // Bilingual reading guide.
  expect(html).toContain("How to read this");
  expect(html).toContain("Cara membaca laporan ini");
}

describe("sinergi analyze", () => {
  let dir: string;

  beforeAll(() => {
    dir = tempDir({
      "sobol.json": JSON.stringify(SOBOL),
      "morris.json": JSON.stringify(MORRIS),
      "grid.json": JSON.stringify(GRID),
    });
    for (const [sweep, out, extra] of [
      ["sobol.json", "sobol", []],
      ["morris.json", "morris", ["--format", "jsonl"]],
      ["grid.json", "grid", []],
    ] as const) {
      ok(sinergi(["sweep", sweep, "--out", out, "--workers", "2", "--quiet", ...extra], { cwd: dir }));
    }
  });

  it("computes Sobol indices of a saltelli sweep: a table, indices.csv and a self-contained report", () => {
    const stdout = ok(sinergi(["analyze", "sobol", "--method", "sobol", "--bootstrap", "200"], { cwd: dir }));
    expect(stdout).toMatch(
      /^Sobol indices of sweep test-sobol \(sobol\): saltelli design, N = 8 base samples × 5 = 40 points/,
    );
    for (const output of DEFAULT_OUTPUTS) expect(stdout).toContain(`\n${output}   Var(Y) = `);
    expect(stdout).toMatch(/\n {2}parameter +S1 +95% interval +ST +95% interval\n/);
    expect(stdout).toContain("Wrote sobol/analysis/indices.csv and sobol/analysis/report.html\n");

    const rows = indices(join(dir, "sobol", "analysis", "indices.csv"));
    expect(Object.keys(rows[0]!)).toEqual(["output", "parameter", "index", "value", "lower", "upper"]);
    const perParameter = rows.filter((r) => r.parameter !== "");
    expect(perParameter).toHaveLength(DEFAULT_OUTPUTS.length * PARAMETERS.length * 2);
    expect(new Set(perParameter.map((r) => r.output))).toEqual(new Set(DEFAULT_OUTPUTS));
    expect(new Set(perParameter.map((r) => r.parameter))).toEqual(new Set(PARAMETERS));
    expect(new Set(perParameter.map((r) => r.index))).toEqual(new Set(["S1", "ST"]));
    // Every output varies across these runs, so every index and interval is a finite number.
    for (const row of perParameter) {
      const [value, lower, upper] = [Number(row.value), Number(row.lower), Number(row.upper)];
      expect(row.value !== "" && Number.isFinite(value), JSON.stringify(row)).toBe(true);
      expect(lower).toBeLessThanOrEqual(upper);
      if (row.index === "ST") expect(value).toBeGreaterThanOrEqual(0);
    }
    // With 2 replicates the noise is estimated, one row per output.
    const noise = rows.filter((r) => r.index === "noise_share");
    expect(noise.map((r) => r.output)).toEqual(DEFAULT_OUTPUTS);
    for (const row of noise) expect(Number(row.value)).toBeGreaterThanOrEqual(0);

    const html = read(join(dir, "sobol", "analysis", "report.html"));
    // Indices and a band chart per output, a scatter per output and parameter.
    expectSelfContained(html, DEFAULT_OUTPUTS.length * (2 + PARAMETERS.length));
    expect(html).toContain("<title>Sobol sensitivity indices: test-sobol</title>");
    expect(html).toContain("Which lever moves disparity? / Kebijakan mana yang menggerakkan ketimpangan?");
    expect(html).toMatch(/with Sinergi \d+\.\d+\.\d+/);
    expect(html).toMatch(/Analysed<\/dt><dd>\d{4}-\d\d-\d\d \d\d:\d\d UTC/);
  });

  it("gives the same indices every time (the bootstrap is seeded), into --out", () => {
    ok(
      sinergi(["analyze", "sobol", "-m", "sobol", "--bootstrap", "200", "--out", "again", "--quiet"], {
        cwd: dir,
      }),
    );
    expect(read(join(dir, "again", "indices.csv"))).toBe(read(join(dir, "sobol", "analysis", "indices.csv")));
  });

  it("computes Morris μ*, μ and σ of a morris sweep (JSON Lines)", () => {
    const stdout = ok(
      sinergi(
        [
          "analyze",
          "morris",
          "--method",
          "morris",
          "--output",
          "agreements_total@last",
          "--output",
          "mean_trust@2",
        ],
        {
          cwd: dir,
        },
      ),
    );
    expect(stdout).toMatch(
      /^Morris screening of sweep test-morris \(morris\): 4 trajectories × 4 = 16 points/,
    );
    expect(stdout).toMatch(/\n {2}parameter +mu\* +95% interval +mu +sigma\n/);
    const rows = indices(join(dir, "morris", "analysis", "indices.csv"));
    expect(rows).toHaveLength(2 * PARAMETERS.length * 3);
    expect(new Set(rows.map((r) => r.output))).toEqual(
      new Set([`agreements_total@${YEARS}`, "mean_trust@2"]),
    );
    for (const row of rows) {
      expect(Number.isFinite(Number(row.value)) && row.value !== "", JSON.stringify(row)).toBe(true);
      if (row.index === "mu_star") {
        expect(Number(row.value)).toBeGreaterThanOrEqual(0);
        expect(Number(row.lower)).toBeLessThanOrEqual(Number(row.upper));
      }
    }
    // μ* ≥ |μ| for every parameter.
    for (const output of [`agreements_total@${YEARS}`, "mean_trust@2"]) {
      for (const parameter of PARAMETERS) {
        const of = (index: string) =>
          Number(
            rows.find((r) => r.output === output && r.parameter === parameter && r.index === index)!.value,
          );
        expect(of("mu_star") + 1e-12).toBeGreaterThanOrEqual(Math.abs(of("mu")));
      }
    }
    expectSelfContained(read(join(dir, "morris", "analysis", "report.html")), 2 * 2 + 2 * PARAMETERS.length);
  });

  it("computes standardized regression coefficients and R² of a grid sweep, on every run", () => {
    const stdout = ok(
      sinergi(["analyze", "grid", "--method", "regression", "--output", "agreements_total@2025"], {
        cwd: dir,
      }),
    );
    expect(stdout).toContain("grid design, 6 points × 2 replicates = 12 runs, fitted on every run");
    expect(stdout).toMatch(/\nagreements_total@3 {3}R² = 0\.\d{3} {3}n = 12 runs/);
    const rows = indices(join(dir, "grid", "analysis", "indices.csv"));
    expect(rows.map((r) => [r.parameter, r.index])).toEqual([
      ["ego.mean", "SRC"],
      ["policies.incentiveFund.budget", "SRC"],
      ["", "R2"],
      ["", "noise_share"],
    ]);
    const r2 = Number(rows[2]!.value);
    expect(r2).toBeGreaterThanOrEqual(0);
    expect(r2).toBeLessThanOrEqual(1);
    // Ego hinders cooperation: agreements fall as ego.mean rises.
    expect(Number(rows[0]!.value)).toBeLessThan(0);
    expectSelfContained(read(join(dir, "grid", "analysis", "report.html")), 2 + 2);
  });

  it("refuses a method the sweep's design cannot give (exit 2, one line)", () => {
    expectUserError(
      sinergi(["analyze", "grid", "--method", "sobol"], { cwd: dir }),
      /^sinergi: --method: sobol: needs a sweep with a saltelli design, but grid holds a grid design; use --method regression/,
    );
    expectUserError(
      sinergi(["analyze", "sobol", "--method", "morris"], { cwd: dir }),
      /needs a sweep with a morris design, but sobol holds a saltelli design; use --method sobol or regression/,
    );
    expectUserError(
      sinergi(["analyze", "grid", "--method", "anova"], { cwd: dir }),
      /argument 'anova' is invalid.*sobol, morris, regression/,
    );
    expectUserError(
      sinergi(["analyze", "grid"], { cwd: dir }),
      /required option '-m, --method <method>' not specified/,
    );
    expect(existsSync(join(dir, "grid", "analysis", "report.html"))).toBe(true); // from the test before, untouched
  });

  it("names an unknown metric or year (exit 2, one line, nothing written)", () => {
    const out = join(dir, "never");
    expectUserError(
      sinergi(["analyze", "grid", "-m", "regression", "--output", "happiness@last", "--out", out], {
        cwd: dir,
      }),
      /^sinergi: --output: happiness@last: unknown metric "happiness"; the runs file has: grdp_total, growth_rate, /,
    );
    expectUserError(
      sinergi(["analyze", "grid", "-m", "regression", "--output", "gini@40", "--out", out], { cwd: dir }),
      /^sinergi: --output: gini@40: year 40 is not in the runs \(they have years 0–3, calendar years 2022–2025, or "last"\)$/,
    );
    expectUserError(
      sinergi(["analyze", "grid", "-m", "regression", "--output", "ego.mean@3", "--out", out], { cwd: dir }),
      /ego\.mean is a parameter of the sweep, not an output/,
    );
    expectUserError(
      sinergi(["analyze", "grid", "-m", "regression", "--output", "growth_rate@0", "--out", out], {
        cwd: dir,
      }),
      /--output: growth_rate@0: run 0 has no value of growth_rate in that year/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses an incomplete sweep, suggesting sinergi sweep --resume", () => {
    // A runs file cut short, its manifest still saying complete.
    cpSync(join(dir, "grid"), join(dir, "cut"), { recursive: true });
    const runs = join(dir, "cut", "runs.csv");
    truncateSync(runs, Math.floor(read(runs).length * 0.6));
    expectUserError(
      sinergi(["analyze", "cut", "-m", "regression"], { cwd: dir }),
      /^sinergi: cut\/runs\.csv: holds 6 of the sweep's 12 runs.*the sweep is incomplete; finish it with: sinergi sweep grid\.json --out cut --resume$/,
    );
    // A manifest that says the sweep was interrupted.
    const manifest = join(dir, "cut", "manifest.json");
    writeFileSync(manifest, read(manifest).replace('"status": "complete"', '"status": "interrupted"'));
    expectUserError(
      sinergi(["analyze", "cut", "-m", "regression"], { cwd: dir }),
      /^sinergi: cut: the sweep is interrupted \(12 of 12 runs written\); finish it with: sinergi sweep grid\.json --out cut --resume$/,
    );
    expectUserError(
      sinergi(["analyze", "nowhere", "-m", "regression"], { cwd: dir }),
      /^sinergi: nowhere: no such folder/,
    );
    expectUserError(
      sinergi(["analyze", ".", "-m", "regression"], { cwd: dir }),
      /has no manifest\.json: not a folder written by sinergi sweep/,
    );
  });
});
