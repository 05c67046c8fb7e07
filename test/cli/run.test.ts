import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ISSUE_COLUMNS, listDir, readCsv, shell, sinergi, tempDir } from "./helpers.js";

const read = (dir: string, file: string): string => readFileSync(join(dir, file), "utf8");

describe("sinergi run", () => {
  it("runs the baseline on the default world: exit 0, the issue's columns, year 0 as BPS", () => {
    const dir = tempDir();
    const result = sinergi(["run", "--out", "years.csv"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(listDir(dir)).toEqual(["years.csv"]);

    const { header, rows } = readCsv(read(dir, "years.csv"));
    for (const column of ISSUE_COLUMNS) expect(header).toContain(column);
    expect(header.slice(0, 3)).toEqual(["year", "calendar_year", "grdp_total"]);
    expect(rows).toHaveLength(31);
    const cell = (row: number, column: string): string => rows[row]![header.indexOf(column)]!;
    expect(cell(0, "year")).toBe("0");
    expect(cell(0, "calendar_year")).toBe("2022");
    expect(cell(30, "year")).toBe("30");
    expect(Number(cell(0, "williamson")).toFixed(3)).toBe("0.798");
    expect(Number(cell(0, "theil")).toFixed(4)).toBe("0.2055");
    expect(Number(cell(0, "theil_between")).toFixed(4)).toBe("0.0164");
    expect(Number(cell(0, "gini")).toFixed(3)).toBe("0.293");
    expect(cell(0, "growth_rate")).toBe(""); // null in year 0
    for (const row of rows)
      for (const value of row) expect(value === "" || Number.isFinite(Number(value))).toBe(true);

    // The summary goes to stdout when the rows go to a file.
    expect(result.stdout).toMatch(
      /^Sinergi: baseline on indonesia-2022 \(34 regions, 6 groups\), 2022–2052, seed 1/,
    );
    expect(result.stdout).toMatch(/Williamson index\s+0\.798\s+\d\.\d{3}/);
    expect(result.stdout).toMatch(
      /Agreements active at the end: trade \d+, tourism \d+, food \d+, energy \d+/,
    );
    expect(result.stdout).toMatch(/β-convergence: /);
    expect(result.stdout).toMatch(/Klassen quadrants/);
    expect(result.stdout).toMatch(/Policy cost: Rp 0 over 30 years/);
    expect(result.stdout).toMatch(/Wrote 31 yearly rows to years\.csv/);
  });

  it("without --out, writes CSV rows to stdout (not a terminal) and the summary to stderr", () => {
    const result = sinergi(["run", "--years", "2"]);
    expect(result.code).toBe(0);
    const { header, rows } = readCsv(result.stdout);
    expect(header[0]).toBe("year");
    expect(rows).toHaveLength(3);
    expect(result.stderr).toMatch(/^Sinergi: baseline/);
    expect(sinergi(["run", "--years", "2", "--quiet"]).stderr).toBe("");
  });

  it("--set changes the output; the scenario stays otherwise the same", () => {
    const dir = tempDir();
    expect(sinergi(["run", "--years", "5", "-q", "--out", "base.csv"], { cwd: dir }).code).toBe(0);
    const changed = sinergi(["run", "--years", "5", "-q", "--set", "ego.mean=0.8", "--out", "ego.csv"], {
      cwd: dir,
    });
    expect(changed.code).toBe(0);
    const base = readCsv(read(dir, "base.csv"));
    const ego = readCsv(read(dir, "ego.csv"));
    expect(ego.header).toEqual(base.header);
    const meanEgo = ego.header.indexOf("mean_ego");
    expect(Number(ego.rows[0]![meanEgo])).toBeCloseTo(0.8, 12);
    expect(Number(base.rows[0]![meanEgo])).toBeCloseTo(0.3, 12);
    expect(read(dir, "ego.csv")).not.toBe(read(dir, "base.csv"));
  });

  it("is deterministic: the same seed twice gives byte-identical files, another seed different ones", () => {
    const dir = tempDir();
    const args = (seed: string, name: string) => [
      "run",
      "--years",
      "8",
      "--seed",
      seed,
      "-q",
      "--out",
      `${name}.csv`,
      "--regions-out",
      `${name}-regions.jsonl`,
    ];
    for (const [seed, name] of [
      ["7", "a"],
      ["7", "b"],
      ["8", "c"],
    ] as const) {
      expect(sinergi(args(seed, name), { cwd: dir }).code).toBe(0);
    }
    expect(read(dir, "b.csv")).toBe(read(dir, "a.csv"));
    expect(read(dir, "b-regions.jsonl")).toBe(read(dir, "a-regions.jsonl"));
    expect(read(dir, "c.csv")).not.toBe(read(dir, "a.csv"));
  });

  it("--regions-out writes regions × (years + 1) rows, CSV or JSONL", () => {
    const dir = tempDir();
    const result = sinergi(["run", "--years", "4", "--out", "years.jsonl", "--regions-out", "regions.csv"], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Wrote 170 region-year rows to regions\.csv/);
    const regions = readCsv(read(dir, "regions.csv"));
    expect(regions.rows).toHaveLength(34 * 5);
    expect(regions.header.slice(0, 5)).toEqual(["year", "id", "name", "group", "province"]);
    // The default world has no provinces: the column is there (one schema for every world), empty.
    expect(new Set(regions.rows.map((row) => row[4]))).toEqual(new Set([""]));
    expect(regions.header).toEqual(
      expect.arrayContaining(["grdp", "grdp_per_capita", "klassen", "propensity_energy"]),
    );

    const years = read(dir, "years.jsonl")
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(years).toHaveLength(5);
    expect(years[0]!["growth_rate"]).toBeNull();
    expect(Object.keys(years[0]!)).toEqual(expect.arrayContaining([...ISSUE_COLUMNS]));
    expect(years[4]!["year"]).toBe(4);
  });

  it("runs the regency world by name, its region rows carrying each kabupaten's province", () => {
    const dir = tempDir();
    const result = sinergi(
      [
        "run",
        "--world",
        "indonesia-regencies-2021",
        "--years",
        "5",
        "--out",
        "y.csv",
        "--regions-out",
        "r.csv",
      ],
      { cwd: dir },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Wrote 3,084 region-year rows to r\.csv/);
    const regions = readCsv(read(dir, "r.csv"));
    const column = (name: string) => regions.header.indexOf(name);
    expect(regions.rows).toHaveLength(514 * 6);
    const simeulue = regions.rows.find((row) => row[column("id")] === "1101" && row[column("year")] === "5");
    expect(simeulue?.[column("name")]).toBe("Kab. Simeulue");
    expect(simeulue?.[column("province")]).toBe("Aceh");
    const provinces = new Set(regions.rows.map((row) => row[column("province")]));
    expect(provinces.size).toBe(34);
    expect(provinces.has("")).toBe(false);
  });

  it("takes defaults < scenario file < --years/--seed < --set", () => {
    const dir = tempDir({ "s.json": '{"years": 4, "seed": 5, "ego": {"mean": 0.6}}' });
    const rows = (args: string[]): string[][] => {
      const result = sinergi(["run", "s.json", "-q", ...args], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      return readCsv(result.stdout).rows;
    };
    expect(rows([])).toHaveLength(5);
    expect(rows(["--years", "2"])).toHaveLength(3);
    expect(rows(["--years", "2", "--set", "years=1"])).toHaveLength(2);
    const header = readCsv(sinergi(["run", "s.json", "-q", "--years", "1"], { cwd: dir }).stdout).header;
    expect(Number(rows(["--years", "1"])[0]![header.indexOf("mean_ego")])).toBeCloseTo(0.6, 12);
  });

  it("finds a scenario's world file relative to the scenario file, and --world relative to the cwd", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "scenarios"));
    mkdirSync(join(dir, "worlds"));
    expect(
      sinergi(["world", "synth", "--regions", "12", "--groups", "3", "--out", "worlds/w.csv"], { cwd: dir })
        .code,
    ).toBe(0);
    writeFileSync(join(dir, "scenarios", "s.json"), '{"world": "../worlds/w.csv", "years": 2}');
    const fromFile = sinergi(["run", "scenarios/s.json", "--out", "y.csv"], { cwd: dir });
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromFile.stdout).toMatch(/on \.\.\/worlds\/w\.csv \(12 regions, 3 groups\)/);
    const fromFlag = sinergi(["run", "scenarios/s.json", "--world", "worlds/w.csv", "-q", "--out", "z.csv"], {
      cwd: dir,
    });
    expect(fromFlag.code, fromFlag.stderr).toBe(0);
    expect(read(dir, "z.csv")).toBe(read(dir, "y.csv"));
  });

  it("runs every shipped scenario for a few years", () => {
    for (const name of ["high-ego", "incentive-fund", "combined-package"]) {
      const result = sinergi(["run", `configs/scenarios/${name}.json`, "--years", "3", "-q"]);
      expect(result.code, result.stderr).toBe(0);
      expect(readCsv(result.stdout).rows).toHaveLength(4);
    }
  });

  it("survives | head: exit 0 and no EPIPE noise", () => {
    // 300 years of rows is more than a pipe buffer holds, so head closes the pipe mid-write.
    const result = shell("node dist/cli/main.js run --years 300 | head -3");
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(3);
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
  });
});
