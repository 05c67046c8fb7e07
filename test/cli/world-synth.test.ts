import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listDir, shell, sinergi, tempDir } from "./helpers.js";

describe("sinergi world synth", () => {
  it("writes a world file that validates and runs, with a header saying how it was made", () => {
    const dir = tempDir();
    const made = sinergi(
      ["world", "synth", "--regions", "40", "--groups", "5", "--seed", "3", "--out", "w.csv"],
      {
        cwd: dir,
      },
    );
    expect(made.stderr).toBe("");
    expect(made.code).toBe(0);
    expect(listDir(dir)).toEqual(["w.csv"]);
    const text = readFileSync(join(dir, "w.csv"), "utf8");
    expect(text).toMatch(/^# Sinergi synthetic world: 40 regions in 5 groups, seed 3\./);
    expect(text).toMatch(/sinergi world synth --regions 40 --groups 5 --seed 3/);
    const lines = text
      .trimEnd()
      .split("\n")
      .filter((l) => !l.startsWith("#"));
    expect(lines[0]).toBe(
      "id,name,group,lat,lon,population,grdp,share_agriculture,share_mining,share_manufacturing,share_trade,share_accommodation",
    );
    expect(lines).toHaveLength(41);

    const checked = sinergi(["validate", "w.csv"], { cwd: dir });
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^ok {2}w\.csv {2}\(world of 40 regions in 5 groups\)/);

    const run = sinergi(["run", "--world", "w.csv", "--years", "3", "--quiet", "--out", "y.csv"], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "y.csv"), "utf8").trimEnd().split("\n")).toHaveLength(5);
  });

  it("is reproducible: the same options write the same bytes, another seed another world", () => {
    const a = sinergi(["world", "synth", "--regions", "25"]);
    const b = sinergi(["world", "synth", "--regions", "25"]);
    const c = sinergi(["world", "synth", "--regions", "25", "--seed", "2"]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it("survives | head on a large world: exit 0, nothing on stderr", () => {
    const result = shell("node dist/cli/main.js world synth --regions 100000 | head -3");
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")).toHaveLength(4);
  });
});
