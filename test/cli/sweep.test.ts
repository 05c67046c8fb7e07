// `sinergi sweep` and `sinergi merge` as a user runs them: the built CLI on small sweeps of few years.
import { spawn } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  existsSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { beforeAll, describe, expect, it } from "vitest";
import { parseWorldCsv } from "../../sim/index.js";
import {
  CLI,
  expectUserError,
  listDir,
  readCsv,
  ROOT,
  sinergi,
  tempDir,
  TEST_BASE as BASE,
  TEST_GRID as GRID,
} from "./helpers.js";

const read = (path: string): string => readFileSync(path, "utf8");

/** A grid of 3 × 2 points, 2 replicates, 3 years, on a base scenario file next to it: 12 runs × 4 rows. */
const RUNS = 12;
const YEARS = 3;
const RUN_COLUMNS = ["run_id", "replicate", "seed", "ego.mean", "policies.incentiveFund.budget"];

/** A folder with the grid sweep and its base scenario. */
function gridFolder(sweep: object = GRID): string {
  return tempDir({ "grid.json": JSON.stringify(sweep, null, 2), "base.json": JSON.stringify(BASE) });
}

function ok(args: string[], cwd: string, env?: NodeJS.ProcessEnv): string {
  const result = sinergi(args, { cwd, ...(env ? { env } : {}) });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result.stdout;
}

