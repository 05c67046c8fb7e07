import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A benchmark script as a developer runs it (`npx tsx bench/NAME.ts ARGS`), stopped before it measures. */
function bench(script: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ["--import", "tsx", join("bench", script), ...args], {
    cwd: root,
    encoding: "utf8",
  });
}

describe("a benchmark's command line", () => {
  it("answers --help with the script's opening comment, which says what it measures and how to run it", () => {
    const { status, stdout } = bench("phases.ts", "--help");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Where a year's time goes/);
    expect(stdout).toContain("npm run bench:phases -- --regions 10000 --years 10");
    expect(stdout).not.toMatch(/^\/\//m);
  });

  it("refuses an unknown option with one line and exit status 2", () => {
    const { status, stdout, stderr } = bench("years.ts", "--bogus");
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^bench\/years\.ts: Unknown option '--bogus'/);
    expect(stderr).not.toContain("    at ");
  });

  it.each([
    ["phases.ts", ["--runs", "abc"], '--runs must be a whole number of at least 1, not "abc"'],
    ["wasm-kernels.ts", ["--rounds", "1"], '--rounds must be a whole number of at least 2, not "1"'],
    ["years.ts", ["--regions", "2.5"], '--regions must be a whole number of at least 2, not "2.5"'],
    ["allocation.ts", ["--warmup=-1"], '--warmup must be a whole number of at least 0, not "-1"'],
  ])("refuses a count that is not one: %s %s", (script, args, message) => {
    const { status, stdout, stderr } = bench(script, ...args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`bench/${script}: ${message}.\nRun it with --help for its options.\n`);
  });
});
