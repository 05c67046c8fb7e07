// The client in Node, where `Worker` does not exist: constructing one throws, so the client falls back
// to the main thread, which runs the same session as the worker. Also with a stand-in worker that
// replies late, to show that replies of a superseded run are dropped.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseScenario, runModel } from "../../../sim/index.js";
import { BUG_PREFIX, type FromWorker, type ToWorker } from "../../../viz/src/run/protocol.js";
import { SimClient, type RunHandlers } from "../../../viz/src/run/sim-client.js";
import { indonesia2022 } from "../../support/worlds.js";

const world = { kind: "builtin", name: "indonesia-2022" } as const;

function collect() {
  const events: string[] = [];
  let resolveEnd: () => void = () => {};
  const ended = new Promise<void>((resolve) => (resolveEnd = resolve));
  const rows: unknown[] = [];
  const handlers: RunHandlers = {
    onStart: (m) => events.push(`start ${m.seeds.join(",")}`),
    onYear: (m) => {
      events.push(`year ${m.frame.year}`);
      rows.push(m.rows[0]);
    },
    onDone: () => {
      events.push("done");
      resolveEnd();
    },
    onError: (m) => {
      events.push(`error ${m.message}`);
      resolveEnd();
    },
  };
  return { events, rows, handlers, ended };
}

const clients: SimClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
  vi.restoreAllMocks();
});

function client(options?: ConstructorParameters<typeof SimClient>[0]): SimClient {
  const made = new SimClient(options);
  clients.push(made);
  return made;
}

