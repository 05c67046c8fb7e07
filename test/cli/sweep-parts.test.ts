// The parts of `sinergi sweep` that need no worker threads: shards, the reorder window, recovery of an
// interrupted runs file, and the text of run columns.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../sim/input-error.js";
import { runOrdered, ReorderBuffer, type Executor } from "../../cli/sweep/ordered.js";
import { parameterCell, runOverrides, setArguments } from "../../cli/sweep/protocol.js";
import { readLineKeys, recoverRunsFile } from "../../cli/sweep/runs-file.js";
import { parseShardOption, shardFolderName, slurmShard } from "../../cli/sweep/shard.js";
import { tempDir } from "./helpers.js";

describe("--shard and Slurm array tasks", () => {
  it("reads I/N 1-based and refuses what is not a shard", () => {
    expect(parseShardOption("1/4")).toMatchObject({ index: 0, count: 4 });
    expect(parseShardOption(" 4 / 4 ")).toMatchObject({ index: 3, count: 4 });
    for (const bad of ["0/4", "5/4", "1/0", "a/b", "2", "-1/2", "1.5/2"]) {
      expect(() => parseShardOption(bad), bad).toThrow(InputError);
    }
  });

  it("takes the shard from SLURM_ARRAY_TASK_ID, normalised by SLURM_ARRAY_TASK_MIN and _STEP", () => {
    expect(slurmShard({})).toBeUndefined();
    expect(slurmShard({ SLURM_ARRAY_TASK_ID: "3" })).toBeUndefined();
    // --array=0-3
    expect(
      slurmShard({ SLURM_ARRAY_TASK_ID: "0", SLURM_ARRAY_TASK_COUNT: "4", SLURM_ARRAY_TASK_MIN: "0" }),
    ).toMatchObject({ index: 0, count: 4 });
    // --array=1-4: the same four shards
    expect(
      slurmShard({ SLURM_ARRAY_TASK_ID: "4", SLURM_ARRAY_TASK_COUNT: "4", SLURM_ARRAY_TASK_MIN: "1" }),
    ).toMatchObject({ index: 3, count: 4 });
    // --array=10-40:10
    expect(
      slurmShard({
        SLURM_ARRAY_TASK_ID: "30",
        SLURM_ARRAY_TASK_COUNT: "4",
        SLURM_ARRAY_TASK_MIN: "10",
        SLURM_ARRAY_TASK_STEP: "10",
      }),
    ).toMatchObject({ index: 2, count: 4 });
    // Without _MIN, ids are 0-based.
    expect(slurmShard({ SLURM_ARRAY_TASK_ID: "1", SLURM_ARRAY_TASK_COUNT: "2" })).toMatchObject({ index: 1 });
    // A one-task array (a re-submitted task) must name its shard rather than run the whole sweep.
    expect(() =>
      slurmShard({ SLURM_ARRAY_TASK_ID: "3", SLURM_ARRAY_TASK_COUNT: "1", SLURM_ARRAY_TASK_MIN: "3" }),
    ).toThrow(/--shard I\/N/);
    // --array=1,5,9 cannot be mapped onto shards.
    expect(() =>
      slurmShard({ SLURM_ARRAY_TASK_ID: "5", SLURM_ARRAY_TASK_COUNT: "3", SLURM_ARRAY_TASK_MIN: "1" }),
    ).toThrow(/cannot tell which of 3 shards/);
  });

  it("names shard folders so that they sort in shard order", () => {
    expect(shardFolderName({ index: 2, count: 8, origin: "--shard" })).toBe("shard-3-of-8");
    const names = Array.from({ length: 12 }, (_, index) => shardFolderName({ index, count: 12, origin: "" }));
    expect([...names].sort()).toEqual(names);
    expect(names[0]).toBe("shard-01-of-12");
  });
});