describe("sinergi sweep", () => {
  let dir: string;
  let reference: string; // runs.csv of the grid with --workers 1

  beforeAll(() => {
    dir = gridFolder();
    ok(["sweep", "grid.json", "--out", "one", "--workers", "1"], dir);
    reference = read(join(dir, "one", "runs.csv"));
  });

  it("writes one row per run per year in run-id order, with run, parameter and metric columns", () => {
    expect(listDir(join(dir, "one"))).toEqual(["manifest.json", "runs.csv"]);
    const { header, rows } = readCsv(reference);
    expect(header.slice(0, 5)).toEqual(RUN_COLUMNS);
    // The metric columns are exactly those `sinergi run` writes, in its order.
    const single = readCsv(ok(["run", "--years", "1", "--quiet", "--out", "-"], dir)).header;
    expect(header.slice(5)).toEqual(single);
    expect(rows).toHaveLength(RUNS * (YEARS + 1));
    rows.forEach((row, i) => {
      expect(row[0]).toBe(String(Math.floor(i / (YEARS + 1)))); // run_id
      expect(row[5]).toBe(String(i % (YEARS + 1))); // year
    });
    // Grid order: the last parameter fastest, replicates innermost; values as written in the sweep.
    const points = rows.filter((_, i) => i % ((YEARS + 1) * 2) === 0).map((r) => [r[3], r[4]]);
    expect(points).toEqual([
      ["0.2", "0"],
      ["0.2", "250"],
      ["0.5", "0"],
      ["0.5", "250"],
      ["0.8", "0"],
      ["0.8", "250"],
    ]);
    // Each run has its own seed, the same on all its rows.
    const seeds = new Set(rows.map((r) => r[2]));
    expect(seeds.size).toBe(RUNS);
    // d3-dsv (as pandas, R and DuckDB would) reads it back with every cell a number or empty.
    const parsed = csvParse(reference);
    expect(parsed).toHaveLength(RUNS * (YEARS + 1));
    for (const row of parsed) {
      for (const column of parsed.columns) {
        const cell = row[column]!;
        expect(
          cell === "" ? column === "growth_rate" : Number.isFinite(Number(cell)),
          `${column}=${cell}`,
        ).toBe(true);
      }
    }
  });

  it("records the sweep in manifest.json", () => {
    const manifest = JSON.parse(read(join(dir, "one", "manifest.json")));
    expect(manifest).toMatchObject({
      status: "complete",
      format: "csv",
      runsFile: "runs.csv",
      points: 6,
      years: 3,
      totalRuns: RUNS,
      runsWritten: RUNS,
      range: { start: 0, end: RUNS },
      shard: { index: 1, count: 1 },
      sweep: { file: "grid.json", definition: { name: "test-grid", replicates: 2, seed: 11 } },
    });
    expect(manifest.sinergi).toBe(JSON.parse(read(join(CLI, "..", "..", "..", "package.json"))).version);
    expect(manifest.sweep.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.scenario.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.seeds.runs).toHaveLength(RUNS);
    expect(manifest.seeds.runs[3]).toMatchObject({ run_id: 3, replicate: 1 });
    expect(manifest.sessions[0].machine).toMatchObject({ node: expect.stringMatching(/^v\d+/) });
    expect(Date.parse(manifest.ended)).toBeGreaterThanOrEqual(Date.parse(manifest.started));
    const { rows } = readCsv(reference);
    expect(String(manifest.seeds.runs[3].seed)).toBe(rows[3 * (YEARS + 1)]![2]);
  });

  it("gives byte-identical output with 1 and 2 workers", () => {
    ok(["sweep", "grid.json", "--out", "two", "--workers", "2", "--quiet"], dir);
    expect(read(join(dir, "two", "runs.csv"))).toBe(reference);
  });

  it("re-runs any run alone, exactly, with sinergi run --set … --seed", () => {
    const { rows } = readCsv(reference);
    const run = 11; // ego.mean 0.8, budget 250, replicate 1
    const mine = rows.filter((r) => r[0] === String(run));
    const [, , seed, ego, budget] = mine[0]!;
    expect([ego, budget]).toEqual(["0.8", "250"]);
    const alone = ok(
      [
        "run",
        "base.json",
        "--years",
        String(YEARS),
        "--seed",
        seed!,
        "--set",
        `ego.mean=${ego}`,
        "--set",
        `policies.incentiveFund.budget=${budget}`,
        "--quiet",
        "--out",
        "-",
      ],
      dir,
    );
    expect(readCsv(alone).rows).toEqual(mine.map((r) => r.slice(RUN_COLUMNS.length)));
  });

  it("writes JSON Lines with the same columns and values", () => {
    ok(["sweep", "grid.json", "--out", "jsonl", "--format", "jsonl", "--quiet"], dir);
    expect(listDir(join(dir, "jsonl"))).toEqual(["manifest.json", "runs.jsonl"]);
    const lines = read(join(dir, "jsonl", "runs.jsonl"))
      .trimEnd()
      .split("\n");
    const objects = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const csv = csvParse(reference);
    expect(objects).toHaveLength(csv.length);
    expect(Object.keys(objects[0]!)).toEqual(csv.columns);
    objects.forEach((object, i) => {
      for (const column of csv.columns) {
        const cell = csv[i]![column]!;
        expect(object[column], column).toEqual(cell === "" ? null : Number(cell));
      }
    });
  });

  it("--dry-run prints the runs and an estimate of the time, and writes nothing", () => {
    const out = ok(["sweep", "grid.json", "--out", "dry", "--dry-run", "--workers", "2"], dir);
    expect(out).toMatch(/grid design, 6 points × 2 replicates = 12 runs, 3 years each/);
    expect(out).toMatch(/time: about [\d.]+ (s|min) for 12 runs on 2 workers/);
    expect(out).toMatch(/would write: dry\/runs\.csv and dry\/manifest\.json/);
    expect(existsSync(join(dir, "dry"))).toBe(false);
  });

  it("refuses to overwrite a sweep without --resume; with it, a finished sweep is left as it is", () => {
    const result = sinergi(["sweep", "grid.json", "--out", "one"], { cwd: dir });
    expectUserError(result, /--out: one: already holds a sweep's output .*add --resume/);
    const again = ok(["sweep", "grid.json", "--out", "one", "--resume"], dir);
    expect(again).toMatch(/already complete/);
    expect(read(join(dir, "one", "runs.csv"))).toBe(reference);
  });

  it("--resume finishes a runs file cut anywhere, byte-identical to the uninterrupted sweep", () => {
    for (const [name, cut] of [
      ["mid-line", Math.floor(reference.length * 0.4)],
      ["mid-run", reference.indexOf("\n", reference.indexOf("\n5,0,") + 1) + 1],
    ] as const) {
      const out = join(dir, `cut-${name.replace(/ /g, "-")}`);
      cpSync(join(dir, "one"), out, { recursive: true });
      truncateSync(join(out, "runs.csv"), cut);
      ok(["sweep", "grid.json", "--out", out, "--resume", "--quiet"], dir);
      expect(read(join(out, "runs.csv")), name).toBe(reference);
    }
  });

  it("refuses to resume when the sweep file changed", () => {
    const other = gridFolder({ ...GRID, seed: 12 });
    cpSync(join(dir, "one"), join(other, "o"), { recursive: true });
    expectUserError(
      sinergi(["sweep", "grid.json", "--out", "o", "--resume"], { cwd: other }),
      /grid\.json: has changed since the sweep in o began/,
    );
  });

  it("shard 1/2 + shard 2/2 + merge equals the unsharded sweep byte for byte; Slurm's variables pick the shard", () => {
    ok(["sweep", "grid.json", "--out", "sharded", "--shard", "1/2", "--quiet"], dir);
    // An array task of `sbatch --array=1-2`: task 2 is shard 2/2.
    const env = { SLURM_ARRAY_TASK_ID: "2", SLURM_ARRAY_TASK_COUNT: "2", SLURM_ARRAY_TASK_MIN: "1" };
    const out = ok(["sweep", "grid.json", "--out", "sharded"], dir, env);
    expect(out).toMatch(/shard 2\/2 \(Slurm array task\): runs 6–11/);
    expect(listDir(join(dir, "sharded"))).toEqual(["shard-1-of-2", "shard-2-of-2"]);
    const second = JSON.parse(read(join(dir, "sharded", "shard-2-of-2", "manifest.json")));
    expect(second).toMatchObject({ range: { start: 6, end: 12 }, shard: { index: 2, count: 2 } });

    expect(ok(["merge", "sharded", "--out", "merged"], dir)).toMatch(/Merged 2 shards \(12 runs\)/);
    expect(read(join(dir, "merged", "runs.csv"))).toBe(reference);
    const merged = JSON.parse(read(join(dir, "merged", "manifest.json")));
    expect(merged).toMatchObject({ status: "complete", range: { start: 0, end: RUNS }, runsWritten: RUNS });
    expect(merged.seeds.runs).toHaveLength(RUNS);
    expect(merged.mergedFrom).toHaveLength(2);

    // Shard folders given one by one, in any order, give the same file.
    ok(["merge", "sharded/shard-2-of-2", "sharded/shard-1-of-2", "--out", "merged-2", "-q"], dir);
    expect(read(join(dir, "merged-2", "runs.csv"))).toBe(reference);
  });

  it("merge refuses missing, overlapping, unfinished and foreign shards", () => {
    // The shards of the test before, copied and damaged in turn.
    const shard = (n: 1 | 2): string => join(dir, "sharded", `shard-${n}-of-2`);
    const copy = (n: 1 | 2, name: string): string => {
      const folder = join(dir, name, `shard-${n}-of-2`);
      cpSync(shard(n), folder, { recursive: true });
      return folder;
    };
    const fails = (args: string[], pattern: RegExp): void => {
      expectUserError(sinergi(["merge", ...args, "--out", "never"], { cwd: dir }), pattern);
      expect(existsSync(join(dir, "never", "runs.csv"))).toBe(false);
    };
    fails([shard(1)], /runs 6–11 of the sweep's 12 are missing/);
    fails([shard(1), "one"], /one: its runs 0–11 overlap the runs 0–5 of sharded\/shard-1-of-2/);

    const unfinished = copy(2, "unfinished");
    const manifestPath = join(unfinished, "manifest.json");
    writeFileSync(manifestPath, read(manifestPath).replace('"status": "complete"', '"status": "running"'));
    fails([shard(1), unfinished], /is not finished \(status "running"/);

    const cut = copy(2, "cut");
    truncateSync(join(cut, "runs.csv"), statSync(join(cut, "runs.csv")).size - 10);
    fails([shard(1), cut], /cut\/shard-2-of-2\/runs\.csv: is incomplete/);

    const foreign = copy(2, "foreign");
    const foreignManifest = join(foreign, "manifest.json");
    writeFileSync(
      foreignManifest,
      read(foreignManifest).replace(/"sha256": "[0-9a-f]{6}/, '"sha256": "abcdef'), // the sweep file's hash
    );
    fails([shard(1), foreign], /foreign\/shard-2-of-2: is the output of another sweep/);
  });

  it("resumes after the process is killed (SIGKILL) mid-sweep, byte-identical", async () => {
    // Enough runs that the kill lands mid-sweep: 80 runs of 10 years on one worker.
    const sweep = {
      parameters: { "ego.mean": { min: 0, max: 1 } },
      design: { type: "lhs", samples: 80 },
      years: 10,
      seed: 5,
    };
    const folder = tempDir({ "lhs.json": JSON.stringify(sweep) });
    ok(["sweep", "lhs.json", "--out", "whole", "--workers", "1", "-q"], folder);
    const whole = read(join(folder, "whole", "runs.csv"));

    const runsPath = join(folder, "killed", "runs.csv");
    const child = spawn(
      process.execPath,
      [CLI, "sweep", "lhs.json", "--out", "killed", "--workers", "1", "-q"],
      {
        cwd: folder,
        stdio: "ignore",
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    // Wait until a few runs are on disk, then kill -9.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (!existsSync(runsPath) || statSync(runsPath).size < 20_000)) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    const left = read(runsPath);
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(whole.length); // killed mid-sweep
    expect(whole.startsWith(left)).toBe(true);
    // A torn last line, as a crash mid-write leaves it.
    appendFileSync(runsPath, "57,0,12");
    expect(JSON.parse(read(join(folder, "killed", "manifest.json"))).status).toBe("running");

    ok(["sweep", "lhs.json", "--out", "killed", "--resume", "-q"], folder);
    expect(read(runsPath)).toBe(whole);
    expect(JSON.parse(read(join(folder, "killed", "manifest.json")))).toMatchObject({
      status: "complete",
      runsWritten: 80,
    });
  });

  it("stops on Ctrl-C (SIGINT) with exit 130, a line on how to resume, and a resumable folder", async () => {
    const sweep = {
      parameters: { "ego.mean": { min: 0, max: 1 } },
      design: { type: "lhs", samples: 400 },
      years: 10,
    };
    const folder = tempDir({ "lhs.json": JSON.stringify(sweep) });
    const runsPath = join(folder, "out", "runs.csv");
    const child = spawn(process.execPath, [CLI, "sweep", "lhs.json", "--out", "out", "--workers", "2"], {
      cwd: folder,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (!existsSync(runsPath) || statSync(runsPath).size < 20_000)) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(
      /^sinergi: interrupted \(SIGINT\): \d+ of 400 runs are in out\/runs\.csv; continue with: sinergi sweep lhs\.json --out out --resume\n$/,
    );
    expect(JSON.parse(read(join(folder, "out", "manifest.json"))).status).toBe("interrupted");
    // Only whole runs were written.
    const rows = readCsv(read(runsPath)).rows;
    expect(rows.length % 11).toBe(0);
    expect(rows.length).toBeLessThan(400 * 11);
  });
});

describe("sinergi sweep on the regency world", () => {
  it("runs a sweep whose base scenario names indonesia-regencies-2021, as on the provinces", () => {
    const sweep = { scenario: "base.json", parameters: { "ego.mean": [0.3, 0.6] }, years: 1, seed: 1 };
    const dir = tempDir({
      "sweep.json": JSON.stringify(sweep),
      "base.json": JSON.stringify({ world: "indonesia-regencies-2021" }),
    });
    ok(["sweep", "sweep.json", "--out", "out", "--workers", "1", "--quiet"], dir);
    const rows = csvParse(read(join(dir, "out", "runs.csv")));
    expect(rows).toHaveLength(2 * 2);
    // Year 0 is the regency world (2021 data, 272.7 million people), whatever the ego.
    const file = readFileSync(join(ROOT, "configs", "worlds", "indonesia-regencies-2021.csv"), "utf8");
    const population = parseWorldCsv(file, "regencies").population.reduce((sum, p) => sum + p, 0);
    for (const row of rows.filter((r) => r["year"] === "0")) {
      expect(Number(row["population_total"])).toBe(population);
    }
  });
});

describe("sinergi sweep: invalid sweeps exit 2 with one line and write nothing", () => {
  const cases: Array<[string, object, RegExp]> = [
    ["an unknown key", { ...GRID, replicate: 2 }, /grid\.json: replicate: unknown key/],
    [
      "a grid with a range",
      { ...GRID, parameters: { "ego.mean": { min: 0, max: 1 } } },
      /grid\.json: parameters\.ego\.mean: a grid needs a list of values/,
    ],
    [
      "a bad parameter path",
      { ...GRID, parameters: { "ego.meen": [0.1] } },
      /grid\.json: parameters\.ego\.meen: point 0 \(ego\.meen=0\.1\): unknown key/,
    ],
    [
      "a value out of range",
      { ...GRID, parameters: { "ego.mean": [0.5, 1.5] } },
      /grid\.json: parameters\.ego\.mean: point 1 \(ego\.mean=1\.5\): Too big: expected number to be <=1/,
    ],
    [
      "a region id the world lacks",
      { ...GRID, parameters: { "ego.byRegion": [{}, { XX: 0.5 }] } },
      /grid\.json: parameters\.ego\.byRegion: point 1 \(ego\.byRegion=\{"XX":0\.5\}\): .*no region with id "XX"/,
    ],
    [
      "a missing base scenario",
      { ...GRID, scenario: "nope.json" },
      /grid\.json: scenario: file not found: .*nope\.json/,
    ],
  ];
  for (const [what, sweep, pattern] of cases) {
    it(what, () => {
      const dir = gridFolder(sweep);
      expectUserError(sinergi(["sweep", "grid.json", "--out", "out"], { cwd: dir }), pattern);
      expect(existsSync(join(dir, "out"))).toBe(false);
    });
  }

  it("a bad flag: --format xml, --shard 3/2, no --out", () => {
    const dir = gridFolder();
    expectUserError(
      sinergi(["sweep", "grid.json", "--out", "out", "--format", "xml"], { cwd: dir }),
      /--format: xml: expected csv, jsonl or parquet/,
    );
    expectUserError(
      sinergi(["sweep", "grid.json", "--out", "out", "--shard", "3/2"], { cwd: dir }),
      /--shard/,
    );
    expectUserError(sinergi(["sweep", "grid.json"], { cwd: dir }), /--out: required/);
    expect(listDir(dir)).toEqual(["base.json", "grid.json"]);
  });
});

describe("configs/sweeps", () => {
  it("every example sweep is valid, every point's scenario with it", () => {
    const result = sinergi([
      "validate",
      "configs/sweeps/ego-incentive-grid.json",
      "configs/sweeps/levers-sobol.json",
      "configs/sweeps/parameters-morris.json",
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /ok {2}configs\/sweeps\/ego-incentive-grid\.json {2}\(sweep "ego-incentive-grid": grid/,
    );
    expect(result.stdout).toMatch(/levers-sobol.*saltelli design, 448 points/);
    expect(result.stdout).toMatch(/parameters-morris.*morris design, 340 points/);
    for (const name of ["ego-incentive-grid", "levers-sobol", "parameters-morris"]) {
      const sweep = JSON.parse(read(join(CLI, "..", "..", "..", "configs", "sweeps", `${name}.json`)));
      expect(sweep.$schema).toBe("../sweep.schema.json");
      expect(sweep.name).toBe(name);
      expect(sweep.description).toMatch(/\? .* \/ .*\?/); // the question, in English and Bahasa Indonesia
    }
  });
});