describe("SimClient", () => {
  it("runs on the main thread when no worker can start, with the worker's results", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const sim = client();
    const { events, rows, handlers, ended } = collect();
    sim.run({ world, scenario: { years: 3, seed: 2 }, replicates: 2 }, handlers);
    expect(events).toEqual([]);
    await ended;
    expect(events).toEqual(["start 2,3", "year 0", "year 1", "year 2", "year 3", "done"]);
    expect(rows).toEqual(runModel(indonesia2022(), parseScenario({ years: 3, seed: 2 })).years);
    expect(sim.fallbackReason).toMatch(/could not start a worker/);
    expect(warn).toHaveBeenCalledOnce();
  });

  it("a new run cancels the previous one: none of its handlers is called again", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const sim = client();
    const first = collect();
    const second = collect();
    // The second run starts while the first is under way: from the first's handler of year 2.
    const onYear = first.handlers.onYear!;
    first.handlers.onYear = (message) => {
      onYear(message);
      if (message.frame.year === 2)
        sim.run({ world, scenario: { years: 2 }, replicates: 1 }, second.handlers);
    };
    sim.run({ world, scenario: { years: 30 }, replicates: 1 }, first.handlers);
    await second.ended;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first.events).toEqual(["start 1", "year 0", "year 1", "year 2"]);
    expect(second.events).toEqual(["start 1", "year 0", "year 1", "year 2", "done"]);
  });

  it("cancel() stops a run; an invalid scenario reaches onError", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const sim = client();
    const cancelled = collect();
    const handle = sim.run({ world, scenario: { years: 30 }, replicates: 1 }, cancelled.handlers);
    handle.cancel();
    const invalid = collect();
    sim.run({ world, scenario: { ego: { mean: 3 } }, replicates: 1 }, invalid.handlers);
    await invalid.ended;
    expect(cancelled.events).toEqual([]);
    expect(invalid.events).toEqual(["error scenario: ego.mean: Too big: expected number to be <=1"]);
  });

  it("drops late replies of a superseded run (a stand-in worker that answers when told)", async () => {
    const sent: ToWorker[] = [];
    const fake = {
      onmessage: null,
      onerror: null,
      postMessage: (m: ToWorker) => sent.push(m),
      terminate() {},
    };
    const sim = client({ createWorker: () => fake as unknown as Worker });
    const reply = (message: FromWorker) =>
      (fake as unknown as { onmessage: (e: { data: FromWorker }) => void }).onmessage({ data: message });
    const first = collect();
    const second = collect();
    const a = sim.run({ world, scenario: {}, replicates: 1 }, first.handlers);
    const b = sim.run({ world, scenario: {}, replicates: 1 }, second.handlers);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent.map((m) => `${m.type} ${m.runId}`)).toEqual([
      `run ${a.runId}`,
      `cancel ${a.runId}`,
      `run ${b.runId}`,
    ]);
    reply({ type: "error", runId: a.runId, message: "late", bug: false });
    reply({ type: "error", runId: b.runId, message: "current", bug: false });
    reply({ type: "error", runId: b.runId, message: "after the end", bug: false });
    expect(first.events).toEqual([]);
    expect(second.events).toEqual(["error current"]);
    expect(sim.fallbackReason).toBeUndefined();
  });

  it("runs on the main thread when the worker's script fails to load, and sends it the waiting run", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const fake = { onmessage: null, onerror: null, postMessage() {}, terminate: vi.fn() };
    const sim = client({ createWorker: () => fake as unknown as Worker });
    const { events, handlers, ended } = collect();
    sim.run({ world, scenario: { years: 1 }, replicates: 1 }, handlers);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const fail = (fake as unknown as { onerror: (e: unknown) => void }).onerror;
    fail({ message: "blocked", preventDefault() {} });
    await ended;
    expect(fake.terminate).toHaveBeenCalled();
    expect(sim.fallbackReason).toMatch(/worker failed to load \(blocked\)/);
    expect(events).toEqual(["start 1", "year 0", "year 1", "done"]);
  });

  it("sends a shipped world loaded on demand with its file's text, and drops a run superseded meanwhile", async () => {
    const sent: ToWorker[] = [];
    const fake = {
      onmessage: null,
      onerror: null,
      postMessage: (m: ToWorker) => sent.push(m),
      terminate() {},
    };
    const sim = client({ createWorker: () => fake as unknown as Worker });
    const regencies = { kind: "builtin", name: "indonesia-regencies-2021" } as const;
    // Superseded while its file loads: never sent.
    sim.run({ world: regencies, scenario: { seed: 4 }, replicates: 1 }, collect().handlers);
    const b = sim.run({ world: regencies, scenario: {}, replicates: 1 }, collect().handlers);
    await vi.waitFor(() => expect(sent.some((m) => m.type === "run")).toBe(true));
    const runs = sent.filter((m) => m.type === "run");
    expect(runs.map((m) => m.runId)).toEqual([b.runId]);
    const request = runs[0]!;
    expect(request.world.kind === "builtin" && request.world.name).toBe("indonesia-regencies-2021");
    const text = request.world.kind === "builtin" ? request.world.text : undefined;
    expect(text).toBe(readFileSync("configs/worlds/indonesia-regencies-2021.csv", "utf8"));
  });

  it("ends the run with a bug message when a working worker dies, and starts a new worker next time", async () => {
    type FakeWorker = { onmessage: (e: { data: FromWorker }) => void; onerror: (e: unknown) => void };
    const workers: FakeWorker[] = [];
    const sim = client({
      createWorker: () => {
        const fake = { onmessage: null, onerror: null, postMessage() {}, terminate() {} };
        workers.push(fake as unknown as FakeWorker);
        return fake as unknown as Worker;
      },
    });
    const { events, handlers } = collect();
    const { runId } = sim.run({ world, scenario: {}, replicates: 1 }, handlers);
    await new Promise((resolve) => setTimeout(resolve, 0));
    workers[0]!.onmessage({
      data: { type: "start", runId, scenario: parseScenario({}), regions: [], domains: [], seeds: [1] },
    });
    workers[0]!.onerror({ message: "out of memory", preventDefault() {} });
    expect(events).toEqual(["start 1", `error ${BUG_PREFIX} out of memory`]);
    expect(sim.fallbackReason).toBeUndefined();
    sim.run({ world, scenario: {}, replicates: 1 }, collect().handlers);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(workers).toHaveLength(2);
  });
});
