// Builds the dashboard (viz/) as `npm run build:viz` or `npm run build:offline` does, but into a
// temporary folder (never the project's dist/), and serves the served build with vite preview.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview, type InlineConfig, type PreviewServer } from "vite";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const configFile = join(root, "viz", "vite.config.ts");

function config(scratch: string, offline: boolean): InlineConfig {
  return {
    configFile,
    mode: offline ? "offline" : "production",
    logLevel: "warn",
    cacheDir: join(scratch, "vite-cache"),
    build: { outDir: join(scratch, offline ? "offline" : "viz"), emptyOutDir: true },
    preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false },
  };
}

/** The served build in `scratch`/viz, behind a preview server on a free port. */
export async function serveDashboard(scratch: string): Promise<{ url: string; server: PreviewServer }> {
  await build(config(scratch, false));
  const server = await preview(config(scratch, false));
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview reported no local URL");
  return { url, server };
}

/** The offline single-file build: the path of its one HTML file. */
export async function buildOfflineDashboard(scratch: string): Promise<string> {
  await build(config(scratch, true));
  return join(scratch, "offline", "index.html");
}
