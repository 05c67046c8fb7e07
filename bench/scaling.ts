// How the model alone scales over this machine's cores, without the sweep's harness: RUNS 100-year runs
// of the 34 provinces in each of K worker threads of one process, and in each of K child processes,
// for K = 1 and 2, alternated; and a pure arithmetic loop in 1 and 2 processes, to tell the machine's
// limit from V8's. Measured, never asserted; results are reported in docs/performance.md ("Seventh round").
//
//   npx tsx bench/scaling.ts                 # 600 runs a thread or process, 3 rounds
//   npx tsx bench/scaling.ts --runs 300 --rounds 2 --arithmetic 10   # --arithmetic: the loop's additions, ×10⁸
//
// (--child is internal: the work of one thread or process.)
import { spawn } from "node:child_process";
import { availableParallelism, cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { benchArgs, countOption } from "./support/bench-args.js";

type Work = "model" | "arithmetic";

/** The work of one thread or process; returns when it is done. */
async function work(kind: Work, runs: number, hundredMillions: number): Promise<void> {
  if (kind === "arithmetic") {
    // Additions only: no memory traffic, no allocation, no garbage.
    let sum = 0;
    for (let r = 0; r < hundredMillions; r++) for (let i = 0; i < 1e8; i++) sum += i * 1e-9;
    if (!(sum > 0)) throw new Error("unreachable");
    return;
  }
  // Loaded here, so that the arithmetic processes do not load the model.
  const { parseScenario, runModel } = await import("../sim/index.js");
  const { benchWorld } = await import("./support/bench-world.js");
  const world = benchWorld(34);
  for (let run = 0; run < runs; run++) runModel(world, parseScenario({ years: 100, seed: run + 1 }));
}

if (!isMainThread) {
  const { kind, runs } = workerData as { kind: Work; runs: number };
  await work(kind, runs, 0);
  parentPort!.postMessage("done");
} else {
  const { values } = benchArgs(import.meta.url, {
    options: {
      runs: { type: "string", default: "600" },
      rounds: { type: "string", default: "3" },
      arithmetic: { type: "string", default: "30" },
      child: { type: "string" },
    },
  });
  const runs = countOption("--runs", values.runs);
  const hundredMillions = countOption("--arithmetic", values.arithmetic);
  const rounds = countOption("--rounds", values.rounds);
  if (values.child !== undefined) {
    await work(values.child as Work, runs, hundredMillions);
  } else {
    const script = fileURLToPath(import.meta.url);

    const inThreads = (count: number, kind: Work): Promise<unknown[]> =>
      Promise.all(
        Array.from(
          { length: count },
          () =>
            new Promise((done, fail) => {
              // A worker thread whose main script is this .ts file: Node 20 does not pass tsx's loader to
              // worker threads, so the thread registers it, then imports this file.
              const start = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
              const worker = new Worker(start, { eval: true, workerData: { kind, runs } });
              worker.once("message", () => void worker.terminate().then(done));
              worker.once("error", fail);
            }),
        ),
      );
    const inProcesses = (count: number, kind: Work): Promise<unknown[]> =>
      Promise.all(
        Array.from(
          { length: count },
          () =>
            new Promise((done, fail) => {
              const child = spawn(
                process.execPath,
                [
                  "--import",
                  "tsx",
                  script,
                  "--child",
                  kind,
                  "--runs",
                  String(runs),
                  "--arithmetic",
                  String(hundredMillions),
                ],
                { stdio: "inherit" },
              );
              child.once("exit", (code) => (code === 0 ? done(code) : fail(new Error(`exit ${code}`))));
            }),
        ),
      );

    const cases: Array<{ name: string; count: number; run: () => Promise<unknown> }> = [];
    for (const count of [1, 2]) {
      cases.push({ name: `model, ${count} thread(s)`, count, run: () => inThreads(count, "model") });
      cases.push({ name: `model, ${count} process(es)`, count, run: () => inProcesses(count, "model") });
    }
    for (const count of [1, 2])
      cases.push({
        name: `arithmetic, ${count} process(es)`,
        count,
        run: () => inProcesses(count, "arithmetic"),
      });

    console.log(
      `${runs} runs of 100 years of the 34 provinces a thread or process; Node ${process.version}, ` +
        `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? "?"}), load average ${loadavg()[0]!.toFixed(2)}`,
    );
    const seconds = new Map<string, number[]>();
    for (let round = 0; round < rounds; round++) {
      for (const entry of cases) {
        const started = performance.now();
        await entry.run();
        seconds.set(entry.name, [...(seconds.get(entry.name) ?? []), (performance.now() - started) / 1000]);
      }
    }
    const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
    const rows = cases.map((entry) => {
      const wall = median(seconds.get(entry.name)!);
      const single = median(seconds.get(entry.name.replace(/2 (thread|process)/, "1 $1"))!);
      return {
        case: entry.name,
        "wall s (median)": wall.toFixed(2),
        ...(entry.name.startsWith("model") ? { "runs/s": ((entry.count * runs) / wall).toFixed(1) } : {}),
        "× one": ((entry.count * single) / wall).toFixed(2),
      };
    });
    console.table(rows);
    console.log(
      `"× one": the work done per second against one thread or process alone (2.00 is perfect scaling). ` +
        `Load average now ${loadavg()[0]!.toFixed(2)}.`,
    );
  }
}
