// The dashboard in a real Chromium, driven as users drive it: through labelled controls, the keyboard,
// links and files. The page is the production build of viz/ (as `npm start` serves it), built into a
// temporary folder. The numbers it shows are checked against the command line's for the same scenario.
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import type { BrowserContext, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScenarioInput, YearRow } from "../../sim/index.js";
import { yearColumns, DOMAIN_NAMES } from "../../sim/index.js";
import { ROOT, sinergi, TEST_BASE, TEST_GRID } from "../cli/helpers.js";
import { launchChromium } from "./support/chromium.js";
import { runDone as finishedRun, startDashboardSession, type DashboardSession } from "./support/session.js";

/** What window.sinergi (viz/src/app/test-hook.ts) reports of a run. */
interface RunSnapshot {
  scenario: { seed: number; years: number; policies: { incentiveFund: { budget: number } } };
  seeds: number[];
  years: YearRow[][];
  complete: boolean;
}
interface PageState {
  scenario: ScenarioInput;
  replicates: number;
  year: number;
  playing: boolean;
  lang: string;
  view: string;
}

const XSS_NAME = "<img src=x onerror=alert(1)>";

let session: DashboardSession | undefined;

beforeAll(async () => {
  session = await startDashboardSession("dashboard");
}, 180_000);

afterAll(async () => {
  await session?.stop();
}, 60_000);

function started(): DashboardSession {
  if (!session) throw new Error("no dashboard");
  return session;
}

/** Opens the dashboard at `suffix` (e.g. "?lang=en#s=…") and waits until it is built. */
function open(suffix = "?lang=en", on?: BrowserContext): Promise<Page> {
  return started().open(suffix, on);
}

async function runDone(page: Page): Promise<RunSnapshot> {
  const run = await finishedRun<RunSnapshot>(page);
  expect(run.complete).toBe(true);
  return run;
}

async function state(page: Page): Promise<PageState> {
  return (await page.evaluate("window.sinergi.state()")) as PageState;
}

