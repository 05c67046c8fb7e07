import { existsSync } from "node:fs";
import { join } from "node:path";
import { MANIFEST_FILE } from "./manifest.js";
import { progressFileName } from "./parquet-output.js";
import { runsFileName } from "./runs-file.js";

/**
 * The sweep files (manifest, runs in any format, Parquet progress) present in a folder. A folder that
 * holds any of them belongs to a sweep, so a new sweep or a merge must not write into it.
 */
export function sweepFilesIn(folder: string): string[] {
  return [
    MANIFEST_FILE,
    runsFileName("csv"),
    runsFileName("jsonl"),
    runsFileName("parquet"),
    progressFileName(runsFileName("parquet")),
  ].filter((file) => existsSync(join(folder, file)));
}
