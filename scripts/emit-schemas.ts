/**
 * Writes configs/scenario.schema.json, configs/sweep.schema.json and configs/lesson.schema.json from the
 * schemas in code (sim/scenario/schema.ts, sim/experiment/sweep-schema.ts, sim/lessons/lesson-schema.ts).
 *   tsx scripts/emit-schemas.ts           write them
 *   tsx scripts/emit-schemas.ts --check   exit 1 if a committed file differs (CI)
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { lessonSchemaText, scenarioSchemaText, sweepSchemaText } from "../cli/schema-text.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const targets = [
  {
    path: join(root, "configs", "scenario.schema.json"),
    text: scenarioSchemaText(),
    from: "sim/scenario/schema.ts",
  },
  {
    path: join(root, "configs", "sweep.schema.json"),
    text: sweepSchemaText(),
    from: "sim/experiment/sweep-schema.ts",
  },
  {
    path: join(root, "configs", "lesson.schema.json"),
    text: lessonSchemaText(),
    from: "sim/lessons/lesson-schema.ts",
  },
];
const check = process.argv.includes("--check");

let stale = 0;
for (const { path, text, from } of targets) {
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
          : `${shown} is stale: it no longer matches the schema in ${from}. ` +
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