async function savedDownload(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent("download"), click()])) as [Download, void];
  const path = join(started().scratch, `download-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

const last = <T>(rows: readonly T[]): T => {
  const row = rows[rows.length - 1];
  if (row === undefined) throw new Error("no rows");
  return row;
};

/** The yearly rows `sinergi run` writes for a scenario and seed, as numbers (empty cells as null). */
async function cliRows(scenario: ScenarioInput, seed: number): Promise<Array<Record<string, number | null>>> {
  const file = join(started().scratch, `scenario-${seed}-${Date.now()}.json`);
  const out = join(started().scratch, `rows-${seed}-${Date.now()}.csv`);
  await writeFile(file, JSON.stringify(scenario));
  const result = sinergi(["run", file, "--seed", String(seed), "--out", out, "--quiet"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return csvParse(readFileSync(out, "utf8")).map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, text]) => [key, text === "" ? null : Number(text)])),
  );
}

describe("the dashboard in Chromium", { timeout: 120_000 }, () => {
  it("loads in Indonesian with ?lang=id, sets <html lang>, and runs the default world", async () => {
    const page = await open("?lang=id");
    const run = await runDone(page);
    expect(await page.evaluate("document.documentElement.lang")).toBe("id");
    expect(await page.getByRole("tab", { name: "Simulasi" }).count()).toBe(1);
    expect(run.years[0]?.length).toBe(run.scenario.years + 1);
    // 34 provinces with their year-0 Williamson index, as the CLI tests it.
    expect(run.years[0]?.[0]?.williamson).toBeCloseTo(0.798, 3);
    // Indonesian number formats in the summary line: comma decimals and rupiah.
    await expect.poll(() => page.getByTestId("run-summary").textContent()).toMatch(/0,798/);
    await page.close();
  });

  it("changes the charts when a lever changes", async () => {
    const page = await open("?lang=en");
    const before = await runDone(page);
    const chartBefore = await page.getByTestId("chart-cooperation").locator("svg").first().innerHTML();
    await page.getByLabel("Cooperation incentive fund", { exact: true }).fill("1000");
    const after = await runDone(page);
    expect(after.scenario.policies.incentiveFund.budget).toBe(1000);
    const totalBefore = last(before.years[0] ?? []).agreements_total;
    const totalAfter = last(after.years[0] ?? []).agreements_total;
    expect(totalAfter).toBeGreaterThan(totalBefore);
    expect(last(after.years[0] ?? []).policy_cost).toBeGreaterThan(0);
    const chartAfter = await page.getByTestId("chart-cooperation").locator("svg").first().innerHTML();
    expect(chartAfter).not.toBe(chartBefore);
    await page.close();
  });

  it("reproduces, from a shared link, the numbers `sinergi run` gives for the same scenario and seed", async () => {
    const page = await open("?lang=en");
    await runDone(page);
    await page.getByLabel("Harmonising regional regulations (Perda)", { exact: true }).fill("0.5");
    await page.getByLabel("Random seed", { exact: true }).fill("7");
    await page.getByLabel("Replicates", { exact: true }).fill("2");
    // A number is taken when the field is left, as a user does with Tab.
    await page.keyboard.press("Tab");
    await runDone(page);
    const link = page.url();
    expect(link).toContain("#");
    await page.close();

    // Someone else opens the link.
    const other = await open(link.slice(link.indexOf("?")));
    const shared = await runDone(other);
    const chosen = await state(other);
    expect(shared.seeds).toEqual([7, 8]);
    expect(chosen.replicates).toBe(2);
    for (const [replicate, seed] of shared.seeds.entries()) {
      const expected = await cliRows(chosen.scenario, seed);
      const actual = shared.years[replicate] ?? [];
      expect(actual.length).toBe(expected.length);
      for (const [t, row] of expected.entries()) {
        for (const [column, value] of Object.entries(row)) {
          expect(
            (actual[t] as unknown as Record<string, unknown>)[column],
            `seed ${seed}, year ${t}, ${column}`,
          ).toBe(value);
        }
      }
    }
    await other.close();
  });

  it("switches language from the header, follows it in <html lang>, and remembers it", async () => {
    const page = await open("?lang=en");
    await expect.poll(() => page.getByLabel("Cooperation incentive fund", { exact: true }).count()).toBe(1);
    await page.getByTestId("lang-switch").selectOption("id");
    expect(await page.evaluate("document.documentElement.lang")).toBe("id");
    await expect.poll(() => page.getByLabel("Dana Insentif kerja sama", { exact: true }).count()).toBe(1);
    expect(await page.getByLabel("Cooperation incentive fund", { exact: true }).count()).toBe(0);
    // Without ?lang, the remembered choice applies.
    const again = await open("");
    expect(await again.evaluate("document.documentElement.lang")).toBe("id");
    await again.getByTestId("lang-switch").selectOption("en");
    await page.close();
    await again.close();
  });

  it("shows a clear message for an invalid scenario file and keeps the current scenario", async () => {
    const page = await open("?lang=en");
    await runDone(page);
    await page.getByLabel("Cooperation incentive fund", { exact: true }).fill("250");
    await runDone(page);
    const before = await state(page);
    const input = page.getByLabel("Load a scenario (JSON file)", { exact: true });

    await input.setInputFiles({
      name: "too-much-ego.json",
      mimeType: "application/json",
      buffer: Buffer.from('{ "ego": { "mean": 2 } }'),
    });
    const alert = page.getByTestId("alert");
    await expect.poll(() => alert.textContent()).toContain("too-much-ego.json");
    expect(await alert.textContent()).toContain("ego.mean");
    expect((await state(page)).scenario).toEqual(before.scenario);

    await input.setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from("{ ego: "),
    });
    await expect.poll(() => alert.textContent()).toContain("broken.json");
    expect((await state(page)).scenario).toEqual(before.scenario);

    // A valid file replaces the scenario.
    await input.setInputFiles(join(ROOT, "configs", "scenarios", "incentive-fund.json"));
    // Reading the file takes a moment: wait until the page holds its scenario, then for its run.
    await expect.poll(async () => JSON.stringify((await state(page)).scenario)).toContain('"budget":500');
    const loaded = await runDone(page);
    expect(loaded.scenario.policies.incentiveFund.budget).toBe(500);
    await page.close();
  });

  it("works by keyboard alone: reach a lever with Tab, change it with the arrow keys, pin a region", async () => {
    const page = await open("?lang=en");
    await runDone(page);
    const focusedLabel = "document.activeElement?.labels?.[0]?.textContent?.trim() ?? ''";
    let found = false;
    for (let presses = 0; presses < 300 && !found; presses++) {
      await page.keyboard.press("Tab");
      found = ((await page.evaluate(focusedLabel)) as string).startsWith("Cooperation incentive fund");
    }
    expect(found, "Tab reaches the incentive fund slider").toBe(true);
    // The focus is visible.
    const outline = (await page.evaluate(
      "getComputedStyle(document.activeElement).outlineStyle + ' ' + getComputedStyle(document.activeElement).boxShadow",
    )) as string;
    expect(outline).not.toBe("none none");
    await page.keyboard.press("End");
    const run = await runDone(page);
    expect(run.scenario.policies.incentiveFund.budget).toBeGreaterThan(0);

    // On to the map: arrow keys move between regions, Enter pins one.
    let onMap = false;
    for (let presses = 0; presses < 300 && !onMap; presses++) {
      await page.keyboard.press("Tab");
      onMap = (await page.evaluate(
        "document.activeElement?.closest('[data-testid=map]') !== null && document.activeElement?.closest('[data-testid=map]') !== undefined",
      )) as boolean;
    }
    expect(onMap, "Tab reaches the map").toBe(true);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("region-name").count()).toBe(1);
    expect((await page.getByTestId("region-name").textContent())?.length).toBeGreaterThan(2);
    await page.close();
  });

  it("shows untrusted region and scenario names as text, never as HTML", async () => {
    const page = await open("?lang=en");
    await runDone(page);
    const csv = readFileSync(join(ROOT, "configs", "worlds", "indonesia-2022.csv"), "utf8").replace(
      ",Aceh,",
      `,${XSS_NAME},`,
    );
    await page.getByTestId("world-kind").selectOption("csv");
    await page.getByTestId("world-file").setInputFiles({
      name: "hostile.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    // Reading the file takes a moment: wait for the new world's regions, then for its run.
    await expect
      .poll(() => page.getByTestId("region-select").locator("option", { hasText: XSS_NAME }).count())
      .toBe(1);
    await runDone(page);
    await page.getByTestId("region-select").selectOption({ label: XSS_NAME });
    await expect.poll(() => page.getByTestId("region-name").textContent()).toBe(XSS_NAME);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.evaluate("document.body.textContent.includes('<img src=x onerror=alert(1)>')")).toBe(
      true,
    );

    // A scenario file whose name, description and file name are markup.
    await page.getByLabel("Load a scenario (JSON file)", { exact: true }).setInputFiles({
      name: `${XSS_NAME}.json`,
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ name: XSS_NAME, description: XSS_NAME, ego: { mean: 0.4 } })),
    });
    await expect.poll(async () => JSON.stringify((await state(page)).scenario)).toContain('"mean":0.4');
    await runDone(page);
    expect(await page.locator("img").count()).toBe(0);
    await page.close();
  });

  it("runs the 514 regencies when chosen, and finds a kabupaten under its province", async () => {
    const page = await open("?lang=id");
    await runDone(page);
    await page.getByTestId("world-kind").selectOption("indonesia-regencies-2021");
    // The regency file arrives on demand (its own chunk), then the run starts.
    const simeulue = page.getByTestId("region-select").locator('optgroup[label="Aceh"] option', {
      hasText: "Kab. Simeulue",
    });
    await expect.poll(() => simeulue.count(), { timeout: 30_000 }).toBe(1);
    const run = await runDone(page);
    expect(run.years[0]?.[0]?.population_total).toBeGreaterThan(270e6);
    expect((await state(page)).scenario.world).toBe("indonesia-regencies-2021");
    expect(page.url()).toContain("#s=");
    // Indonesia's outline lies under the regencies.
    expect(await page.locator('[data-testid="map"] g.outline path').count()).toBeGreaterThan(0);
    await page.getByTestId("region-select").selectOption({ label: "Kab. Simeulue" });
    await expect.poll(() => page.getByTestId("region-name").textContent()).toBe("Kab. Simeulue");
    await expect.poll(() => page.getByTestId("region-details").textContent()).toMatch(/ProvinsiAceh/);
    await page.close();
  });

  it("exports a chart as SVG and PNG and the run as CSV in the CLI's columns", async () => {
    const page = await open("?lang=en");
    await runDone(page);
    const png = await savedDownload(page, () => page.getByTestId("chart-disparity-png").click());
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.bytes.length).toBeGreaterThan(5_000);

    const svg = await savedDownload(page, () => page.getByTestId("chart-disparity-svg").click());
    const svgText = svg.bytes.toString("utf8");
    expect(svgText).toContain("<svg");
    expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svgText).toContain("Williamson");

    const csv = await savedDownload(page, () =>
      page.getByRole("button", { name: "Download yearly CSV (every replicate)" }).click(),
    );
    const rows = csvParse(csv.bytes.toString("utf8"));
    for (const column of yearColumns(DOMAIN_NAMES)) expect(rows.columns).toContain(column);
    const run = await runDone(page);
    expect(rows.length).toBe(run.years.flat().length);
    expect(Number(rows[0]?.williamson)).toBe(run.years[0]?.[0]?.williamson);
    await page.close();
  });

  it("compares two presets on the same seeds and says what B changes, and at what cost", async () => {
    const page = await open("?lang=en");
    await runDone(page);
    await page.getByRole("tab", { name: "Compare" }).click();
    await page.getByTestId("compare-a").selectOption("preset:baseline");
    await page.getByTestId("compare-b").selectOption("preset:incentive-fund");
    await page.getByTestId("compare-run").click();
    const sentence = page.getByTestId("compare-sentence");
    await expect
      .poll(() => sentence.textContent(), { timeout: 60_000 })
      .toMatch(/Rp [\d.,]+ (billion|trillion)/);
    expect(await sentence.textContent()).toContain("Incentive fund");
    expect(await page.getByTestId("compare-table").locator("tr").count()).toBeGreaterThan(3);
    // The difference chart and the overlaid charts are drawn.
    expect(await page.getByTestId("compare-panel").locator("svg").count()).toBeGreaterThanOrEqual(2);
    // The comparison is in the address, so a link reopens it.
    expect(decodeURIComponent(page.url())).toMatch(/[#&]b=/);
    await page.close();
  });

  it("opens a sweep's runs.csv from `sinergi sweep` and summarises an outcome per parameter value", async () => {
    const folder = join(started().scratch, "sweep");
    await writeFile(join(started().scratch, "base.json"), JSON.stringify(TEST_BASE));
    await writeFile(join(started().scratch, "grid.json"), JSON.stringify(TEST_GRID));
    const result = sinergi([
      "sweep",
      join(started().scratch, "grid.json"),
      "--out",
      folder,
      "--workers",
      "1",
    ]);
    expect(result.code, result.stderr).toBe(0);
    const page = await open("?lang=en");
    await page.getByRole("tab", { name: "Sweep results" }).click();
    await page.getByTestId("sweep-file").setInputFiles(join(folder, "runs.csv"));
    await expect.poll(() => page.getByTestId("sweep-status").textContent()).toContain("12 runs");
    expect(await page.getByTestId("sweep-panel").locator("svg").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("sweep-panel").locator("table").count()).toBeGreaterThan(0);
    // A file that is not a sweep's output is refused in words, and the data shown stays.
    await page.getByTestId("sweep-file").setInputFiles({
      name: "notes.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("a,b\n1,2\n"),
    });
    await expect.poll(() => page.getByTestId("sweep-problem").textContent()).toContain("notes.csv");
    expect(await page.getByTestId("sweep-status").textContent()).toContain("12 runs");
    await page.close();
  });

  it("fits a phone's width without sideways scrolling", async () => {
    const phone = await launchChromium(join(started().scratch, "phone"), {
      viewport: { width: 390, height: 844 },
    });
    try {
      const page = await open("?lang=id", phone);
      await runDone(page);
      const widths = (await page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]",
      )) as [number, number];
      expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    } finally {
      await phone.close();
    }
  });

  it("logged no console errors, uncaught exceptions, failed requests or dialogs on any page", () => {
    expect(started().problems).toEqual([]);
  });
});
