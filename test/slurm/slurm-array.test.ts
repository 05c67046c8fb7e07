// The Slurm job scripts (scripts/slurm/) on a real Slurm cluster of one machine: munged, slurmctld and
// slurmd are started here (from Debian's packages slurmctld, slurmd, slurm-client and munge) with a
// configuration in a temporary folder (SLURM_CONF; nothing in /etc is touched), array jobs of shards of a
// small sweep are submitted with sbatch, merged, and compared byte for byte with the sweep run on one
// machine. Needs root; .ci/run installs the packages. Without root or the packages the test fails with a
// message saying so, unless SINERGI_SKIP_SLURM=1 (for developers without root; CI never sets it).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { hostname, tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT } from "../cli/helpers.js";

const SKIP = process.env["SINERGI_SKIP_SLURM"] === "1";
const PACKAGES = "slurmctld slurmd slurm-client munge";
const SWEEP_SCRIPT = join(ROOT, "scripts", "slurm", "sweep.sbatch");
const MERGE_SCRIPT = join(ROOT, "scripts", "slurm", "merge.sbatch");

/** A grid of 3 × 2 points, 2 replicates, 5 years on the default world: 12 runs, 4 per shard of 3. */
const GRID = {
  name: "slurm-grid",
  description: "a small grid for the Slurm test",
  parameters: { "ego.mean": [0.2, 0.5, 0.8], "policies.incentiveFund.budget": [0, 250] },
  design: { type: "grid" },
  replicates: 2,
  years: 5,
  seed: 5,
};
const SHARD_RANGES = ["runs 0–3", "runs 4–7", "runs 8–11"];

