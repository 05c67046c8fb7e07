/**
 * Writes the historical world configs/worlds/indonesia-provinces-2010.csv and the observed history
 * configs/history/indonesia-provinces-2010-2023.csv from the BPS source files in data/bps
 * (scripts/data/history-world.ts says how every column is made).
 *   tsx scripts/data/build-history.ts           write them (npm run data:history)
 *   tsx scripts/data/build-history.ts --check   exit 1 if a committed file differs
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { buildHistoryFiles } from "./history-world.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const source = (name: string) => readFileSync(join(root, "data", "bps", name), "utf8");
const files = buildHistoryFiles({
  series: source("provinces-2010-2023.csv"),
  provinces2022: source("provinces-2022.csv"),
});
const targets: Array<[string, string]> = [
  [join(root, "configs", "worlds", "indonesia-provinces-2010.csv"), files.world],
  [join(root, "configs", "history", "indonesia-provinces-2010-2023.csv"), files.history],
];

for (const [target, text] of targets) {
  const shown = relative(process.cwd(), target) || target;
  if (process.argv.includes("--check")) {
    let current: string | undefined;
    try {
      current = readFileSync(target, "utf8");
    } catch {
      current = undefined;
    }
    if (current === text) console.log(`ok  ${shown} is up to date`);
    else {
      console.error(`${shown} differs from what data/bps gives. Run \`npm run data:history\` and commit it.`);
      process.exitCode = 1;
    }
  } else {
    // Written beside the target and renamed, so that a reader never sees half a file.
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, target);
    console.log(`wrote ${shown}`);
  }
}
