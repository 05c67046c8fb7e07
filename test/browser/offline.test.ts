// The offline single-file build (`npm run build:offline`): one HTML file that a teacher double-clicks
// from a USB stick. Opened from file:// in Chromium, it must run the model (its worker inlined) and
// draw without a server, without errors, and without reaching for any other file.
import { readdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
import lzString from "lz-string";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWorldCsv } from "../../sim/index.js";
import { ROOT } from "../cli/helpers.js";
import { launchChromium, watchProblems } from "./support/chromium.js";
import { buildOfflineDashboard } from "./support/dashboard.js";

const REGENCIES = join(ROOT, "configs", "worlds", "indonesia-regencies-2021.csv");

let scratch: string;
let file: string;
let context: BrowserContext | undefined;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "sinergi-offline-"));
  file = await buildOfflineDashboard(scratch);
  context = await launchChromium(scratch);
  context.setDefaultTimeout(30_000);
}, 180_000);

afterAll(async () => {
  await context?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
}, 60_000);

describe("the offline single-file dashboard", { timeout: 120_000 }, () => {
  it("is one HTML file", async () => {
    expect(await readdir(dirname(file))).toEqual(["index.html"]);
    expect((await stat(file)).size).toBeGreaterThan(100_000);
  });

  it("runs from file:// in its worker, with no errors and no request beyond the file", async () => {
    if (!context) throw new Error("no browser");
    const page = await context.newPage();
    const problems: string[] = [];
    watchProblems(page, problems);
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const address = pathToFileURL(file).href;
    await page.goto(`${address}?lang=id`);
    await page.waitForFunction("window.sinergi !== undefined");
    const run = (await page.evaluate("window.sinergi.runDone()")) as {
      complete: boolean;
      years: Array<Array<{ williamson: number }>>;
    };
    expect(run.complete).toBe(true);
    expect(run.years[0]?.[0]?.williamson).toBeCloseTo(0.798, 3);
    // The charts and the map are drawn.
    expect(await page.getByTestId("chart-disparity").locator("svg path").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("map").locator("circle").count()).toBeGreaterThanOrEqual(34);
    // Everything came from the file itself (data: and blob: addresses are inside it).
    expect(requests.filter((url) => !url.startsWith(address) && !/^(data|blob):/.test(url))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("runs the regency world from a link, its file inlined too", async () => {
    if (!context) throw new Error("no browser");
    const page = await context.newPage();
    const problems: string[] = [];
    watchProblems(page, problems);
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const address = pathToFileURL(file).href;
    const scenario = lzString.compressToEncodedURIComponent(
      JSON.stringify({ world: "indonesia-regencies-2021", years: 2 }),
    );
    await page.goto(`${address}?lang=id#s=${scenario}`);
    await page.waitForFunction("window.sinergi !== undefined");
    const run = (await page.evaluate("window.sinergi.runDone()")) as {
      complete: boolean;
      years: Array<Array<{ population_total: number }>>;
    };
    expect(run.complete).toBe(true);
    const world = parseWorldCsv(readFileSync(REGENCIES, "utf8"), REGENCIES);
    expect(run.years[0]?.[0]?.population_total).toBe(world.population.reduce((sum, p) => sum + p, 0));
    expect(await page.getByTestId("map").locator("circle").count()).toBeGreaterThanOrEqual(514);
    expect(requests.filter((url) => !url.startsWith(address) && !/^(data|blob):/.test(url))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
