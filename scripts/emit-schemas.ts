/**
 * Writes configs/scenario.schema.json from the scenario schema in code (sim/scenario/schema.ts).
 *   tsx scripts/emit-schemas.ts           write it
 *   tsx scripts/emit-schemas.ts --check   exit 1 if the committed file differs (CI)
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { scenarioSchemaText } from "../cli/schema-text.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const targets = [{ path: join(root, "configs", "scenario.schema.json"), text: scenarioSchemaText() }];
const check = process.argv.includes("--check");

let stale = 0;
for (const { path, text } of targets) {
  const shown = relative(process.cwd(), path) || path;
  if (check) {
    let current: string | undefined;
    try {
      current = readFileSync(path, "utf8");
    } catch {
      current = undefined;
    }
    if (current === text) {
      console.log(`ok  ${shown} is up to date`);
    } else {
      stale += 1;
      console.error(
        current === undefined
          ? `${shown} is missing. Run \`npm run schema\` and commit the result.`
          : `${shown} is stale: it no longer matches the schema in sim/scenario/schema.ts. ` +
              `Run \`npm run schema\` and commit the result.`,
      );
    }
  } else {
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, path);
    console.log(`wrote ${shown}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
