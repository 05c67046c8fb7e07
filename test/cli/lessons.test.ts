import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectUserError, ROOT, sinergi, tempDir } from "./helpers.js";

const VALID_LESSON = JSON.parse(
  readFileSync(join(ROOT, "test", "sim", "lessons", "valid-lesson.json"), "utf8"),
) as Record<string, unknown>;

const WORLD = `# An illustrative two-region world for the tests, not data.
id,name,group,lat,lon,population,grdp,share_agriculture,share_mining,share_manufacturing,share_trade,share_accommodation
KOTA,Kota,Jawa,-6.9,107.6,2500000,250000,0.05,0.01,0.3,0.25,0.05
KAB,Kabupaten,Jawa,-7.0,107.5,3500000,120000,0.3,0.02,0.2,0.15,0.03
`;

const SCENARIO = { name: "test-ego", world: "world.csv", years: 5, ego: { byRegion: { KOTA: 0.4 } } };

/** A temp folder holding lessons/<name>/ folders, each with the files given (objects written as JSON). */
function lessonsDir(folders: Record<string, Record<string, unknown>>): string {
  const root = tempDir();
  for (const [folder, files] of Object.entries(folders)) {
    const dir = join(root, "lessons", folder);
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) {
      if (content === undefined) continue;
      writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
    }
  }
  return root;
}

const goodLesson = { "lesson.json": VALID_LESSON, "scenario.json": SCENARIO, "world.csv": WORLD };

