import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("the sinergi bin", () => {
  it("is executable after the build, so npx and Slurm jobs can run it", () => {
    expect(statSync(`${root}/dist/cli/main.js`).mode & 0o111).not.toBe(0);
  });

  it("runs as `npx sinergi` from the project, as the README says", () => {
    const result = spawnSync("npx", ["--no-install", "sinergi", "--version"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
