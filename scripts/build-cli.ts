// Builds the command line into dist/cli/ (`npm run build`, and `npm install` through `prepare`): the
// command and the sweep's worker thread, each bundled with the model and the libraries they use by
// esbuild, sharing chunks, one file per command loaded on demand.
//
// Why a bundle rather than tsc's file-for-file output: Node resolved and loaded about three hundred
// small modules at every start (the @stdlib functions alone are dozens of packages), which took
// 0.3–0.4 s of a `sinergi run` of 0.7 s, and every sweep worker paid it again. Bundled, `sinergi run`
// takes 0.35–0.55 s (docs/performance.md, "The command line").
//
// Every chunk lies in dist/cli/ itself, so that the worker is `./worker.js` beside whichever chunk
// holds cli/sweep/execute.ts, as it is beside the compiled execute.js of an unbundled build.
// Type errors do not stop the build; `npm run typecheck` (part of `npm test`) reports them.
import { build } from "esbuild";
import { chmodSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(root, "dist", "cli");
// The tsc layout this replaces kept the model in dist/sim/; nothing reads it now.
rmSync(outdir, { recursive: true, force: true });
rmSync(join(root, "dist", "sim"), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: ["cli/main.ts", "cli/sweep/worker.ts"],
  outdir,
  entryNames: "[name]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Source maps beside the files, for `node --enable-source-maps dist/cli/main.js …` when debugging.
  sourcemap: "linked",
  // CommonJS dependencies bundled into an ES module still call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __sinergiRequire } from 'node:module'; const require = __sinergiRequire(import.meta.url);",
  },
  logLevel: "warning",
});
chmodSync(join(outdir, "main.js"), 0o755);
