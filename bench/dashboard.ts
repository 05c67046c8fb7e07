// Speed of the dashboard in a real Chromium (Debian's, headless, software rendering): for the default
// world and a 514-region synthetic world, the worker's compute time per simulated year, the page's draw
// time per frame (summary, map and six charts; User Timing "sinergi:draw"), the frame intervals while the
// year playback runs, and the longest main-thread task while a run streams in (how long a click or key
// press can wait). Reported in docs/performance.md; never asserted.
//
// Run: npx tsx bench/dashboard.ts          (builds the dashboard into a temporary folder)
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { quantile } from "d3";
import type { Page } from "playwright-core";
import { launchChromium } from "../test/browser/support/chromium.js";
import { serveDashboard } from "../test/browser/support/dashboard.js";

interface Sample {
  world: string;
  computeMs: number[];
  drawMs: number[];
  frameGapsMs: number[];
  longTasksMs: number[];
}

const scratch = await mkdtemp(join(tmpdir(), "sinergi-bench-dashboard-"));
const { url, server } = await serveDashboard(scratch);
const context = await launchChromium(scratch, { viewport: { width: 1440, height: 900 } });

/** Long tasks are observed from the page's first moment, so none is missed. */
await context.addInitScript(() => {
  const tasks: number[] = [];
  (window as unknown as { longTasks: number[] }).longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
});

async function runDone(page: Page): Promise<void> {
  await page.evaluate("window.sinergi.runDone()");
}

async function durations(page: Page, name: string): Promise<number[]> {
  return (await page.evaluate(
    `performance.getEntriesByName(${JSON.stringify(name)}).map((entry) => entry.duration)`,
  )) as number[];
}

/** Plays the run from year 0 at the fastest speed and records draw times and frame intervals. */
async function playback(page: Page): Promise<{ drawMs: number[]; frameGapsMs: number[] }> {
  await page.getByTestId("reset").click();
  await page.evaluate("performance.clearMeasures('sinergi:draw')");
  await page.evaluate(`(() => {
    window.frameGaps = [];
    let last = performance.now();
    const tick = (now) => { window.frameGaps.push(now - last); last = now; if (window.sinergi.state().playing || window.frameGaps.length < 5) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const speeds = await page
    .getByTestId("speed")
    .locator("option")
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  await page.getByTestId("speed").selectOption(speeds[speeds.length - 1] ?? "");
  await page.getByTestId("play").click();
  await page.waitForFunction("!window.sinergi.state().playing", null, { timeout: 120_000 });
  return {
    drawMs: await durations(page, "sinergi:draw"),
    frameGapsMs: ((await page.evaluate("window.frameGaps")) as number[]).slice(1),
  };
}

async function measure(world: string, suffix: string, setUp: (page: Page) => Promise<void>): Promise<Sample> {
  const page = await context.newPage();
  await page.goto(new URL(suffix, url).href);
  await page.waitForFunction("window.sinergi !== undefined");
  await runDone(page);
  await setUp(page);
  await runDone(page);
  // A second run on a warm worker (another seed), as a user sees after the first.
  await page.evaluate("(window.longTasks.length = 0)");
  await page.getByTestId("seed").fill("2");
  await page.keyboard.press("Tab");
  await runDone(page);
  const computeMs = await durations(page, "sinergi:year");
  const longTasksMs = (await page.evaluate("window.longTasks.slice()")) as number[];
  const { drawMs, frameGapsMs } = await playback(page);
  await page.close();
  return { world, computeMs, drawMs, frameGapsMs, longTasksMs };
}

const summary = (values: number[]): string => {
  if (values.length === 0) return "–";
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => (quantile(sorted, p) ?? NaN).toFixed(1);
  return `${at(0.5)} / ${at(0.95)} / ${(sorted[sorted.length - 1] ?? NaN).toFixed(1)}`;
};

try {
  const samples = [
    await measure("34 provinces", "?lang=en", async () => undefined),
    await measure("514 synthetic regions", "?lang=en", async (page) => {
      await page.getByTestId("world-kind").selectOption("synthetic");
      await page.getByTestId("world-regions").fill("514");
      await page.keyboard.press("Tab");
    }),
  ];
  const version = await context.browser()?.version();
  console.log(`Chromium ${version ?? "(persistent context)"}, headless, software rendering`);
  console.log("median / p95 / max, milliseconds; 30 simulated years, 1 replicate");
  console.table(
    samples.map((s) => ({
      world: s.world,
      "compute per year (worker)": summary(s.computeMs),
      "draw per frame (page)": summary(s.drawMs),
      "frame interval in playback": summary(s.frameGapsMs),
      "long tasks during a run": `${s.longTasksMs.length} (max ${Math.max(0, ...s.longTasksMs).toFixed(0)})`,
    })),
  );
} finally {
  await context.close();
  await server.close();
  await rm(scratch, { recursive: true, force: true });
}
