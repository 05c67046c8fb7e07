// The page's side of the simulation: starts runs in the worker (sim.worker.ts) and hands each reply to
// the run it belongs to. One run at a time: a new run cancels the previous one, and replies that
// belong to a cancelled run (already in flight when it was cancelled) are dropped by their runId.
import {
  BUG_PREFIX,
  type DoneMessage,
  type ErrorMessage,
  type FromWorker,
  type RunRequest,
  type StartMessage,
  type ToWorker,
  type YearMessage,
} from "./protocol.js";
import { needsWorldText, withWorldText } from "./shipped-world-files.js";

/** What the page asks for; the client numbers the run. */
export type RunRequestInput = Omit<RunRequest, "runId">;

export interface RunHandlers {
  onStart?: (message: StartMessage) => void;
  onYear?: (message: YearMessage) => void;
  onDone?: (message: DoneMessage) => void;
  /** The run stopped: an invalid scenario or world (`bug` false) or an unexpected failure (`bug` true). */
  onError?: (message: ErrorMessage) => void;
}

export interface RunHandle {
  readonly runId: number;
  /** Stops the run; no handler of it is called afterwards. Does nothing once it has finished. */
  cancel(): void;
}

export interface SimClientOptions {
  /** Makes the worker; by default Vite's bundled worker (inlined as a blob in the offline build). */
  createWorker?: () => Worker;
}

/** Where ToWorker messages go: a worker, or the same session on the main thread. */
interface Endpoint {
  send(message: ToWorker): void;
  close(): void;
}

interface ActiveRun {
  runId: number;
  request: RunRequestInput;
  handlers: RunHandlers;
}

export class SimClient {
  private endpoint: Endpoint | undefined;
  private active: ActiveRun | undefined;
  private nextRunId = 1;
  /**
   * Why the model runs on the main thread, when it does (no worker could start); undefined while it
   * runs in a worker. The page may say so: long runs then make it less responsive.
   */
  fallbackReason: string | undefined;

  constructor(private readonly options: SimClientOptions = {}) {}

  run(request: RunRequestInput, handlers: RunHandlers): RunHandle {
    this.cancelActive();
    const runId = this.nextRunId++;
    this.active = { runId, request, handlers };
    const world = withWorldText(request.world);
    if (world instanceof Promise) {
      // A shipped world loaded on demand: the run is sent once its file is here, unless superseded.
      world.then(
        (loaded) => {
          const active = this.active;
          if (active?.runId !== runId) return;
          active.request = { ...request, world: loaded };
          this.connect().send({ type: "run", runId, ...active.request });
        },
        (error: unknown) => {
          const detail = error instanceof Error ? error.message : String(error);
          this.receive({
            type: "error",
            runId,
            message: `world: could not load the world: ${detail}`,
            bug: false,
          });
        },
      );
    } else {
      this.connect().send({ type: "run", runId, ...request });
    }
    return {
      runId,
      cancel: () => {
        if (this.active?.runId === runId) this.cancelActive();
      },
    };
  }

  /** Stops the current run and the worker; a later `run` starts a new worker. */
  dispose(): void {
    this.active = undefined;
    this.endpoint?.close();
    this.endpoint = undefined;
  }

  private cancelActive(): void {
    const active = this.active;
    if (!active) return;
    this.active = undefined;
    this.endpoint?.send({ type: "cancel", runId: active.runId });
  }

  private connect(): Endpoint {
    this.endpoint ??= this.workerEndpoint();
    return this.endpoint;
  }

