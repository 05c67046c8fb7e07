/**
 * Writes configs/worlds/indonesia-regencies-2021.csv from the BPS source files in data/bps
 * (scripts/data/regency-world.ts says how every column and gap is made).
 *   tsx scripts/data/build-regency-world.ts           write it (npm run data:regencies)
 *   tsx scripts/data/build-regency-world.ts --check   exit 1 if the committed file differs
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { buildRegencyWorld, provinceGap } from "./regency-world.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const source = (name: string) => readFileSync(join(root, "data", "bps", name), "utf8");
const target = join(root, "configs", "worlds", "indonesia-regencies-2021.csv");
const shown = relative(process.cwd(), target) || target;

const { text, checks } = buildRegencyWorld({
  regencies: source("regencies-2021.csv"),
  provinces2022: source("provinces-2022.csv"),
  provincesSeries: source("provinces-2010-2023.csv"),
});

if (process.argv.includes("--check")) {
  let current: string | undefined;
  try {
    current = readFileSync(target, "utf8");
  } catch {
    current = undefined;
  }
  if (current === text) {
    console.log(`ok  ${shown} is up to date`);
  } else {
    console.error(`${shown} differs from what data/bps gives. Run \`npm run data:regencies\` and commit it.`);
    process.exitCode = 1;
  }
} else {
  // Written beside the target and renamed, so that a reader never sees half a file.
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, target);
  console.log(`wrote ${shown}`);
  for (const check of checks) {
    const gap = (provinceGap(check) * 100).toFixed(2).padStart(6);
    const filled = check.estimated > 0 ? `  (${check.estimated} estimated)` : "";
    console.log(
      `  ${check.province.padEnd(28)} ${String(check.regencies).padStart(3)} regencies, sum ${gap}%${filled}`,
    );
  }
}