const read = (path: string): string => readFileSync(path, "utf8");

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The absolute path of a command, looked up in PATH and the sbin folders (root's tools live there). */
function which(command: string): string | undefined {
  const folders = [...(process.env["PATH"] ?? "").split(delimiter), "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
  for (const folder of folders) {
    const path = join(folder, command);
    if (folder !== "" && existsSync(path) && statSync(path).isFile()) return path;
  }
  return undefined;
}

function userIds(name: string): { uid: number; gid: number } | undefined {
  const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

const TOOLS = ["munged", "slurmctld", "slurmd", "sbatch", "sinfo", "squeue", "scancel", "setpriv"] as const;
type Tool = (typeof TOOLS)[number];

/** What is missing to run the test, or an empty list. */
function missingPrerequisites(): string[] {
  const missing: string[] = [];
  if (process.getuid?.() !== 0) missing.push("root (the daemons run as root, munge and slurm)");
  const tools = TOOLS.filter((tool) => which(tool) === undefined);
  if (tools.length > 0) missing.push(`the commands ${tools.join(", ")}`);
  const users = ["munge", "slurm"].filter((user) => userIds(user) === undefined);
  if (users.length > 0) missing.push(`the users ${users.join(", ")} (made by the packages)`);
  return missing;
}

/** A TCP port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The environment without anything from a Slurm job or sbatch settings the test may be run under. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(SLURM_|SBATCH_|SALLOC_|SRUN_)/.test(key) || key === "SINERGI_DEBUG") continue;
    env[key] = value;
  }
  // The job runs `npx sinergi`: node and npx must be on its PATH (sbatch passes this environment on).
  env["PATH"] = [dirname(process.execPath), env["PATH"] ?? "", "/usr/sbin", "/usr/bin", "/sbin", "/bin"].join(
    delimiter,
  );
  return env;
}

interface Daemon {
  name: string;
  child: ChildProcess;
  log: string;
  exited: Promise<void>;
}

/** A Slurm cluster of this machine: munged, slurmctld and slurmd, configured under a temporary folder. */
class Cluster {
  readonly dir = mkdtempSync(join(tmpdir(), "sinergi-slurm-"));
  readonly conf = join(this.dir, "slurm", "slurm.conf");
  readonly socket = join(this.dir, "munge", "munge.socket");
  readonly daemons: Daemon[] = [];
  readonly env: NodeJS.ProcessEnv;
  readonly bin = Object.fromEntries(TOOLS.map((tool) => [tool, which(tool)!])) as Record<Tool, string>;
  private readonly killAll = (): void => {
    for (const daemon of this.daemons) if (running(daemon)) daemon.child.kill("SIGKILL");
  };

  constructor() {
    this.env = { ...cleanEnv(), SLURM_CONF: this.conf };
    // If the test process ends without afterAll (it should not), the daemons end with it.
    process.once("exit", this.killAll);
  }

  async start(): Promise<void> {
    const munge = userIds("munge")!;
    const slurm = userIds("slurm")!;
    chmodSync(this.dir, 0o755);

    // munged, as the munge user, with its own key, socket, seed, log and pid files here.
    const mungeDir = join(this.dir, "munge");
    mkdirSync(mungeDir, { mode: 0o755 });
    chownSync(mungeDir, munge.uid, munge.gid);
    const key = join(mungeDir, "munge.key");
    writeFileSync(key, randomBytes(1024), { mode: 0o600 });
    chownSync(key, munge.uid, munge.gid);
    this.spawn("munged", this.bin.setpriv, [
      "--reuid=munge",
      "--regid=munge",
      "--init-groups",
      this.bin.munged,
      "--foreground",
      `--key-file=${key}`,
      `--socket=${this.socket}`,
      `--seed-file=${join(mungeDir, "munged.seed")}`,
      `--log-file=${join(mungeDir, "munged.log")}`,
      `--pid-file=${join(mungeDir, "munged.pid")}`,
    ]);
    await this.until("munged to open its socket", () => existsSync(this.socket), 10_000);

    // slurmctld and slurmd, with state, spool, log and pid paths here, owned by the slurm user.
    const slurmDir = join(this.dir, "slurm");
    for (const sub of ["", "state", "spool", "log", "run"]) {
      mkdirSync(join(slurmDir, sub), { recursive: true, mode: 0o755 });
      chownSync(join(slurmDir, sub), slurm.uid, slurm.gid);
    }
    const node = spawnSync(this.bin.slurmd, ["-C"], { encoding: "utf8", env: this.env });
    const nodeLine = node.stdout.split("\n").find((l) => l.startsWith("NodeName="));
    if (!nodeLine) throw new Error(`slurmd -C printed no NodeName line:\n${node.stdout}${node.stderr}`);
    const [controllerPort, nodePort] = [await freePort(), await freePort()];
    const conf = [
      "ClusterName=sinergitest",
      `SlurmctldHost=${hostname().split(".")[0]}(127.0.0.1)`,
      `SlurmctldPort=${controllerPort}`,
      `SlurmdPort=${nodePort}`,
      "SlurmUser=slurm",
      "AuthType=auth/munge",
      "CredType=cred/munge",
      `AuthInfo=socket=${this.socket}`,
      `StateSaveLocation=${join(slurmDir, "state")}`,
      `SlurmdSpoolDir=${join(slurmDir, "spool")}`,
      `SlurmctldPidFile=${join(slurmDir, "run", "slurmctld.pid")}`,
      `SlurmdPidFile=${join(slurmDir, "run", "slurmd.pid")}`,
      `SlurmctldLogFile=${join(slurmDir, "log", "slurmctld.log")}`,
      `SlurmdLogFile=${join(slurmDir, "log", "slurmd.log")}`,
      // No cgroups, no accounting daemon.
      "ProctrackType=proctrack/linuxproc",
      "TaskPlugin=task/none",
      "JobAcctGatherType=jobacct_gather/none",
      "AccountingStorageType=accounting_storage/none",
      "SelectType=select/cons_tres",
      "SelectTypeParameters=CR_Core",
      "MpiDefault=none",
      "MailProg=/bin/true",
      "ReturnToService=2",
      // A merge job whose afterok dependency can no longer be met is cancelled, not left pending.
      "DependencyParameters=kill_invalid_depend",
      // `sbatch --wait` polls every 2 s while MinJobAge/2 ≤ 2 s (else after 2, 8, then every 32 s); finished
      // jobs are kept for 4 s, longer than a poll, so it still sees their exit codes.
      "MinJobAge=4",
      `${nodeLine} NodeAddr=127.0.0.1 State=UNKNOWN`,
      "PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
    ];
    writeFileSync(this.conf, `${conf.join("\n")}\n`, { mode: 0o644 });
    this.spawn("slurmctld", this.bin.slurmctld, ["-D", "-i"]);
    this.spawn("slurmd", this.bin.slurmd, ["-D"]);
    await this.until(
      "the node to be idle in sinfo",
      () => this.run(this.bin.sinfo, ["-h", "-N", "-o", "%t"]).stdout.trim() === "idle",
      30_000,
    );
  }

  /** Starts a daemon in the foreground, its output in DIR/NAME.out; its pid is the child's. */
  private spawn(name: string, command: string, args: string[]): void {
    const log = join(this.dir, `${name}.out`);
    const fd = openSync(log, "a");
    const child = spawn(command, args, { env: this.env, stdio: ["ignore", fd, fd] });
    closeSync(fd);
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.once("error", () => undefined); // reported through running() and the log
    this.daemons.push({ name, child, log, exited });
  }

  private async until(what: string, ready: () => boolean, ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    while (!ready()) {
      const dead = this.daemons.find((d) => !running(d));
      if (dead) throw new Error(`${dead.name} exited while waiting for ${what}\n${this.diagnostics()}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${this.diagnostics()}`);
      await sleep(200);
    }
  }

  /** Runs a Slurm command with this cluster's SLURM_CONF. */
  run(command: string, args: string[], extra: NodeJS.ProcessEnv = {}, timeout = 30_000): Result {
    const result = spawnSync(command, args, {
      env: { ...this.env, ...extra },
      encoding: "utf8",
      timeout,
      killSignal: "SIGKILL",
    });
    return { code: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
  }

  /** `sbatch ARGS` (with --wait: waits up to 75 s for the job to end). */
  sbatch(args: string[], extra: NodeJS.ProcessEnv): Result {
    return this.run(this.bin.sbatch, args, extra, 75_000);
  }

  /** The daemons' output and logs, and the jobs' logs, for a failure message. */
  diagnostics(): string {
    const files: string[] = this.daemons.map((d) => d.log);
    const add = (folder: string): void => {
      if (existsSync(folder)) for (const f of readdirSync(folder).sort()) files.push(join(folder, f));
    };
    add(join(this.dir, "slurm", "log"));
    add(join(this.dir, "logs"));
    const tail = (path: string): string => {
      const lines = existsSync(path) ? read(path).trimEnd().split("\n") : ["(missing)"];
      return lines.slice(-15).join("\n");
    };
    const states = this.daemons.map(
      (d) => `${d.name} pid ${d.child.pid} ${running(d) ? "running" : "exited"}`,
    );
    return [states.join(", "), ...files.map((f) => `--- ${f}\n${tail(f)}`)].join("\n");
  }

  /** Cancels what is left of the jobs, stops the daemons by their pids, removes the folder. */
  async stop(): Promise<void> {
    try {
      if (this.daemons.some((d) => d.name === "slurmctld" && running(d))) {
        this.run(this.bin.scancel, ["--full", "--user=root"], {}, 10_000);
        const deadline = Date.now() + 15_000;
        while (Date.now() < deadline && this.run(this.bin.squeue, ["-h"], {}, 5_000).stdout.trim() !== "") {
          await sleep(250);
        }
      }
      for (const daemon of [...this.daemons].reverse()) {
        if (!running(daemon)) continue;
        daemon.child.kill("SIGTERM");
        const stopped = await Promise.race([daemon.exited.then(() => true), sleep(10_000).then(() => false)]);
        if (!stopped) {
          daemon.child.kill("SIGKILL");
          await daemon.exited;
        }
      }
    } finally {
      process.removeListener("exit", this.killAll);
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

function running(daemon: Daemon): boolean {
  return daemon.child.exitCode === null && daemon.child.signalCode === null && daemon.child.pid !== undefined;
}

/** Runs the built CLI (outside any Slurm job). */
function sinergi(args: string[], cwd: string): Result {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env: cleanEnv(), encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(SKIP)("Slurm job arrays of sweep shards on a one-machine cluster (scripts/slurm/)", () => {
  let cluster: Cluster | undefined;
  let work: string; // the sweep, its outputs and the jobs' logs
  let logs: string;
  let grid: string;
  let reference: string; // runs.csv of the sweep run on one machine, unsharded, --workers 1

  /** sbatch options that fit any test machine (1 CPU and little memory per task), over the scripts' own. */
  const common = (output: string): string[] => [
    `--chdir=${ROOT}`,
    "--cpus-per-task=1",
    "--mem=256M",
    "--time=5",
    `--output=${join(logs, output)}`,
  ];
  const jobId = (submitted: Result): string => {
    const match = /^(\d+)/.exec(submitted.stdout.replace(/^Submitted batch job /, "").trim());
    expect(match, `sbatch printed no job id:\n${submitted.stdout}${submitted.stderr}`).not.toBeNull();
    return match![1]!;
  };
  /** Checks the three shard folders an array job of sweep.sbatch wrote, and each task's log. */
  const expectShards = (out: string, job: string, firstTask: number): void => {
    expect(readdirSync(out).sort()).toEqual(["shard-1-of-3", "shard-2-of-3", "shard-3-of-3"]);
    for (let i = 1; i <= 3; i++) {
      const log = read(join(logs, `sinergi-sweep-${job}_${firstTask + i - 1}.out`));
      expect(log).toMatch(
        new RegExp(`shard ${i}/3 \\(Slurm array task\\): ${SHARD_RANGES[i - 1]} \\(4 runs\\)`),
      );
      expect(log).toMatch(/ran 4 runs in .* on 1 worker: /); // SLURM_CPUS_PER_TASK=1
      const manifest = JSON.parse(read(join(out, `shard-${i}-of-3`, "manifest.json")));
      expect(manifest).toMatchObject({
        status: "complete",
        shard: { index: i, count: 3 },
        range: { start: (i - 1) * 4, end: i * 4 },
      });
      expect(manifest.sessions.map((s: { workers: number }) => s.workers)).toEqual([1]);
      // The manifest says which Slurm job and array task wrote the shard.
      expect(manifest.sessions[0].machine.slurm).toMatchObject({
        jobId: expect.any(String),
        arrayTaskId: expect.any(String),
      });
    }
  };

  beforeAll(async () => {
    const missing = missingPrerequisites();
    if (missing.length > 0) {
      throw new Error(
        `The Slurm integration test (test/slurm/) runs a real Slurm cluster on this machine and needs ` +
          `${missing.join("; ")}. Install Debian's packages as root: ` +
          `apt-get install -y ${PACKAGES}, and run the tests as root (.ci/run does both). ` +
          `Without root, set SINERGI_SKIP_SLURM=1 to skip this test (CI never does).`,
      );
    }
    cluster = new Cluster();
    work = join(cluster.dir, "work");
    logs = join(cluster.dir, "logs");
    mkdirSync(work);
    mkdirSync(logs);
    grid = join(work, "grid.json");
    writeFileSync(grid, JSON.stringify(GRID, null, 2));
    const single = sinergi(["sweep", grid, "--out", join(work, "one"), "--workers", "1", "--quiet"], work);
    expect(single.stderr).toBe("");
    expect(single.code).toBe(0);
    reference = read(join(work, "one", "runs.csv"));
    expect(reference.trimEnd().split("\n")).toHaveLength(1 + 12 * 6);
    await cluster.start();
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  }, 60_000);

  it("sbatch --wait --array=1-3 sweep.sbatch: each task runs its shard; sinergi merge equals the single-machine sweep", () => {
    const out = join(work, "array-1-3");
    const job = cluster!.sbatch(["--wait", "--array=1-3", ...common("%x-%A_%a.out"), SWEEP_SCRIPT], {
      SWEEP: grid,
      OUT: out,
    });
    expect(job.code, `${job.stdout}${job.stderr}\n${cluster!.diagnostics()}`).toBe(0);
    expectShards(out, jobId(job), 1);

    const merged = sinergi(["merge", out, "--out", join(work, "merged-1-3"), "--quiet"], work);
    expect(merged.stderr).toBe("");
    expect(merged.code).toBe(0);
    expect(read(join(work, "merged-1-3", "runs.csv"))).toBe(reference);
  }, 90_000);

  it("--array=0-2 numbers the shards the same; merge.sbatch as a dependent job (afterok) merges them", () => {
    const out = join(work, "array-0-2");
    const merged = join(work, "merged-0-2");
    const sweep = cluster!.sbatch(["--parsable", "--array=0-2", ...common("%x-%A_%a.out"), SWEEP_SCRIPT], {
      SWEEP: grid,
      OUT: out,
    });
    expect(sweep.code, `${sweep.stdout}${sweep.stderr}`).toBe(0);
    const id = jobId(sweep);
    const merge = cluster!.sbatch(
      ["--wait", `--dependency=afterok:${id}`, ...common("%x-%j.out"), MERGE_SCRIPT],
      { OUT: out, MERGED: merged },
    );
    expect(merge.code, `${merge.stdout}${merge.stderr}\n${cluster!.diagnostics()}`).toBe(0);
    expectShards(out, id, 0);
    expect(read(join(merged, "runs.csv"))).toBe(reference);
    const manifest = JSON.parse(read(join(merged, "manifest.json")));
    expect(manifest).toMatchObject({ status: "complete", range: { start: 0, end: 12 }, runsWritten: 12 });
    expect(manifest.mergedFrom).toHaveLength(3);
  }, 90_000);

  it("a failed task is re-run alone (sbatch --array=2 sweep.sbatch --shard 2/3) and resumes where it stopped", () => {
    // Task 2 of the first array job as a task stopped at its time limit leaves it: the runs file cut in
    // the middle of a run, the manifest "interrupted".
    const out = join(work, "array-1-3");
    const shard = join(out, "shard-2-of-3");
    const runs = join(shard, "runs.csv");
    const text = read(runs);
    truncateSync(runs, Buffer.byteLength(text.slice(0, text.indexOf("\n6,") + 20))); // runs 4 and 5 kept
    const manifest = JSON.parse(read(join(shard, "manifest.json")));
    writeFileSync(join(shard, "manifest.json"), JSON.stringify({ ...manifest, status: "interrupted" }));
    const refused = sinergi(["merge", out, "--out", join(work, "never"), "--quiet"], work);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/shard-2-of-3: is not finished \(status "interrupted"/);

    const job = cluster!.sbatch(
      ["--wait", "--array=2", ...common("%x-%A_%a.out"), SWEEP_SCRIPT, "--shard", "2/3"],
      { SWEEP: grid, OUT: out },
    );
    expect(job.code, `${job.stdout}${job.stderr}\n${cluster!.diagnostics()}`).toBe(0);
    const log = read(join(logs, `sinergi-sweep-${jobId(job)}_2.out`));
    expect(log).toMatch(/shard 2\/3 \(--shard\): runs 4–7 \(4 runs\)/);
    expect(log).toMatch(/ran 2 runs \(resumed after 2\)/);
    const resumed = JSON.parse(read(join(shard, "manifest.json")));
    expect(resumed.status).toBe("complete");
    expect(resumed.sessions).toHaveLength(2);

    const merged = sinergi(["merge", out, "--out", join(work, "merged-resumed"), "--quiet"], work);
    expect(merged.code, merged.stderr).toBe(0);
    expect(read(join(work, "merged-resumed", "runs.csv"))).toBe(reference);
  }, 90_000);
});