describe("sinergi validate on lessons", () => {
  it("checks a lesson with its scenario and that scenario's world, on one line", () => {
    const cwd = lessonsDir({ "01-ego": goodLesson });
    const result = sinergi(["validate", "lessons/01-ego/lesson.json"], { cwd });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'ok  lessons/01-ego/lesson.json  (lesson "test-ego", 15 min; scenario "test-ego" on world.csv, 2 regions)\n',
    );
  });

  it("takes a folder of lessons, and a lesson's own folder", () => {
    const cwd = lessonsDir({
      "01-ego": goodLesson,
      "02-other": { ...goodLesson, "lesson.json": { ...VALID_LESSON, id: "test-other", order: 2 } },
    });
    writeFileSync(
      join(cwd, "lessons", "02-other", "scenario.json"),
      JSON.stringify({ ...SCENARIO, name: "test-other" }),
    );
    const all = sinergi(["validate", "lessons"], { cwd });
    expect(all.stderr).toBe("");
    expect(all.stdout.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^ok {2}lessons\/01-ego\/lesson\.json {2}\(lesson "test-ego"/),
      expect.stringMatching(/^ok {2}lessons\/02-other\/lesson\.json {2}\(lesson "test-other"/),
    ]);
    const one = sinergi(["validate", "lessons/02-other"], { cwd });
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^ok {2}lessons\/02-other\/lesson\.json /);
    const empty = sinergi(["validate", "."], { cwd });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^sinergi: \.: a folder with no lesson\.json in it or in its subfolders\n/);
  });

  it("reports one line per bad lesson, naming the file and the field, and exits 2", () => {
    const cwd = lessonsDir({
      "01-good": goodLesson,
      "02-bad-lesson": { ...goodLesson, "lesson.json": { ...VALID_LESSON, highlight: ["ego.meen"] } },
      "03-bad-scenario": { ...goodLesson, "scenario.json": { ...SCENARIO, ego: { mean: 2 } } },
      "04-no-scenario": { "lesson.json": VALID_LESSON },
      "05-lost-world": { ...goodLesson, "world.csv": "id,name\n" },
      "06-wrong-name": { ...goodLesson, "scenario.json": { ...SCENARIO, name: "baseline" } },
      "07-unknown-region": {
        ...goodLesson,
        "scenario.json": { ...SCENARIO, ego: { byRegion: { BANDUNG: 0.4 } } },
      },
    });
    const result = sinergi(["validate", "lessons"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^ok {2}lessons\/01-good\/lesson\.json /);
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      'sinergi: lessons/02-bad-lesson/lesson.json: highlight[0]: "ego.meen" is not a scenario field ' +
        "(a dot path such as ego.mean or policies.incentiveFund.budget; see `sinergi schema` for the fields)",
      "sinergi: lessons/03-bad-scenario/scenario.json: ego.mean: Too big: expected number to be <=1",
      "sinergi: lessons/04-no-scenario/scenario.json: file not found " +
        "(the scenario named by lessons/04-no-scenario/lesson.json)",
      expect.stringMatching(/^sinergi: lessons\/05-lost-world\/world\.csv: /),
      'sinergi: lessons/06-wrong-name/scenario.json: name: "baseline" but the lesson ' +
        '(lessons/06-wrong-name/lesson.json) has id "test-ego"; a lesson\'s scenario is named after the lesson',
      'sinergi: lessons/07-unknown-region/scenario.json: ego.byRegion.BANDUNG: no region with id "BANDUNG" in the world',
      "sinergi: 6 of 7 files are invalid",
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("keeps a lesson's scenario and world in its own folder, as the dashboard reads them", () => {
    const cwd = lessonsDir({
      "01-shared-scenario": { "lesson.json": { ...VALID_LESSON, scenario: "../scenario.json" } },
      "02-shared-world": { ...goodLesson, "scenario.json": { ...SCENARIO, world: "../world.csv" } },
      "03-built-in-world": {
        ...goodLesson,
        "scenario.json": { ...SCENARIO, world: "indonesia-2022", ego: {} },
      },
    });
    const result = sinergi(["validate", "lessons"], { cwd });
    expect(result.stdout).toMatch(
      /^ok {2}lessons\/03-built-in-world\/lesson\.json .*on indonesia-2022, 34 regions\)\n$/,
    );
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      'sinergi: lessons/01-shared-scenario/lesson.json: scenario: "../scenario.json" is not in the lesson\'s ' +
        "folder; the dashboard bundles only the files of a lesson's own folder",
      'sinergi: lessons/02-shared-world/scenario.json: world: "../world.csv" is not in the lesson\'s folder; ' +
        'the dashboard bundles only the files of a lesson\'s own folder (or name a built-in world, e.g. "indonesia-2022")',
      "sinergi: 2 of 3 files are invalid",
    ]);
  });

  it("refuses two lessons with one id, as the dashboard opens a lesson by its id", () => {
    const cwd = lessonsDir({ "01-ego": goodLesson, "02-copy": goodLesson });
    const result = sinergi(["validate", "lessons/01-ego/lesson.json", "lessons/02-copy/lesson.json"], {
      cwd,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'sinergi: lessons/02-copy/lesson.json: id: "test-ego" is also the id of lessons/01-ego/lesson.json; ' +
        "each lesson needs its own\nsinergi: 1 of 2 files are invalid\n",
    );
  });

  it("knows a lesson by its $schema whatever the file's name", () => {
    const cwd = lessonsDir({
      "01-ego": {
        ...goodLesson,
        "lesson.json": undefined,
        "ego.json": { ...VALID_LESSON, $schema: "../../lesson.schema.json", minutes: 3 },
      },
    });
    const result = sinergi(["validate", "lessons/01-ego/ego.json"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^sinergi: lessons\/01-ego\/ego\.json: minutes: Too small: expected number to be >=5\n/,
    );
  });

  it("validates every shipped lesson", () => {
    const result = sinergi(["validate", "configs/lessons"]);
    if (result.stderr.includes("a folder with no lesson.json")) return; // none shipped yet
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});

describe("sinergi schema --lesson", () => {
  it("prints the committed configs/lesson.schema.json", () => {
    const result = sinergi(["schema", "--lesson"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(ROOT, "configs", "lesson.schema.json"), "utf8"));
  });

  it("prints one schema at a time", () => {
    expectUserError(
      sinergi(["schema", "--sweep", "--lesson"]),
      /^sinergi: option '--lesson' cannot be used with option '--sweep' \(see sinergi schema --help\)$/,
    );
  });
});
