import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectUserError, listDir, sinergi, tempDir } from "./helpers.js";

const WORLD_HEADER =
  "id,name,group,lat,lon,population,grdp,share_agriculture,share_mining,share_manufacturing,share_trade,share_accommodation";

/**
 * Each kind of bad input: exit code 2, one line naming the file or flag and the field, no stack
 * trace, and no output file left behind (nor a temporary one).
 */
describe("sinergi run: a user's mistake", () => {
  const cases: Array<{ name: string; files?: Record<string, string>; args: string[]; message: RegExp }> = [
    {
      name: "an unknown scenario key",
      files: { "s.json": '{"egoo": {"mean": 0.5}}' },
      args: ["s.json"],
      message: /^sinergi: s\.json: egoo: unknown key/,
    },
    {
      name: "an unknown nested key",
      files: { "s.json": '{"policies": {"incentiveFund": {"budjet": 500}}}' },
      args: ["s.json"],
      message: /^sinergi: s\.json: policies\.incentiveFund\.budjet: unknown key/,
    },
    {
      name: "an out-of-range value in the file",
      files: { "s.json": '{"ego": {"mean": 2}}' },
      args: ["s.json"],
      message: /^sinergi: s\.json: ego\.mean: .*1/,
    },
    {
      name: "an out-of-range value from --set",
      args: ["--set", "ego.mean=2"],
      message: /^sinergi: --set ego\.mean=2: ego\.mean: /,
    },
    {
      name: "a --set path through a number",
      files: { "s.json": '{"ego": {"mean": 0.5}}' },
      args: ["s.json", "--set", "ego.mean.x=1"],
      message: /^sinergi: --set ego\.mean\.x=1: ego\.mean\.x: "mean" is not an object/,
    },
    {
      name: "a --set path that does not exist",
      args: ["--set", "policies.incentivFund.budget=500"],
      message: /^sinergi: --set policies\.incentivFund\.budget=500: policies\.incentivFund: unknown key/,
    },
    {
      name: "a --set without =",
      args: ["--set", "ego.mean"],
      message: /^sinergi: --set: ego\.mean: expected KEY=VALUE/,
    },
    {
      name: "--years out of range",
      args: ["--years", "0"],
      message: /^sinergi: --years: years: /,
    },
    {
      name: "--years not a number",
      args: ["--years", "ten"],
      message: /^sinergi: option '-y, --years <n>' argument 'ten' is invalid.*\(see sinergi run --help\)$/,
    },
    {
      name: "a file that is not JSON",
      files: { "s.json": '{"ego": {"mean": 0.5}' },
      args: ["s.json"],
      message: /^sinergi: s\.json: not valid JSON/,
    },
    {
      name: "a missing scenario file",
      args: ["nope.json"],
      message: /^sinergi: nope\.json: file not found$/,
    },
    {
      name: "a missing world file",
      args: ["--world", "nope.csv"],
      message: /^sinergi: nope\.csv: file not found \(the world named by --world\)$/,
    },
    {
      name: "a missing world file named by a scenario",
      files: { "s.json": '{"world": "worlds/nope.csv"}' },
      args: ["s.json"],
      message: /^sinergi: worlds\/nope\.csv: file not found \(the world named by s\.json\)$/,
    },
    {
      name: "an unknown built-in world",
      args: ["--world", "atlantis"],
      message:
        /^sinergi: --world: world: no built-in world named "atlantis" \(built-in: indonesia-2022, indonesia-provinces-2010, indonesia-regencies-2021\)/,
    },
    {
      name: "a bad world CSV",
      files: {
        "w.csv": `${WORLD_HEADER}\n1,A,X,0,100,1000,abc,0.1,0.1,0.1,0.1,0.1\n2,B,X,1,101,1000,5,0.1,0.1,0.1,0.1,0.1\n`,
      },
      args: ["--world", "w.csv"],
      message: /^sinergi: w\.csv: line 2 \(id 1\).*grdp/,
    },
    {
      name: "a region id the world lacks",
      args: ["--set", 'ego.byRegion={"99": 0.5}'],
      message: /^sinergi: --set ego\.byRegion=.*: ego\.byRegion\.99: /,
    },
    {
      name: "an unknown flag",
      args: ["--bogus"],
      message: /^sinergi: unknown option '--bogus' \(see sinergi run --help\)$/,
    },
    {
      name: "a misspelt flag",
      args: ["--sed", "3"],
      message:
        /^sinergi: unknown option '--sed' \(Did you mean one of --seed, --set\?\) \(see sinergi run --help\)$/,
    },
    {
      name: "two scenario files",
      args: ["a.json", "b.json"],
      message: /^sinergi: too many arguments for 'run'/,
    },
    {
      name: "a bad --regions-out extension",
      args: ["--regions-out", "regions.txt"],
      message: /^sinergi: --regions-out: regions\.txt: unknown output format "\.txt"/,
    },
    {
      name: "a --regions-out in a folder that does not exist",
      args: ["--regions-out", "missing/regions.csv"],
      message:
        /^sinergi: --regions-out: missing\/regions\.csv: cannot write: the folder missing does not exist$/,
    },
  ];

  for (const c of cases) {
    it(`${c.name}: exit 2, one line, no output`, () => {
      const dir = tempDir(c.files);
      const before = listDir(dir);
      const result = sinergi(["run", ...c.args, "--out", "years.csv"], { cwd: dir });
      expectUserError(result, c.message);
      expect(listDir(dir)).toEqual(before);
    });
  }

  it("a bad --out extension: exit 2, one line, no output", () => {
    const dir = tempDir();
    for (const out of ["years.txt", "years", "years.csv.gz"]) {
      const result = sinergi(["run", "--out", out], { cwd: dir });
      expectUserError(
        result,
        /^sinergi: --out: years.*: unknown output format .*must end in \.csv or \.jsonl$/,
      );
    }
    expect(listDir(dir)).toEqual([]);
  });

  it("an --out that is a folder: exit 2", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "years.csv"));
    expectUserError(
      sinergi(["run", "--out", "years.csv"], { cwd: dir }),
      /^sinergi: --out: years\.csv: is a folder/,
    );
    expect(listDir(dir)).toEqual(["years.csv"]);
  });

  it("leaves an existing output file as it was", () => {
    const dir = tempDir({ "years.csv": "old\n" });
    expectUserError(sinergi(["run", "--set", "ego.mean=7", "--out", "years.csv"], { cwd: dir }), /ego\.mean/);
    expect(listDir(dir)).toEqual(["years.csv"]);
    expect(readFileSync(join(dir, "years.csv"), "utf8")).toBe("old\n");
  });

  it("SINERGI_DEBUG=1 adds the stack trace, and the exit code stays 2", () => {
    const result = sinergi(["run", "--set", "ego.mean=2"], { env: { SINERGI_DEBUG: "1" } });
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toMatch(/^sinergi: --set ego\.mean=2: ego\.mean: /);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});

describe("usage mistakes outside run", () => {
  it("an unknown command", () => {
    expectUserError(
      sinergi(["frobnicate"]),
      /^sinergi: unknown command 'frobnicate' \(see sinergi --help\)$/,
    );
  });

  it("no command prints the help to stderr and exits 2", () => {
    const result = sinergi([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/Usage: sinergi/);
  });

  it("world synth without --regions", () => {
    expectUserError(
      sinergi(["world", "synth", "--out", "w.csv"], { cwd: tempDir() }),
      /^sinergi: required option '-n, --regions <n>' not specified \(see sinergi world synth --help\)$/,
    );
  });

  it("world synth with a bad --out extension or too few regions", () => {
    const dir = tempDir();
    expectUserError(
      sinergi(["world", "synth", "--regions", "5", "--out", "w.txt"], { cwd: dir }),
      /^sinergi: --out: w\.txt: a world file's name must end in \.csv$/,
    );
    expectUserError(
      sinergi(["world", "synth", "--regions", "1", "--out", "w.csv"], { cwd: dir }),
      /^sinergi: --regions: 1: /,
    );
    expect(listDir(dir)).toEqual([]);
  });
});
