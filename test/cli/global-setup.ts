import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const stamp = join(root, "dist", ".test-build-stamp");

/** The newest modification time of the files the build reads. */
function newestSource(): number {
  let newest = 0;
  const visit = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const entry of ["sim", "cli", "scripts/build-cli.ts", "tsconfig.base.json", "package.json"]) {
    visit(join(root, entry));
  }
  return newest;
}

/**
 * Builds dist/ (`npm run build`) so that the CLI tests run the built command as users do; skipped
 * when dist/ is newer than every source. The bundler does not check types (`npm test` type-checks
 * separately); a build that fails leaves the tests on what an earlier build left, with a warning.
 */
export default function setup(): void {
  const main = join(root, "dist", "cli", "main.js");
  if (existsSync(main) && existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource()) return;
  const result = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) {
    if (!existsSync(main)) {
      throw new Error(`npm run build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
    process.stderr.write(
      `warning: npm run build reported errors; testing what it emitted:\n${result.stdout}\n`,
    );
    return;
  }
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}
