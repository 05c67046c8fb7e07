// `sinergi sweep --format parquet`, `merge` and `analyze` of Parquet sweeps, as a user runs them, with
// DuckDB (from npm, its own Parquet reader) as an independent reader of what is written.
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { spawn } from "node:child_process";
import { appendFileSync, cpSync, existsSync, readFileSync, statSync, truncateSync } from "node:fs";
import { join } from "node:path";
import { csvParse, type DSVRowArray } from "d3-dsv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CLI,
  expectUserError,
  listDir,
  sinergi,
  tempDir,
  TEST_BASE as BASE,
  TEST_GRID as GRID,
} from "./helpers.js";

const read = (path: string): string => readFileSync(path, "utf8");
const bytes = (path: string): Buffer => readFileSync(path);

/** The shared test grid (TEST_GRID): 12 runs × 4 rows. */
const ROWS = 12 * 4;
/** Small row groups, so that these small sweeps have several: 20 rows = 5 runs of 4 rows. */
const SMALL_GROUPS = { SINERGI_PARQUET_ROW_GROUP_ROWS: "20" };
const INTEGER_COLUMNS = ["run_id", "replicate", "seed", "year", "calendar_year"];

function folder(sweep: object = GRID): string {
  return tempDir({ "sweep.json": JSON.stringify(sweep, null, 2), "base.json": JSON.stringify(BASE) });
}

function ok(args: string[], cwd: string, env: NodeJS.ProcessEnv = SMALL_GROUPS): string {
  const result = sinergi(args, { cwd, env });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result.stdout;
}

let db: DuckDBInstance;
let duck: DuckDBConnection;
beforeAll(async () => {
  db = await DuckDBInstance.create(":memory:");
  duck = await db.connect();
});
afterAll(() => {
  duck?.closeSync();
  db?.closeSync();
});

const sqlText = (path: string): string => `'${path.replace(/'/g, "''")}'`;
async function query(sql: string): Promise<Array<Record<string, unknown>>> {
  return (await duck.runAndReadAll(sql)).getRowObjects() as Array<Record<string, unknown>>;
}

/** Every row of a runs.parquet as DuckDB reads it, in the file's order, and its column types. */
async function duckRows(
  path: string,
): Promise<{ types: Record<string, string>; rows: Array<Record<string, unknown>> }> {
  const described = await query(`DESCRIBE SELECT * FROM read_parquet(${sqlText(path)})`);
  const types = Object.fromEntries(
    described.map((d) => [String(d["column_name"]), String(d["column_type"])]),
  );
  const rows = await query(
    `SELECT * EXCLUDE (file_row_number) FROM read_parquet(${sqlText(path)}, file_row_number = true) ORDER BY file_row_number`,
  );
  return { types, rows };
}

/** Checks DuckDB's rows against runs.csv read by d3-dsv: same columns in order, same rows, equal values. */
function expectSameAsCsv(rows: Array<Record<string, unknown>>, csv: DSVRowArray): void {
  expect(rows).toHaveLength(csv.length);
  expect(Object.keys(rows[0]!)).toEqual(csv.columns);
  rows.forEach((row, i) => {
    for (const column of csv.columns) {
      const cell = csv[i]![column]!;
      const value = row[column];
      const where = `row ${i} ${column}`;
      if (typeof value === "number")
        expect(value, where).toBe(Number(cell)); // the same double, exactly
      else if (value === null) expect(cell, where).toBe("");
      else expect(String(value), where).toBe(cell); // text and booleans as CSV writes them
    }
  });
}