describe("runOrdered: results handed on in id order, with a bounded window", () => {
  /** Executors that finish their tasks after random delays, out of order. */
  function fakeExecutors(count: number, seed: number, log: { inFlight: number; max: number }) {
    let state = seed;
    const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    return Array.from(
      { length: count },
      () =>
        (done: (id: number, result: string) => void): Executor<number> => ({
          post(id) {
            log.inFlight += 1;
            log.max = Math.max(log.max, log.inFlight);
            setTimeout(() => done(id, `r${id}`), Math.floor(random() * 5));
          },
        }),
    );
  }

  it("hands every result on once, in order, whatever order they finish in", async () => {
    for (const workers of [1, 2, 5]) {
      const log = { inFlight: 0, max: 0 };
      const seen: number[] = [];
      const handle = runOrdered<number, string>({
        start: 3,
        end: 103,
        task: (id) => id,
        window: workers * 4,
        executors: fakeExecutors(workers, workers, log),
        async consume(id, result) {
          log.inFlight -= 1;
          expect(result).toBe(`r${id}`);
          seen.push(id);
          if (id % 7 === 0) await new Promise((resolve) => setTimeout(resolve, 2)); // a slow disk
        },
      });
      await expect(handle.finished).resolves.toEqual({ next: 103, stopped: false });
      expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => i + 3));
      // Never more than the window dispatched and not yet handed on.
      expect(log.max).toBeLessThanOrEqual(workers * 4);
    }
  });

  it("stops dispatching on stop() and reports where to go on from", async () => {
    const log = { inFlight: 0, max: 0 };
    const seen: number[] = [];
    const handle = runOrdered<number, string>({
      start: 0,
      end: 1000,
      task: (id) => id,
      window: 8,
      executors: fakeExecutors(2, 7, log),
      async consume(id) {
        seen.push(id);
        if (id === 20) handle.stop();
      },
    });
    const run = await handle.finished;
    expect(run.stopped).toBe(true);
    expect(run.next).toBe(seen.length);
    expect(seen).toEqual(Array.from({ length: seen.length }, (_, i) => i));
    expect(seen.length).toBeLessThan(40);
  });

  it("rejects on a task's failure", async () => {
    const handle = runOrdered<number, string>({
      start: 0,
      end: 10,
      task: (id) => id,
      window: 4,
      executors: [
        (done, fail) => ({
          post: (id) => setTimeout(() => (id === 5 ? fail(new Error("boom")) : done(id, "")), 1),
        }),
      ],
      consume: async () => undefined,
    });
    await expect(handle.finished).rejects.toThrow("boom");
  });

  it("ReorderBuffer refuses a result twice", () => {
    const buffer = new ReorderBuffer<string>(0);
    buffer.put(1, "b");
    expect(buffer.take()).toBeUndefined();
    buffer.put(0, "a");
    expect(buffer.take()).toEqual({ id: 0, result: "a" });
    expect(buffer.take()).toEqual({ id: 1, result: "b" });
    expect(() => buffer.put(1, "again")).toThrow();
  });
});

