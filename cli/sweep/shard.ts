import { InputError } from "../../sim/input-error.js";

/** One of N deterministic slices of a sweep's runs; `index` is 0-based (the command line is 1-based). */
export interface Shard {
  index: number;
  count: number;
  /** Where the choice came from, for messages: "--shard" or "Slurm array task". */
  origin: string;
}

/** Reads `--shard I/N` (1-based: 1/4 … 4/4). */
export function parseShardOption(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match)
    throw new InputError("--shard", text, "expected I/N, e.g. --shard 1/4 (the first of four shards)");
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new InputError("--shard", text, "the number of shards N must be at least 1");
  }
  if (!Number.isSafeInteger(index) || index < 1 || index > count) {
    throw new InputError("--shard", text, `the shard I must be between 1 and ${count}`);
  }
  return { index: index - 1, count, origin: "--shard" };
}

function envInteger(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text.trim() === "") return undefined;
  if (!/^\s*\d+\s*$/.test(text)) throw new InputError(name, text, "expected a whole number (set by Slurm)");
  return Number(text);
}

/**
 * The shard of a Slurm array task, from SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT, or undefined
 * outside an array job. Task ids are normalised with SLURM_ARRAY_TASK_MIN (arrays may start at 0 or 1,
 * or anywhere) and SLURM_ARRAY_TASK_STEP (`--array=0-30:10`), so `--array=0-3` and `--array=1-4` both give
 * shards 1/4 … 4/4. Without SLURM_ARRAY_TASK_MIN (older Slurm), ids are taken as 0-based.
 */
export function slurmShard(env: NodeJS.ProcessEnv): Shard | undefined {
  const id = envInteger(env, "SLURM_ARRAY_TASK_ID");
  const count = envInteger(env, "SLURM_ARRAY_TASK_COUNT");
  if (id === undefined || count === undefined) return undefined;
  if (count < 1) throw new InputError("SLURM_ARRAY_TASK_COUNT", String(count), "must be at least 1");
  if (count === 1) {
    // A one-task array is almost always one shard of a larger array submitted again
    // (`sbatch --array=3 …`); read as shard 1/1 it would run the whole sweep.
    throw new InputError(
      "SLURM_ARRAY_TASK_ID",
      String(id),
      "this Slurm array has a single task, so it cannot tell which shard to run; " +
        "pass --shard I/N (e.g. --shard 3/16 to re-run task 3 of a 16-task array, or --shard 1/1 for the whole sweep)",
    );
  }
  const min = envInteger(env, "SLURM_ARRAY_TASK_MIN") ?? 0;
  const step = envInteger(env, "SLURM_ARRAY_TASK_STEP") ?? 1;
  const offset = id - min;
  const index = step > 0 ? offset / step : Number.NaN;
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new InputError(
      "SLURM_ARRAY_TASK_ID",
      String(id),
      `cannot tell which of ${count} shards this array task is (SLURM_ARRAY_TASK_MIN ${min}, step ${step}); ` +
        "use a contiguous array such as --array=1-N, or pass --shard I/N",
    );
  }
  return { index, count, origin: "Slurm array task" };
}

/** The sub-folder of --out a shard writes to: shard-I-of-N, I zero-padded so that folders sort in order. */
export function shardFolderName(shard: Shard): string {
  const width = String(shard.count).length;
  return `shard-${String(shard.index + 1).padStart(width, "0")}-of-${shard.count}`;
}

/** "3/8" for messages. */
export function shardLabel(shard: Shard): string {
  return `${shard.index + 1}/${shard.count}`;
}