describe("sinergi sweep --format parquet", () => {
  let dir: string;
  let csv: DSVRowArray;

  beforeAll(() => {
    dir = folder();
    ok(["sweep", "sweep.json", "--out", "csv", "--workers", "1", "-q"], dir);
    ok(["sweep", "sweep.json", "--out", "pq", "--format", "parquet", "--workers", "1", "-q"], dir);
    csv = csvParse(read(join(dir, "csv", "runs.csv")));
  });

  it("writes runs.parquet with runs.csv's columns, rows and values, typed (read back by DuckDB)", async () => {
    expect(listDir(join(dir, "pq"))).toEqual(["manifest.json", "runs.parquet"]);
    const { types, rows } = await duckRows(join(dir, "pq", "runs.parquet"));
    expect(Object.keys(types)).toEqual(csv.columns);
    for (const [column, type] of Object.entries(types)) {
      expect(type, column).toBe(INTEGER_COLUMNS.includes(column) ? "INTEGER" : "DOUBLE");
    }
    expect(rows).toHaveLength(ROWS);
    expectSameAsCsv(rows, csv);
    // growth_rate is empty in year 0 in CSV, null in Parquet.
    expect(rows.filter((r) => r["growth_rate"] === null)).toHaveLength(12);
    // Row groups of whole runs: 5 runs (20 rows), 5, then the last 2.
    const groups = await query(
      `SELECT row_group_id, row_group_num_rows FROM parquet_metadata(${sqlText(join(dir, "pq", "runs.parquet"))}) ` +
        "WHERE column_id = 0 ORDER BY row_group_id",
    );
    expect(groups.map((g) => Number(g["row_group_num_rows"]))).toEqual([20, 20, 8]);
    const manifest = JSON.parse(read(join(dir, "pq", "manifest.json")));
    expect(manifest).toMatchObject({
      status: "complete",
      format: "parquet",
      runsFile: "runs.parquet",
      rowGroupRuns: 5,
      columns: csv.columns,
      runsWritten: 12,
    });
  });

  it("DuckDB answers a researcher's query the same on runs.parquet as on runs.csv", async () => {
    const sql = (from: string): string =>
      `SELECT "ego.mean", "policies.incentiveFund.budget", avg(williamson) AS w, count(*) AS n FROM ${from} ` +
      "WHERE year = 3 GROUP BY ALL ORDER BY ALL";
    const fromCsv = await query(sql(`read_csv_auto(${sqlText(join(dir, "csv", "runs.csv"))})`));
    const fromParquet = await query(sql(`read_parquet(${sqlText(join(dir, "pq", "runs.parquet"))})`));
    // DuckDB guesses BIGINT for the whole numbers of a CSV column; they are the same numbers.
    const numbers = (rows: Array<Record<string, unknown>>) =>
      rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)])));
    expect(numbers(fromParquet)).toEqual(numbers(fromCsv));
    expect(fromParquet).toHaveLength(6);
  });

  it("gives byte-identical files with 1 and 2 workers", () => {
    ok(["sweep", "sweep.json", "--out", "pq2", "--format", "parquet", "--workers", "2", "-q"], dir);
    expect(bytes(join(dir, "pq2", "runs.parquet")).equals(bytes(join(dir, "pq", "runs.parquet")))).toBe(true);
  });

  it("stores text parameters as UTF8 (arrays as their JSON text), true/false as BOOLEAN", async () => {
    const sweep = {
      parameters: {
        "learning.rule": ["fermi", "aspiration"],
        "learning.imitateEgo": [false, true],
        "policies.regionalBody.members": [[], ["all"]],
      },
      design: { type: "grid" },
      years: 1,
      seed: 2,
    };
    const other = folder(sweep);
    ok(["sweep", "sweep.json", "--out", "pq", "--format", "parquet", "-q"], other);
    const { types, rows } = await duckRows(join(other, "pq", "runs.parquet"));
    expect(types).toMatchObject({
      "learning.rule": "VARCHAR",
      "learning.imitateEgo": "BOOLEAN",
      "policies.regionalBody.members": "VARCHAR",
    });
    // Grid order, two rows (years 0 and 1) per run; the cells CSV would write, typed.
    const points = rows
      .filter((r) => r["year"] === 0)
      .map((r) => [r["learning.rule"], r["learning.imitateEgo"], r["policies.regionalBody.members"]]);
    expect(points).toEqual([
      ["fermi", false, "[]"],
      ["fermi", false, '["all"]'],
      ["fermi", true, "[]"],
      ["fermi", true, '["all"]'],
      ["aspiration", false, "[]"],
      ["aspiration", false, '["all"]'],
      ["aspiration", true, "[]"],
      ["aspiration", true, '["all"]'],
    ]);
    expect(rows).toHaveLength(16);
  });

  it("--resume refuses another --format, and leaves a finished Parquet sweep as it is", () => {
    expectUserError(
      sinergi(["sweep", "sweep.json", "--out", "pq", "--format", "csv", "--resume"], { cwd: dir }),
      /--format: csv: pq holds parquet output/,
    );
    expect(ok(["sweep", "sweep.json", "--out", "pq", "--resume"], dir)).toMatch(/already complete/);
    expect(listDir(join(dir, "pq"))).toEqual(["manifest.json", "runs.parquet"]);
  });

  it("shards + merge give the single-machine file byte for byte; merge refuses a cut or mixed shard", () => {
    // 2 shards of 6 runs: their edge falls inside the row group of runs 5–9.
    for (const shard of ["1/2", "2/2"]) {
      ok(["sweep", "sweep.json", "--out", "sharded", "--format", "parquet", "--shard", shard, "-q"], dir);
    }
    expect(ok(["merge", "sharded", "--out", "merged"], dir)).toMatch(/Merged 2 shards \(12 runs\)/);
    expect(listDir(join(dir, "merged"))).toEqual(["manifest.json", "runs.parquet"]);
    expect(bytes(join(dir, "merged", "runs.parquet")).equals(bytes(join(dir, "pq", "runs.parquet")))).toBe(
      true,
    );
    expect(JSON.parse(read(join(dir, "merged", "manifest.json")))).toMatchObject({
      format: "parquet",
      rowGroupRuns: 5,
      range: { start: 0, end: 12 },
    });

    const shard = (n: number): string => join(dir, "sharded", `shard-${n}-of-2`);
    const fails = (args: string[], pattern: RegExp): void => {
      expectUserError(sinergi(["merge", ...args, "--out", "never"], { cwd: dir }), pattern);
      expect(existsSync(join(dir, "never", "runs.parquet"))).toBe(false);
    };
    const cut = join(dir, "cut", "shard-2-of-2");
    cpSync(shard(2), cut, { recursive: true });
    truncateSync(join(cut, "runs.parquet"), statSync(join(cut, "runs.parquet")).size - 100);
    fails([shard(1), cut], /cut\/shard-2-of-2\/runs\.parquet: not a complete Parquet file/);
    fails([shard(1), "csv"], /csv: holds csv output but .*shard-1-of-2 holds parquet/);
  });

  it("sinergi analyze gives the same indices on runs.parquet as on runs.csv", () => {
    const args = ["--method", "regression", "--output", "williamson", "--output", "gini@2", "-q"];
    ok(["analyze", "csv", ...args, "--out", "csv-analysis"], dir);
    ok(["analyze", "pq", ...args, "--out", "pq-analysis"], dir);
    const indices = read(join(dir, "pq-analysis", "indices.csv"));
    expect(indices).toBe(read(join(dir, "csv-analysis", "indices.csv")));
    // Per output: an SRC per parameter, R² and the noise share.
    expect(indices.trimEnd().split("\n")).toHaveLength(1 + 2 * 4);
  });

  it("resumes after SIGKILL mid-sweep, byte-identical, dropping a torn row group and progress line", async () => {
    // 40 runs of 11 rows on one worker, 4 runs (44 rows) per row group.
    const sweep = {
      parameters: { "ego.mean": { min: 0, max: 1 } },
      design: { type: "lhs", samples: 40 },
      years: 10,
      seed: 5,
    };
    const env = { SINERGI_PARQUET_ROW_GROUP_ROWS: "44" };
    const lhs = tempDir({ "lhs.json": JSON.stringify(sweep) });
    ok(["sweep", "lhs.json", "--out", "whole", "--format", "parquet", "--workers", "1", "-q"], lhs, env);
    const whole = bytes(join(lhs, "whole", "runs.parquet"));

    const runsPath = join(lhs, "killed", "runs.parquet");
    const progressPath = `${runsPath}.progress`;
    const child = spawn(
      process.execPath,
      [CLI, "sweep", "lhs.json", "--out", "killed", "--format", "parquet", "--workers", "1", "-q"],
      { cwd: lhs, stdio: "ignore", env: { ...process.env, ...env } },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    // Wait until a few row groups are on disk (the header line and 3 row groups), then kill -9.
    const lines = (): number => (existsSync(progressPath) ? read(progressPath).split("\n").length - 1 : 0);
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && lines() < 4) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    const left = bytes(runsPath);
    expect(left.length).toBeGreaterThan(4);
    expect(left.length).toBeLessThan(whole.length); // killed mid-sweep, before the footer
    expect(whole.subarray(0, left.length).equals(left)).toBe(true);
    expect(JSON.parse(read(join(lhs, "killed", "manifest.json"))).status).toBe("running");
    // As a crash mid-write leaves them: part of a row group, part of a progress line.
    appendFileSync(runsPath, Buffer.from("PAR1 torn row group"));
    appendFileSync(progressPath, '{"nextRun":');

    ok(["sweep", "lhs.json", "--out", "killed", "--resume", "-q"], lhs, env);
    expect(bytes(runsPath).equals(whole)).toBe(true);
    expect(listDir(join(lhs, "killed"))).toEqual(["manifest.json", "runs.parquet"]);
    expect(JSON.parse(read(join(lhs, "killed", "manifest.json")))).toMatchObject({
      status: "complete",
      runsWritten: 40,
    });
  });
});