  /**
   * A worker made asynchronously (its module is loaded on demand, see createBundledWorker); messages
   * sent meanwhile wait. If no worker can be made, or its script fails to load (a browser that refuses
   * blob: workers from file://, a strict content security policy: an error event before any message),
   * the model runs on the main thread instead and the waiting run is sent there.
   */
  private workerEndpoint(): Endpoint {
    let worker: Worker | undefined;
    let closed = false;
    const pending: ToWorker[] = [];
    const endpoint: Endpoint = {
      send: (message) => (worker ? worker.postMessage(message) : pending.push(message)),
      close: () => {
        closed = true;
        worker?.terminate();
      },
    };
    const { createWorker } = this.options;
    const make = createWorker ? async () => createWorker() : createBundledWorker;
    make().then(
      (created) => {
        if (closed) {
          created.terminate();
          return;
        }
        let answered = false;
        created.onmessage = (event: MessageEvent<FromWorker>) => {
          answered = true;
          this.receive(event.data);
        };
        created.onerror = (event: ErrorEvent) => {
          if (closed) return;
          event.preventDefault();
          endpoint.close();
          if (!answered) {
            this.fallBack(`the worker failed to load (${event.message || "no detail"})`);
            return;
          }
          // The session reports its own errors, so this is the worker itself failing (out of memory):
          // end the run with a message rather than leave it waiting; the next run starts a new worker.
          this.endpoint = undefined;
          const active = this.active;
          if (active) {
            const detail = event.message || "the simulation worker stopped";
            this.receive({
              type: "error",
              runId: active.runId,
              message: `${BUG_PREFIX} ${detail}`,
              bug: true,
            });
          }
        };
        worker = created;
        for (const message of pending.splice(0)) created.postMessage(message);
      },
      (error: unknown) => {
        if (!closed) this.fallBack(`the browser could not start a worker (${String(error)})`);
      },
    );
    return endpoint;
  }

  private fallBack(reason: string): void {
    this.endpoint = this.mainThreadEndpoint(reason);
    const active = this.active;
    // A run still waiting for its world's file is sent when the file is here (see run).
    if (active && !needsWorldText(active.request.world)) {
      this.endpoint.send({ type: "run", runId: active.runId, ...active.request });
    }
  }

  /**
   * Runs the worker's session on this thread, one year per task, so the page still gets each year as
   * it is computed and can repaint and take input between years. Used only when no worker can start:
   * a long year (many replicates of a large world) then holds the page for its duration.
   */
  private mainThreadEndpoint(reason: string): Endpoint {
    this.fallbackReason = reason;
    console.warn(`Sinergi: running the model on the main thread: ${reason}`);
    let closed = false;
    let handle: ((message: ToWorker) => void) | undefined;
    let closeScheduler: (() => void) | undefined;
    const pending: ToWorker[] = [];
    const session = import("./worker-session.js").then(({ createWorkerSession, messageChannelScheduler }) => {
      if (closed) return;
      const scheduler = messageChannelScheduler();
      closeScheduler = scheduler.close;
      handle = createWorkerSession((message) => {
        if (!closed) this.receive(message);
      }, scheduler.schedule);
      // Later messages arrive as tasks, as they would in a worker, not inside the caller's `run`.
      const deliver = handle;
      handle = (message) => scheduler.schedule(() => deliver(message));
      for (const message of pending.splice(0)) handle(message);
    });
    session.catch((error: unknown) => {
      for (const message of pending.splice(0)) {
        if (message.type !== "run") continue;
        this.receive({
          type: "error",
          runId: message.runId,
          message: `Sinergi could not load the simulation (${String(error)})`,
          bug: true,
        });
      }
    });
    return {
      send: (message) => (handle ? handle(message) : pending.push(message)),
      close: () => {
        closed = true;
        closeScheduler?.();
      },
    };
  }

  private receive(message: FromWorker): void {
    const active = this.active;
    if (!active || message.runId !== active.runId) return;
    const { handlers } = active;
    switch (message.type) {
      case "start":
        handlers.onStart?.(message);
        break;
      case "year":
        handlers.onYear?.(message);
        break;
      case "done":
        this.active = undefined;
        handlers.onDone?.(message);
        break;
      case "error":
        this.active = undefined;
        handlers.onError?.(message);
        break;
    }
  }
}

/**
 * The served build loads the worker from its own file; the offline build is one HTML file opened
 * from file://, where a worker file cannot be loaded, so its worker is inlined and started from a
 * blob. `__SINERGI_OFFLINE__` is a build constant and the imports are dynamic, so the bundler drops
 * the variant not taken: a static import of the inline variant would keep its blob (the whole worker,
 * 325 kB) in the served page, because building the blob is a side effect of loading that module.
 */
async function createBundledWorker(): Promise<Worker> {
  const options = { name: "sinergi-simulation" };
  const { default: Constructor } = __SINERGI_OFFLINE__
    ? await import("./sim.worker.ts?worker&inline")
    : await import("./sim.worker.ts?worker");
  return new Constructor(options);
}
