// One dashboard under test: the production build served from a temporary folder, a Chromium, and the
// pages opened on it with their problems collected — what every dashboard browser test sets up.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import type { PreviewServer } from "vite";
import { launchChromium, watchProblems } from "./chromium.js";
import { serveDashboard } from "./dashboard.js";

export interface DashboardSession {
  /** The temporary folder (build, browser profile, downloads), removed by stop(). */
  readonly scratch: string;
  readonly context: BrowserContext;
  /**
   * Console errors, uncaught exceptions, failed requests and alert dialogs of every page opened,
   * which a test expects to stay empty.
   */
  readonly problems: string[];
  /** Opens the dashboard at `suffix` ("?lang=en#s=…") in `on` (default: the session's browser), built. */
  open(suffix: string, on?: BrowserContext): Promise<Page>;
  stop(): Promise<void>;
}

export async function startDashboardSession(name: string): Promise<DashboardSession> {
  const scratch = await mkdtemp(join(tmpdir(), `sinergi-${name}-`));
  let server: PreviewServer | undefined;
  let baseUrl: string;
  let context: BrowserContext;
  try {
    ({ server, url: baseUrl } = await serveDashboard(scratch));
    context = await launchChromium(scratch, { viewport: { width: 1280, height: 900 }, locale: "en-GB" });
    context.setDefaultTimeout(30_000);
  } catch (error) {
    await server?.close();
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
  const problems: string[] = [];
  const browser = context;
  return {
    scratch,
    context: browser,
    problems,
    async open(suffix, on = browser) {
      const page = await on.newPage();
      watchProblems(page, problems);
      page.on("dialog", (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.goto(new URL(suffix, baseUrl).href);
      await page.waitForFunction("window.sinergi !== undefined");
      await page.evaluate("window.sinergi.ready");
      return page;
    },
    async stop() {
      await browser.close();
      await server?.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

/** Waits for the page's run (window.sinergi.runDone) and fails with the page's message if it failed. */
export async function runDone<T>(page: Page): Promise<T> {
  const run = (await page.evaluate("window.sinergi.runDone()")) as T | undefined;
  if (run === undefined) {
    throw new Error(`the run failed: ${String(await page.evaluate("window.sinergi.error()"))}`);
  }
  return run;
}
