import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectUserError, listDir, ROOT, sinergi, tempDir } from "./helpers.js";

const scenarioFiles = readdirSync(join(ROOT, "configs", "scenarios"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => `configs/scenarios/${f}`);

describe("sinergi validate", () => {
  it("accepts every shipped scenario and the default world", () => {
    const files = [...scenarioFiles, "configs/worlds/indonesia-2022.csv"];
    const result = sinergi(["validate", ...files]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(files.length);
    files.forEach((file, i) => expect(lines[i]!.startsWith(`ok  ${file}`)).toBe(true));
    expect(lines.at(-1)).toMatch(/world of 34 regions in 6 groups/);
  });

  it("accepts every shipped world, the regency world with its provinces", () => {
    const worlds = readdirSync(join(ROOT, "configs", "worlds"))
      .filter((f) => f.endsWith(".csv"))
      .map((f) => `configs/worlds/${f}`);
    expect(worlds).toContain("configs/worlds/indonesia-regencies-2021.csv");
    const result = sinergi(["validate", ...worlds]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^ok {2}configs\/worlds\/indonesia-regencies-2021\.csv {2}\(world of 514 regions in 6 groups, 34 provinces\)$/m,
    );
  });

  it("reports each bad file on one line and exits 2, still checking the others", () => {
    const dir = tempDir({
      "good.json": '{"ego": {"mean": 0.5}}',
      "typo.json": '{"ego": {"maen": 0.5}}',
      "broken.json": "{",
      "lost-world.json": '{"world": "lost.csv"}',
      "bad.csv": "id,name\n1,A\n",
      "notes.txt": "hello",
    });
    const result = sinergi(
      [
        "validate",
        "good.json",
        "typo.json",
        "broken.json",
        "lost-world.json",
        "bad.csv",
        "notes.txt",
        "gone.json",
      ],
      { cwd: dir },
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^ok {2}good\.json/);
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(1);
    const errors = result.stderr.trimEnd().split("\n");
    expect(errors).toEqual([
      expect.stringMatching(/^sinergi: typo\.json: ego\.maen: unknown key/),
      expect.stringMatching(/^sinergi: broken\.json: not valid JSON/),
      expect.stringMatching(/^sinergi: lost\.csv: file not found \(the world named by lost-world\.json\)$/),
      expect.stringMatching(/^sinergi: bad\.csv: /),
      expect.stringMatching(/^sinergi: notes\.txt: not a scenario \(\.json\) or a world file \(\.csv\)$/),
      expect.stringMatching(/^sinergi: gone\.json: file not found$/),
      "sinergi: 6 of 7 files are invalid",
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("needs at least one file", () => {
    expectUserError(
      sinergi(["validate"]),
      /^sinergi: missing required argument 'files' \(see sinergi validate --help\)$/,
    );
  });
});

describe("sinergi schema", () => {
  it("prints the JSON Schema, identical to the committed configs/scenario.schema.json", () => {
    const result = sinergi(["schema"]);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as { title: string; properties: Record<string, unknown> };
    expect(schema.title).toBe("Sinergi scenario");
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["world", "years", "seed", "ego", "policies"]),
    );
    expect(result.stdout).toBe(readFileSync(join(ROOT, "configs", "scenario.schema.json"), "utf8"));
  });

  it("writes the schema with --out, atomically", () => {
    const dir = tempDir();
    const result = sinergi(["schema", "--out", "s.json"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(listDir(dir)).toEqual(["s.json"]);
    expect(JSON.parse(readFileSync(join(dir, "s.json"), "utf8"))).toHaveProperty("title", "Sinergi scenario");
  });
});
