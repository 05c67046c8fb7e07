// Cross-environment determinism: the model core, bundled by Vite as a web page bundles it and run in a
// real Chromium, must give the same numbers as in Node. The page is test/browser/fixture/; both sides run
// the scenarios of fixture/scenarios.ts.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext } from "playwright-core";
import { build, preview, type InlineConfig, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mathFingerprint, runScenarios, SCENARIO_NAMES, serialise } from "./fixture/scenarios.js";
import { launchChromium, requireChromium, watchProblems } from "./support/chromium.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
let scratch: string | undefined;
let server: PreviewServer | undefined;
let context: BrowserContext | undefined;
/** Console errors, uncaught exceptions and failed requests of the page. */
const pageProblems: string[] = [];
/** What the page left on `window`. */
let page: { results?: string; math?: string; error?: string; userAgent: string };
/** What Node computes for the same scenarios, serialised the same way. */
let node: { results: string; math: string };

beforeAll(async () => {
  requireChromium();
  const csv = await readFile(join(root, "configs", "worlds", "indonesia-2022.csv"), "utf8");
  node = { results: serialise(runScenarios(csv)), math: serialise(mathFingerprint()) };

  // A production build into a temporary folder (never the project's dist/), served by vite preview.
  scratch = await mkdtemp(join(tmpdir(), "sinergi-browser-"));
  const config: InlineConfig = {
    root: join(here, "fixture"),
    configFile: false,
    envDir: false,
    logLevel: "warn",
    cacheDir: join(scratch, "vite-cache"),
    build: { outDir: join(scratch, "dist"), emptyOutDir: true },
    preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false },
  };
  await build(config);
  server = await preview(config);
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview reported no local URL");

  context = await launchChromium(scratch);
  const tab = context.pages()[0] ?? (await context.newPage());
  watchProblems(tab, pageProblems);

  await tab.goto(url);
  // Expressions as strings: they run in the page, where `window` exists.
  await tab.waitForFunction(
    "window.sinergiResults !== undefined || window.sinergiError !== undefined",
    null,
    {
      timeout: 30_000,
    },
  );
  page = (await tab.evaluate(
    "({ results: window.sinergiResults, math: window.sinergiMath, error: window.sinergiError, userAgent: navigator.userAgent })",
  )) as typeof page;
}, 180_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
}, 60_000);

/** Every leaf of a JSON value, by path. */
function leaves(value: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> {
  if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) leaves(child, `${path}.${key}`, out);
  } else out.set(path, value);
  return out;
}

/** The leaves where two JSON values differ, as "path: browser …, node …". */
function differences(browser: unknown, nodeValue: unknown, path: string): string[] {
  const a = leaves(browser, path, new Map());
  const b = leaves(nodeValue, path, new Map());
  const found: string[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (!Object.is(a.get(key), b.get(key))) {
      found.push(`${key}: browser ${JSON.stringify(a.get(key))}, node ${JSON.stringify(b.get(key))}`);
    }
  }
  return found;
}

/** Names of the Math functions sim/ uses whose results differ between Chromium and Node. */
function differingMathFunctions(): string[] {
  const browserMath = JSON.parse(page.math ?? "{}") as Record<string, number[]>;
  const nodeMath = JSON.parse(node.math) as Record<string, number[]>;
  return Object.keys(nodeMath).filter((name) => serialise(browserMath[name]) !== serialise(nodeMath[name]));
}

describe("the model core in Chromium", { timeout: 60_000 }, () => {
  it("runs in a real browser without errors", () => {
    expect(page.error).toBeUndefined();
    expect(page.userAgent).toMatch(/Chrome\//);
    expect(typeof page.results).toBe("string");
    expect(typeof page.math).toBe("string");
  });

  it("gives every scenario's numbers bit-identical to Node's", () => {
    const browserResults = JSON.parse(page.results ?? "{}") as Record<string, unknown>;
    const nodeResults = JSON.parse(node.results) as Record<string, unknown>;
    expect(Object.keys(browserResults)).toEqual(SCENARIO_NAMES);
    for (const name of SCENARIO_NAMES) {
      // Not vacuous: each scenario produced its year rows and its last year's region rows.
      const ran = nodeResults[name] as { years: unknown[]; lastYearRegions: unknown[] };
      expect(ran.years.length, name).toBeGreaterThan(10);
      expect(ran.lastYearRegions.length, name).toBeGreaterThanOrEqual(34);
      const found = differences(browserResults[name], nodeResults[name], name);
      // The usual cause of a difference is an engine Math function (whose last bits ECMAScript leaves
      // to the engine) creeping back into sim/ instead of sim/math.ts; name the ones that differ here.
      expect(
        found.slice(0, 10),
        `not bit-identical; Math functions that differ between these engines: ${differingMathFunctions().join(", ") || "none"}`,
      ).toEqual([]);
    }
    expect(page.results).toBe(node.results);
  });

  it("logs no console errors, uncaught exceptions or failed requests", () => {
    expect(pageProblems).toEqual([]);
  });
});
