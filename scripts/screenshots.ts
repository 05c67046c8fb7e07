// Takes the README's screenshots of the dashboard (docs/screenshots/): the simulation, lesson, comparison
// and sweep views at desktop size and the simulation view on a phone, from the production build in a
// headless Chromium. Run: npx tsx scripts/screenshots.ts  (needs Chromium; see test/browser/).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { launchChromium } from "../test/browser/support/chromium.js";
import { serveDashboard } from "../test/browser/support/dashboard.js";
import { spawnSync } from "node:child_process";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "docs", "screenshots");
const scratch = await mkdtemp(join(tmpdir(), "sinergi-screenshots-"));
const { url, server } = await serveDashboard(scratch);

async function ready(page: Page, suffix: string): Promise<void> {
  await page.goto(new URL(suffix, url).href);
  await page.waitForFunction("window.sinergi !== undefined");
  await page.evaluate("window.sinergi.runDone()");
}

/** A small sweep written by the CLI, for the sweep view. */
function sweepFile(): string {
  const folder = join(scratch, "sweep");
  const result = spawnSync(
    process.execPath,
    [
      join(root, "dist", "cli", "main.js"),
      "sweep",
      join(root, "configs", "sweeps", "ego-incentive-grid.json"),
      "--out",
      folder,
    ],
    { encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`sinergi sweep failed: ${result.stderr}`);
  return join(folder, "runs.csv");
}

try {
  await mkdir(out, { recursive: true });
  const desktop = await launchChromium(join(scratch, "desktop"), { viewport: { width: 1440, height: 900 } });
  const page = desktop.pages()[0] ?? (await desktop.newPage());

  // Simulation, in Indonesian, incentive fund preset with three replicates, one region pinned.
  await ready(page, "?lang=id");
  await page.getByTestId("preset").selectOption({ index: 4 });
  await page.getByTestId("replicates").fill("5");
  await page.keyboard.press("Tab");
  await page.evaluate("window.sinergi.runDone()");
  await page.getByTestId("region-select").selectOption({ label: "Jawa Timur" });
  await page.evaluate("document.activeElement?.blur()");
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(out, "simulation-desktop-id.png"), fullPage: true });

  // A guided lesson, in Indonesian.
  await ready(page, "?lang=id");
  await page.getByRole("tab", { name: "Pelajaran" }).click();
  await page
    .getByText(/Ego daerah dan dilema/)
    .first()
    .click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(out, "lesson-desktop-id.png"), fullPage: true });

  // Compare, in English.
  await ready(page, "?lang=en");
  await page.getByRole("tab", { name: "Compare" }).click();
  await page.getByTestId("compare-a").selectOption("preset:baseline");
  await page.getByTestId("compare-b").selectOption("preset:incentive-fund");
  await page.getByTestId("compare-run").click();
  await page.getByTestId("compare-sentence").waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(out, "compare-desktop-en.png"), fullPage: true });

  // Sweep results, in English.
  await page.getByRole("tab", { name: "Sweep results" }).click();
  await page.getByTestId("sweep-file").setInputFiles(sweepFile());
  await page.getByTestId("sweep-panel").locator("svg").first().waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(out, "sweep-desktop-en.png"), fullPage: true });
  await desktop.close();

  // The simulation view on a phone, in Indonesian.
  const phone = await launchChromium(join(scratch, "phone"), { viewport: { width: 390, height: 844 } });
  const small = phone.pages()[0] ?? (await phone.newPage());
  await ready(small, "?lang=id");
  await small.getByTestId("map").scrollIntoViewIfNeeded();
  await small.waitForTimeout(800);
  await small.screenshot({ path: join(out, "simulation-phone-id.png") });
  await phone.close();
  await writeFile(join(out, ".gitattributes"), "*.png binary\n");
  process.stdout.write(`Screenshots written to ${out}\n`);
} finally {
  await server.close();
  await rm(scratch, { recursive: true, force: true });
}
