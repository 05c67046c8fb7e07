import { describe, expect, it } from "vitest";
import { defaultScenario } from "../../sim/scenario/parse-scenario.js";
import { ROOT, sinergi } from "./helpers.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

describe("--help", () => {
  const commands = [[], ["run"], ["calibrate"], ["validate"], ["schema"], ["world"], ["world", "synth"]];
  for (const command of commands) {
    it(`sinergi ${command.join(" ")} --help teaches, with examples`, () => {
      const result = sinergi([...command, "--help"]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/^Usage: sinergi/);
      expect(result.stdout).toMatch(/Examples:\n {2}\$ sinergi/);
    });
  }

  it("states the defaults of run's options as the schema has them", () => {
    const help = sinergi(["run", "--help"]).stdout.replace(/\s+/g, " ");
    const defaults = defaultScenario();
    expect(help).toContain(`(default: the scenario's, else ${defaults.years})`);
    expect(help).toContain(`(default: the scenario's, else ${defaults.seed})`);
    expect(help).toContain(`else ${String(defaults.world)})`);
  });

  it("--version prints the package version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const result = sinergi(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });
});