describe("recoverRunsFile: what --resume keeps of an interrupted runs file", () => {
  // Runs 0..3 of a sweep with years 0..2 (3 rows a run); a text parameter with a comma, quoted.
  const header = "run_id,replicate,seed,name,year,value\n";
  const csvRun = (id: number): string =>
    [0, 1, 2].map((year) => `${id},0,${100 + id},"a, b",${year},${id * 10 + year}.5\n`).join("");
  const jsonRun = (id: number): string =>
    [0, 1, 2]
      .map((year) => `${JSON.stringify({ run_id: id, replicate: 0, seed: 100 + id, name: "a, b", year })}\n`)
      .join("");
  const expectation = (format: "csv" | "jsonl") => ({ format, start: 0, end: 4, lastYear: () => 2 });

  async function recover(format: "csv" | "jsonl", text: string) {
    const dir = tempDir();
    const path = join(dir, `runs.${format}`);
    writeFileSync(path, text);
    const recovery = await recoverRunsFile(path, expectation(format));
    return { ...recovery, kept: readFileSync(path, "utf8").slice(0, recovery.keep) };
  }

  it("keeps whole runs, drops a trailing partial line and the rows of an unfinished run (CSV)", async () => {
    const whole = header + csvRun(0) + csvRun(1);
    expect(await recover("csv", whole)).toMatchObject({ keep: whole.length, nextRun: 2, dropped: 0, header });
    const partialLine = `${whole}2,0,102,"a, b",0,2`;
    expect(await recover("csv", partialLine)).toMatchObject({ kept: whole, nextRun: 2 });
    const unfinishedRun = whole + csvRun(2).split("\n").slice(0, 2).join("\n") + "\n";
    expect(await recover("csv", unfinishedRun)).toMatchObject({ kept: whole, nextRun: 2 });
    const unfinishedAndPartial = `${unfinishedRun}2,0,1`;
    expect(await recover("csv", unfinishedAndPartial)).toMatchObject({ kept: whole, nextRun: 2 });
    const first = header + csvRun(0).split("\n")[0]! + "\n";
    expect(await recover("csv", first)).toMatchObject({ kept: header, nextRun: 0 });
    expect(await recover("csv", header)).toMatchObject({ keep: header.length, nextRun: 0 });
    expect(await recover("csv", "run_id,repl")).toMatchObject({ keep: 0, nextRun: 0 });
    expect(await recover("csv", "")).toMatchObject({ keep: 0, nextRun: 0 });
    const all = header + csvRun(0) + csvRun(1) + csvRun(2) + csvRun(3);
    expect(await recover("csv", all)).toMatchObject({ keep: all.length, nextRun: 4 });
  });

  it("does the same for JSON Lines", async () => {
    const whole = jsonRun(0) + jsonRun(1);
    expect(await recover("jsonl", whole)).toMatchObject({ keep: whole.length, nextRun: 2 });
    expect(await recover("jsonl", `${whole}{"run_id":2,"repl`)).toMatchObject({ kept: whole, nextRun: 2 });
    const unfinished = whole + jsonRun(2).split("\n")[0]! + "\n";
    expect(await recover("jsonl", unfinished)).toMatchObject({ kept: whole, nextRun: 2 });
  });

  it("reads files far larger than its read window", async () => {
    // ~3 MB of runs, the last one unfinished: the tail is read in growing windows.
    const runs = 20_000;
    const many = (id: number): string =>
      [0, 1, 2].map((year) => `${id},0,1,x,${year},${"9".repeat(40)}\n`).join("");
    let text = header;
    for (let id = 0; id < runs; id++) text += many(id);
    const dir = tempDir();
    const path = join(dir, "runs.csv");
    writeFileSync(path, `${text}${runs},0,1,x,0,1\n${runs},0,1,x,1,1\n`);
    const recovery = await recoverRunsFile(path, {
      format: "csv",
      start: 0,
      end: runs + 5,
      lastYear: () => 2,
    });
    expect(recovery).toMatchObject({ keep: Buffer.byteLength(text), nextRun: runs });
  });

  it("refuses a file that is not this sweep's", async () => {
    await expect(recover("csv", "a,b\n1,2\n")).rejects.toThrow(/lacks run_id or year/);
    await expect(recover("csv", header + csvRun(0) + csvRun(2).split("\n")[0] + "\n")).rejects.toThrow(
      /run 0 is followed by run 2/,
    );
    await expect(recover("csv", header + csvRun(7))).rejects.toThrow(/outside this shard's runs 0–3/);
  });

  it("reads run_id and year from a line", () => {
    expect(readLineKeys(`3,0,1,"x, y",2,5`, "csv", 4)).toEqual({ runId: 3, year: 2 });
    expect(readLineKeys(`{"run_id":3,"year":2}`, "jsonl", -1)).toEqual({ runId: 3, year: 2 });
    expect(readLineKeys(`{"run_id":3,`, "jsonl", -1)).toBeUndefined();
    expect(readLineKeys(`,0,1`, "csv", 1)).toBeUndefined();
  });
});

describe("run columns", () => {
  it("applies the sweep's years and the run seed before the values, as `run --years --seed --set` does", () => {
    expect(runOverrides({ "ego.mean": 0.5 }, 10, 7)).toEqual([
      { path: "years", value: 10 },
      { path: "seed", value: 7 },
      { path: "ego.mean", value: 0.5 },
    ]);
  });

  it("writes scalars as they are and anything else as JSON text", () => {
    expect(parameterCell(0.1)).toBe(0.1);
    expect(parameterCell("aspiration")).toBe("aspiration");
    expect(parameterCell(true)).toBe(true);
    expect(parameterCell(["Jawa", "Bali"])).toBe('["Jawa","Bali"]');
  });

  it("gives --set arguments that read back to the same values", () => {
    expect(setArguments({ "ego.mean": 0.30000000000000004, "learning.rule": "aspiration" })).toEqual([
      "--set ego.mean=0.30000000000000004",
      "--set learning.rule=aspiration",
    ]);
    expect(setArguments({ "policies.regionalBody.members": ["all"] })).toEqual([
      `--set 'policies.regionalBody.members=["all"]'`,
    ]);
  });
});
