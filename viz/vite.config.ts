// Builds the dashboard. `vite build --config viz/vite.config.ts` writes the served build to dist/viz/;
// with `--mode offline` it writes one self-contained HTML file (scripts, styles, the simulation
// worker and the data inlined) to dist/offline/, which works when opened from a USB stick (file://).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { outlinePlugin } from "./build/outline-plugin.js";

const here = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig(({ mode }) => {
  const offline = mode === "offline";
  return {
    root: here,
    // Relative asset paths: the build works under any path prefix and from file://.
    base: "./",
    publicDir: false,
    envDir: false,
    plugins: [outlinePlugin(), ...(offline ? [viteSingleFile({ removeViteModuleLoader: true })] : [])],
    define: {
      // Lets the page know whether it can use a worker file next to it or must inline it.
      __SINERGI_OFFLINE__: JSON.stringify(offline),
    },
    worker: {
      // A classic (IIFE) worker also runs from a blob: address, which the offline file needs.
      format: "iife",
    },
    build: {
      outDir: fileURLToPath(new URL(offline ? "../dist/offline" : "../dist/viz", import.meta.url)),
      emptyOutDir: true,
      target: "es2022",
      reportCompressedSize: true,
      chunkSizeWarningLimit: 1024,
    },
    server: { host: "127.0.0.1" },
    preview: { host: "127.0.0.1" },
  };
});
