import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect } from "vitest";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CLI = join(ROOT, "dist", "cli", "main.js");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli/main.js ARGS` as a user would, in `cwd` (default: the repository). */
export function sinergi(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env || !("SINERGI_DEBUG" in options.env)) delete env["SINERGI_DEBUG"];
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    env,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a shell command line (for pipes such as `| head -3`), with bash's pipefail on. */
export function shell(command: string, cwd = ROOT): CliResult {
  const env = { ...process.env };
  delete env["SINERGI_DEBUG"];
  const result = spawnSync("bash", ["-c", `set -o pipefail; ${command}`], { cwd, encoding: "utf8", env });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test file, with the given files in it. */
export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "sinergi-cli-"));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}

/**
 * A user's mistake: exit code 2, nothing on stdout, exactly one line on stderr that starts with
 * `sinergi: ` and matches `pattern`, and no stack trace.
 */
export function expectUserError(result: CliResult, pattern: RegExp): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.split("\n").filter((l) => l !== "");
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^sinergi: /);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

/** The header of the per-year output the issue asks for (the CLI writes more columns besides). */
export const ISSUE_COLUMNS = [
  "year",
  "grdp_total",
  "growth_rate",
  "grdp_per_capita_mean",
  "williamson",
  "theil",
  "theil_between",
  "theil_within",
  "gini",
  "sigma_log",
  "agreements_trade",
  "agreements_tourism",
  "agreements_food",
  "agreements_energy",
  "coop_rate_trade",
  "coop_rate_tourism",
  "coop_rate_food",
  "coop_rate_energy",
  "agreements_formed",
  "agreements_broken",
  "mean_trust",
  "mean_ego",
  "policy_cost",
] as const;

/** Reads a CSV the simple way (the CLI's numeric output has no quoted cells). */
export function readCsv(text: string): { header: string[]; rows: string[][] } {
  const lines = text.trimEnd().split("\n");
  return { header: lines[0]!.split(","), rows: lines.slice(1).map((l) => l.split(",")) };
}

/**
 * The small sweep the sweep tests share: a grid of 3 × 2 points, 2 replicates, 3 years (12 runs of 4 rows),
 * on the base scenario `base.json` (TEST_BASE) in the same folder.
 */
export const TEST_GRID = {
  name: "test-grid",
  description: "a small grid for the tests",
  scenario: "base.json",
  parameters: { "ego.mean": [0.2, 0.5, 0.8], "policies.incentiveFund.budget": [0, 250] },
  design: { type: "grid" },
  replicates: 2,
  years: 3,
  seed: 11,
};
export const TEST_BASE = { name: "test-base", cooperation: { discovery: 0.2 } };
