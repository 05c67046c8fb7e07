// Driving Debian's Chromium with playwright-core, for every browser test: where it is, the flags that
// keep it quiet on a machine without network, and the collection of a page's problems.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Without the networking flags Chromium keeps trying to reach Google from a machine without network. */
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Fails with a message that says what to install, rather than a launch error. */
export function requireChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: the browser tests need it. ` +
        "Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.",
    );
  }
}

/** A headless Chromium with a fresh profile in `scratch` (Playwright refuses --user-data-dir in args). */
export async function launchChromium(
  scratch: string,
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<BrowserContext> {
  requireChromium();
  return chromium.launchPersistentContext(join(scratch, "profile"), {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
}

/**
 * Records a page's console errors, uncaught exceptions, failed requests and HTTP errors into
 * `problems`, which a test expects to stay empty.
 */
export function watchProblems(page: Page, problems: string[]): void {
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
}
